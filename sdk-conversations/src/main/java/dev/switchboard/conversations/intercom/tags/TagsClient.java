package dev.switchboard.conversations.intercom.tags;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.conversations.intercom.Tag;
import dev.switchboard.conversations.intercom.TagList;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.ResourceClient;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.Checks;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.ResponseDecoder;
import dev.switchboard.core.spi.Transport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The workspace's tags: list, get, delete; create, rename, tag and untag companies, tag users (the four bodies of
 * {@code POST /tags}, see {@link TagRequest}); and tags on conversations. Immutable and thread-safe; it shares the
 * {@link IntercomConnection} it was made from.
 *
 * <pre>{@code
 * TagsClient tags = new TagsClient(connection);
 * Tag vip = tags.apply(TagRequest.create("VIP"));
 * tags.apply(TagRequest.tagCompanies("VIP", List.of(CompanyIdentifier.byCompanyId("acme-1"))));
 * tags.attachToConversation("64619700005694", vip.id(), "991267460");
 * }</pre>
 *
 * <p>{@code POST /tags} finds a tag by its name (case-insensitively) before creating one, so sending the same body
 * twice changes nothing the second time: it is retried like a read, as is tagging a conversation.
 *
 * <p>Every method throws the SDK's unchecked exceptions: {@link dev.switchboard.core.NotFoundException} for an unknown
 * tag, company, contact or conversation ({@code not_found}, {@code tag_not_found}, {@code company_not_found}),
 * {@link dev.switchboard.core.ValidationException} for a body Intercom rejects ({@code parameter_invalid}) and for
 * deleting a tag other objects depend on ({@code tag_has_dependent_objects}, "Unable to delete Tag with dependent
 * objects. Segments: ..."), {@link dev.switchboard.core.AuthenticationException} for a bad token,
 * {@link dev.switchboard.core.TransportException} when no answer came, and {@link IllegalArgumentException} for
 * arguments rejected before anything is sent.
 */
public final class TagsClient implements ResourceClient<TagsClient> {
    private static final ApiRequest LIST = ApiRequest.builder(HttpMethod.GET, "/tags").build();

    private final Transport transport;

    /** @param connection the connection to send through */
    public TagsClient(IntercomConnection connection) {
        this(Objects.requireNonNull(connection, "connection").transport());
    }

    private TagsClient(Transport transport) {
        this.transport = transport;
    }

    @Override
    public TagsClient withOptions(RequestOptions options) {
        return new TagsClient(transport.withOptions(options));
    }

    /**
     * Every tag of the workspace ({@code GET /tags}, a {@code tag_list} under {@code data}); not paginated.
     *
     * @return the tags; empty when the answer has none
     */
    public List<Tag> list() {
        return tags(transport.execute(LIST, TagList.class));
    }

    /**
     * As {@link #list()}, without blocking a thread.
     *
     * @return completes with what {@link #list()} returns, or exceptionally with what it throws
     */
    public CompletableFuture<List<Tag>> listAsync() {
        return Futures.map(transport.executeAsync(LIST, TagList.class), TagsClient::tags);
    }

    private static List<Tag> tags(TagList list) {
        return list == null || list.data() == null ? List.of() : list.data();
    }

    /**
     * Sends one of the four bodies of {@code POST /tags}: create or rename a tag, tag or untag companies, or tag users.
     *
     * @param request the body (see {@link TagRequest})
     * @return the tag ({@code tag_basic}: type, id, name)
     * @throws dev.switchboard.core.NotFoundException if a company ({@code company_not_found}) or user
     *     ({@code not_found}) of the request does not exist
     * @throws dev.switchboard.core.ValidationException if Intercom rejects the body ({@code parameter_invalid})
     * @throws NullPointerException if {@code request} is null
     */
    public Tag apply(TagRequest request) {
        return transport.execute(post(request), Tag.class);
    }

    /**
     * As {@link #apply(TagRequest)}, without blocking a thread.
     *
     * @param request the body (see {@link TagRequest})
     * @return completes with what {@link #apply(TagRequest)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Tag> applyAsync(TagRequest request) {
        return Futures.start(() -> transport.executeAsync(post(request), Tag.class));
    }

    private static ApiRequest post(TagRequest request) {
        Objects.requireNonNull(request, "request");
        return ApiRequest.builder(HttpMethod.POST, "/tags").jsonBody(request).retrySafe().build();
    }

    /**
     * One tag of the workspace ({@code GET /tags/{tag_id}}).
     *
     * @param tagId the tag's id
     * @return the tag
     * @throws dev.switchboard.core.NotFoundException if there is no such tag
     * @throws IllegalArgumentException if the id is blank
     */
    public Tag get(String tagId) {
        return transport.execute(byId(HttpMethod.GET, tagId), Tag.class);
    }

    /**
     * As {@link #get(String)}, without blocking a thread.
     *
     * @param tagId the tag's id
     * @return completes with what {@link #get(String)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Tag> getAsync(String tagId) {
        return Futures.start(() -> transport.executeAsync(byId(HttpMethod.GET, tagId), Tag.class));
    }

    /**
     * Deletes a tag ({@code DELETE /tags/{tag_id}}); Intercom answers {@code 200} with no body.
     *
     * @param tagId the tag's id
     * @throws dev.switchboard.core.NotFoundException if there is no such tag
     * @throws dev.switchboard.core.ValidationException if segments or other objects use the tag
     *     ({@code tag_has_dependent_objects}; the message names them)
     * @throws IllegalArgumentException if the id is blank
     */
    public void delete(String tagId) {
        transport.send(byId(HttpMethod.DELETE, tagId));
    }

    /**
     * As {@link #delete(String)}, without blocking a thread.
     *
     * @param tagId the tag's id
     * @return completes when the tag is deleted, or exceptionally with what {@link #delete(String)} throws
     */
    public CompletableFuture<Void> deleteAsync(String tagId) {
        return Futures.start(() -> Futures.map(transport.sendAsync(byId(HttpMethod.DELETE, tagId),
                ResponseDecoder.discarding()), r -> null));
    }

    private static ApiRequest byId(HttpMethod method, String tagId) {
        return ApiRequest.builder(method, "/tags/{tag_id}", Checks.id(tagId, "tagId")).build();
    }

    /**
     * Tags a conversation ({@code POST /conversations/{conversation_id}/tags}, body {@code {id, admin_id}}, both sent
     * as strings as the schema types them; the spec's examples send numbers). Tagging twice is harmless, so it is
     * retried like a read.
     *
     * @param conversationId the conversation's id
     * @param tagId the tag's id
     * @param adminId the admin applying it
     * @return the tag, with {@code applied_at} and {@code applied_by}
     * @throws dev.switchboard.core.NotFoundException if there is no such conversation or tag
     * @throws IllegalArgumentException if an argument is blank
     */
    public Tag attachToConversation(String conversationId, String tagId, String adminId) {
        return transport.execute(attach(conversationId, tagId, adminId), Tag.class);
    }

    /**
     * As {@link #attachToConversation(String,String,String)}, without blocking a thread.
     *
     * @param conversationId the conversation's id
     * @param tagId the tag's id
     * @param adminId the admin applying it
     * @return completes with what {@link #attachToConversation(String,String,String)} returns, or exceptionally with
     *     what it throws
     */
    public CompletableFuture<Tag> attachToConversationAsync(String conversationId, String tagId, String adminId) {
        return Futures.start(() -> transport.executeAsync(attach(conversationId, tagId, adminId), Tag.class));
    }

    private static ApiRequest attach(String conversationId, String tagId, String adminId) {
        String conversation = Checks.id(conversationId, "conversationId");
        Map<String, String> body = new LinkedHashMap<>();
        body.put("id", Checks.notBlank(tagId, "tagId"));
        body.put("admin_id", Checks.notBlank(adminId, "adminId"));
        return ApiRequest.builder(HttpMethod.POST, "/conversations/{conversation_id}/tags", conversation).jsonBody(body)
                .retrySafe().build();
    }

    /**
     * Removes a tag from a conversation ({@code DELETE /conversations/{conversation_id}/tags/{tag_id}}, body
     * {@code {admin_id}} as a string).
     *
     * @param conversationId the conversation's id
     * @param tagId the tag's id
     * @param adminId the admin removing it
     * @return the tag that was removed
     * @throws dev.switchboard.core.NotFoundException if there is no such conversation ({@code not_found}) or the
     *     conversation has no such tag ({@code tag_not_found})
     * @throws IllegalArgumentException if an argument is blank
     */
    public Tag detachFromConversation(String conversationId, String tagId, String adminId) {
        return transport.execute(detach(conversationId, tagId, adminId), Tag.class);
    }

    /**
     * As {@link #detachFromConversation(String,String,String)}, without blocking a thread.
     *
     * @param conversationId the conversation's id
     * @param tagId the tag's id
     * @param adminId the admin removing it
     * @return completes with what {@link #detachFromConversation(String,String,String)} returns, or exceptionally with
     *     what it throws
     */
    public CompletableFuture<Tag> detachFromConversationAsync(String conversationId, String tagId, String adminId) {
        return Futures.start(() -> transport.executeAsync(detach(conversationId, tagId, adminId), Tag.class));
    }

    private static ApiRequest detach(String conversationId, String tagId, String adminId) {
        String conversation = Checks.id(conversationId, "conversationId");
        String tag = Checks.id(tagId, "tagId");
        return ApiRequest.builder(HttpMethod.DELETE, "/conversations/{conversation_id}/tags/{tag_id}", conversation, tag)
                .jsonBody(Map.of("admin_id", Checks.notBlank(adminId, "adminId"))).build();
    }

    @Override
    public String toString() {
        return "TagsClient{" + transport.config().baseUrl() + "}";
    }
}
