package dev.switchboard.conversations.intercom.data;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.ResourceClient;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.Checks;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Transport;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Intercom's data attributes: the standard and custom attributes of contacts, companies and conversations; list them,
 * create custom ones for contacts and companies, and update (or archive) them. Immutable and thread-safe; it shares
 * the {@link IntercomConnection} it was made from.
 *
 * <pre>{@code
 * DataAttributesClient attributes = new DataAttributesClient(connection);
 * for (DataAttribute a : attributes.list(DataAttributeModel.COMPANY, false)) { ... }
 * DataAttribute shirt = attributes.create(CreateDataAttributeRequest.of("Mithril Shirt", DataAttributeModel.COMPANY,
 *         DataAttributeType.STRING));
 * attributes.update(shirt.id(), UpdateDataAttributeRequest.builder().archived(true).build());
 * }</pre>
 *
 * <p><b>Paging.</b> {@code GET /data_attributes} answers every attribute at once ({@code {"type": "list", "data"}}, no
 * {@code pages}), so the lists are plain {@link List}s.
 *
 * <p>Every method throws the SDK's unchecked exceptions: {@link dev.switchboard.core.ValidationException} for a
 * request Intercom refuses (a name already used, {@code parameter_invalid}; an attribute with dependants,
 * {@code 422 data_invalid}), {@link dev.switchboard.core.NotFoundException} for an unknown attribute
 * ({@code field_not_found}), {@link dev.switchboard.core.AuthenticationException} for a bad token,
 * {@link dev.switchboard.core.TransportException} when no answer came, and {@link IllegalArgumentException} for
 * arguments rejected before anything is sent.
 */
public final class DataAttributesClient implements ResourceClient<DataAttributesClient> {
    private final Transport transport;

    /** @param connection the connection to send through */
    public DataAttributesClient(IntercomConnection connection) {
        this(Objects.requireNonNull(connection, "connection").transport());
    }

    private DataAttributesClient(Transport transport) {
        this.transport = transport;
    }

    @Override
    public DataAttributesClient withOptions(RequestOptions options) {
        return new DataAttributesClient(transport.withOptions(options));
    }

    /**
     * The attributes of every model, archived ones left out ({@code GET /data_attributes}).
     *
     * @return the attributes
     */
    public List<DataAttribute> list() {
        return list(null, false);
    }

    /**
     * @param model the model whose attributes to list, or {@code null} for every model ({@code model})
     * @param includeArchived whether archived attributes are listed too ({@code include_archived=true}; only sent when
     *     true)
     * @return the attributes
     */
    public List<DataAttribute> list(DataAttributeModel model, boolean includeArchived) {
        return data(transport.execute(listRequest(model, includeArchived), DataAttributeList.class));
    }

    /** @return completes with what {@link #list()} returns, or exceptionally with what it throws */
    public CompletableFuture<List<DataAttribute>> listAsync() {
        return listAsync(null, false);
    }

    /**
     * @param model the model whose attributes to list, or {@code null} for every model
     * @param includeArchived whether archived attributes are listed too
     * @return completes with what {@link #list(DataAttributeModel, boolean)} returns, or exceptionally with what it
     *     throws
     */
    public CompletableFuture<List<DataAttribute>> listAsync(DataAttributeModel model, boolean includeArchived) {
        return Futures.map(transport.executeAsync(listRequest(model, includeArchived), DataAttributeList.class),
                DataAttributesClient::data);
    }

    private static ApiRequest listRequest(DataAttributeModel model, boolean includeArchived) {
        return ApiRequest.builder(HttpMethod.GET, "/data_attributes")
                .query("model", model == null ? null : model.value())
                .query("include_archived", includeArchived ? "true" : null)
                .build();
    }

    private static List<DataAttribute> data(DataAttributeList list) {
        return list == null ? List.of() : list.data();
    }

    /**
     * Creates a custom attribute ({@code POST /data_attributes}); sent once, never retried.
     *
     * @param request the name, model and data type
     * @return the new attribute
     * @throws dev.switchboard.core.ValidationException if Intercom refuses it (a name already used, say)
     */
    public DataAttribute create(CreateDataAttributeRequest request) {
        return transport.execute(createRequest(request), DataAttribute.class);
    }

    /**
     * @param request the name, model and data type
     * @return completes with what {@link #create} returns, or exceptionally with what it throws
     */
    public CompletableFuture<DataAttribute> createAsync(CreateDataAttributeRequest request) {
        return Futures.start(() -> transport.executeAsync(createRequest(request), DataAttribute.class));
    }

    private static ApiRequest createRequest(CreateDataAttributeRequest request) {
        Objects.requireNonNull(request, "request");
        return ApiRequest.builder(HttpMethod.POST, "/data_attributes").jsonBody(request.toJson()).build();
    }

    /**
     * Updates or archives a custom attribute ({@code PUT /data_attributes/{data_attribute_id}}).
     *
     * @param dataAttributeId the attribute's id (an integer id)
     * @param update what to change
     * @return the attribute
     * @throws dev.switchboard.core.NotFoundException if there is no such attribute ({@code field_not_found})
     * @throws dev.switchboard.core.ValidationException if an archived attribute has dependants ({@code 422})
     * @throws IllegalArgumentException if the id is not an integer id
     */
    public DataAttribute update(String dataAttributeId, UpdateDataAttributeRequest update) {
        return transport.execute(updateRequest(dataAttributeId, update), DataAttribute.class);
    }

    /**
     * @param dataAttributeId the attribute's id (an integer id)
     * @param update what to change
     * @return completes with what {@link #update} returns, or exceptionally with what it throws
     */
    public CompletableFuture<DataAttribute> updateAsync(String dataAttributeId, UpdateDataAttributeRequest update) {
        return Futures.start(() -> transport.executeAsync(updateRequest(dataAttributeId, update), DataAttribute.class));
    }

    private static ApiRequest updateRequest(String dataAttributeId, UpdateDataAttributeRequest update) {
        String id = Checks.integerId(dataAttributeId, "dataAttributeId");
        Objects.requireNonNull(update, "update");
        return ApiRequest.builder(HttpMethod.PUT, "/data_attributes/{data_attribute_id}", id).jsonBody(update.toJson())
                .build();
    }

    @Override
    public String toString() {
        return "DataAttributesClient{" + transport.config().baseUrl() + "}";
    }
}
