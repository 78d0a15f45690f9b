package dev.switchboard.conversations.intercom.customobjects;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.ResourceClient;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.Checks;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Transport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Intercom's custom object instances: create or update an instance of a custom object type by your external id, read
 * it by Intercom's id or by the external id, delete it either way. Immutable and thread-safe; it shares the
 * {@link IntercomConnection} it was made from.
 *
 * <pre>{@code
 * CustomObjectInstancesClient orders = new CustomObjectInstancesClient(connection);
 * CustomObjectInstance o = orders.createOrUpdate("Order", CustomObjectInstanceRequest.builder("ORDER-12345")
 *         .customAttribute("total_amount", new BigDecimal("99.99")).build());
 * orders.getByExternalId("Order", "ORDER-12345");
 * orders.delete("Order", o.id());
 * }</pre>
 *
 * <p><b>Which delete is which.</b> The spec's operationIds of the two deletes are swapped relative to their paths and
 * parameters ({@code deleteCustomObjectInstancesById} is the one taking {@code ?external_id=}). This client follows the
 * paths and parameters: {@link #deleteByExternalId} sends {@code DELETE /custom_object_instances/{type}?external_id=},
 * {@link #delete} sends {@code DELETE /custom_object_instances/{type}/{id}} with Intercom's id.
 *
 * <p><b>Listing.</b> The API has no way to list a type's instances (only to fetch one by id or external id), so there
 * is no list here.
 *
 * <p><b>Retries.</b> A create or update is keyed by the external id, so sending it twice leaves the same instance:
 * it is retried like a GET.
 *
 * <p>Every method throws the SDK's unchecked exceptions: {@link dev.switchboard.core.NotFoundException} for an unknown
 * type ("Custom object type `X` not found") or instance ("Custom object instance not found"),
 * {@link dev.switchboard.core.AuthenticationException} for a bad token, {@link dev.switchboard.core.TransportException}
 * when no answer came, and {@link IllegalArgumentException} for arguments rejected before anything is sent.
 */
public final class CustomObjectInstancesClient implements ResourceClient<CustomObjectInstancesClient> {
    private final Transport transport;

    /** @param connection the connection to send through */
    public CustomObjectInstancesClient(IntercomConnection connection) {
        this(Objects.requireNonNull(connection, "connection").transport());
    }

    private CustomObjectInstancesClient(Transport transport) {
        this.transport = transport;
    }

    @Override
    public CustomObjectInstancesClient withOptions(RequestOptions options) {
        return new CustomObjectInstancesClient(transport.withOptions(options));
    }

    /**
     * Creates the instance with the request's external id, or updates it ({@code POST /custom_object_instances/{type}}).
     *
     * @param typeIdentifier the custom object type, for example {@code Order}
     * @param request the instance
     * @return the instance as stored
     * @throws dev.switchboard.core.NotFoundException if there is no such type
     * @throws IllegalArgumentException if the type is blank
     */
    public CustomObjectInstance createOrUpdate(String typeIdentifier, CustomObjectInstanceRequest request) {
        return transport.execute(upsertRequest(typeIdentifier, request), CustomObjectInstance.class);
    }

    /**
     * @param typeIdentifier the custom object type
     * @param request the instance
     * @return completes with what {@link #createOrUpdate} returns, or exceptionally with what it throws
     */
    public CompletableFuture<CustomObjectInstance> createOrUpdateAsync(String typeIdentifier,
            CustomObjectInstanceRequest request) {
        return Futures.start(() -> transport.executeAsync(upsertRequest(typeIdentifier, request),
                CustomObjectInstance.class));
    }

    private static ApiRequest upsertRequest(String typeIdentifier, CustomObjectInstanceRequest request) {
        String type = Checks.id(typeIdentifier, "typeIdentifier");
        Objects.requireNonNull(request, "request");
        return ApiRequest.builder(HttpMethod.POST, "/custom_object_instances/{custom_object_type_identifier}", type)
                .jsonBody(request.toJson()).retrySafe().build();
    }

    /**
     * @param typeIdentifier the custom object type
     * @param externalId your id of the instance ({@code GET /custom_object_instances/{type}?external_id=})
     * @return the instance
     * @throws dev.switchboard.core.NotFoundException if there is no such type or instance
     * @throws IllegalArgumentException if an argument is blank
     */
    public CustomObjectInstance getByExternalId(String typeIdentifier, String externalId) {
        return transport.execute(byExternalId(HttpMethod.GET, typeIdentifier, externalId), CustomObjectInstance.class);
    }

    /**
     * @param typeIdentifier the custom object type
     * @param externalId your id of the instance
     * @return completes with what {@link #getByExternalId} returns, or exceptionally with what it throws
     */
    public CompletableFuture<CustomObjectInstance> getByExternalIdAsync(String typeIdentifier, String externalId) {
        return Futures.start(() -> transport.executeAsync(byExternalId(HttpMethod.GET, typeIdentifier, externalId),
                CustomObjectInstance.class));
    }

    /**
     * @param typeIdentifier the custom object type
     * @param instanceId Intercom's id of the instance, or its external id, as the spec allows
     *     ({@code GET /custom_object_instances/{type}/{id}})
     * @return the instance
     * @throws dev.switchboard.core.NotFoundException if there is no such type or instance
     * @throws IllegalArgumentException if an argument is blank
     */
    public CustomObjectInstance get(String typeIdentifier, String instanceId) {
        return transport.execute(byId(HttpMethod.GET, typeIdentifier, instanceId), CustomObjectInstance.class);
    }

    /**
     * @param typeIdentifier the custom object type
     * @param instanceId Intercom's id of the instance, or its external id
     * @return completes with what {@link #get} returns, or exceptionally with what it throws
     */
    public CompletableFuture<CustomObjectInstance> getAsync(String typeIdentifier, String instanceId) {
        return Futures.start(() -> transport.executeAsync(byId(HttpMethod.GET, typeIdentifier, instanceId),
                CustomObjectInstance.class));
    }

    /**
     * @param typeIdentifier the custom object type
     * @param externalId your id of the instance ({@code DELETE /custom_object_instances/{type}?external_id=})
     * @return the deletion
     * @throws dev.switchboard.core.NotFoundException if there is no such type or instance
     * @throws IllegalArgumentException if an argument is blank
     */
    public CustomObjectInstanceDeleted deleteByExternalId(String typeIdentifier, String externalId) {
        return transport.execute(byExternalId(HttpMethod.DELETE, typeIdentifier, externalId),
                CustomObjectInstanceDeleted.class);
    }

    /**
     * @param typeIdentifier the custom object type
     * @param externalId your id of the instance
     * @return completes with what {@link #deleteByExternalId} returns, or exceptionally with what it throws
     */
    public CompletableFuture<CustomObjectInstanceDeleted> deleteByExternalIdAsync(String typeIdentifier,
            String externalId) {
        return Futures.start(() -> transport.executeAsync(byExternalId(HttpMethod.DELETE, typeIdentifier, externalId),
                CustomObjectInstanceDeleted.class));
    }

    /**
     * @param typeIdentifier the custom object type
     * @param instanceId Intercom's id of the instance ({@code DELETE /custom_object_instances/{type}/{id}})
     * @return the deletion
     * @throws dev.switchboard.core.NotFoundException if there is no such type or instance
     * @throws IllegalArgumentException if an argument is blank
     */
    public CustomObjectInstanceDeleted delete(String typeIdentifier, String instanceId) {
        return transport.execute(byId(HttpMethod.DELETE, typeIdentifier, instanceId), CustomObjectInstanceDeleted.class);
    }

    /**
     * @param typeIdentifier the custom object type
     * @param instanceId Intercom's id of the instance
     * @return completes with what {@link #delete} returns, or exceptionally with what it throws
     */
    public CompletableFuture<CustomObjectInstanceDeleted> deleteAsync(String typeIdentifier, String instanceId) {
        return Futures.start(() -> transport.executeAsync(byId(HttpMethod.DELETE, typeIdentifier, instanceId),
                CustomObjectInstanceDeleted.class));
    }

    private static ApiRequest byExternalId(HttpMethod method, String typeIdentifier, String externalId) {
        String type = Checks.id(typeIdentifier, "typeIdentifier");
        return ApiRequest.builder(method, "/custom_object_instances/{custom_object_type_identifier}", type)
                .query("external_id", Checks.notBlank(externalId, "externalId")).build();
    }

    private static ApiRequest byId(HttpMethod method, String typeIdentifier, String instanceId) {
        return ApiRequest.builder(method,
                "/custom_object_instances/{custom_object_type_identifier}/{custom_object_instance_id}",
                Checks.id(typeIdentifier, "typeIdentifier"), Checks.id(instanceId, "instanceId")).build();
    }

    @Override
    public String toString() {
        return "CustomObjectInstancesClient{" + transport.config().baseUrl() + "}";
    }
}
