package dev.switchboard.notifications.suger;

import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.ResourceClient;
import dev.switchboard.core.paging.PageStyle;
import dev.switchboard.core.paging.Paginator;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.Checks;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Transport;
import java.util.concurrent.CompletableFuture;

/**
 * The notification messages of one Suger organization: {@code GET /org/{orgId}/notificationMessage} and
 * {@code GET /org/{orgId}/notificationMessage/{notificationMessageId}}. Obtain it from {@link Suger#messages()}
 * or {@link Suger#messages(String)}. Immutable and thread-safe. Listings page like
 * {@link NotificationEventsClient}: {@code offset} / {@code nextOffset}, {@code totalCount} on the first page.
 * Options, async calls and errors follow {@link ResourceClient}: {@link #withOptions} gives a view with other
 * timeouts, retries or headers, and {@link #getAsync(String)} fetches without blocking a thread.
 *
 * <pre>{@code
 * NotificationMessage m = suger.messages().get("msg-1");
 * CompletableFuture<NotificationMessage> later = suger.messages().withOptions(o -> o.maxRetries(0)).getAsync("msg-2");
 * }</pre>
 */
public final class NotificationMessagesClient implements ResourceClient<NotificationMessagesClient> {
    static final PageStyle PAGING = PageStyle.offset().itemsAt("/notificationMessages").offsetParam("offset")
            .nextOffsetAt("/nextOffset").totalCountAt("/totalCount").build();

    private final Transport transport;
    private final LegacyTokenSource tokens;
    private final String organizationId;

    NotificationMessagesClient(Transport transport, LegacyTokenSource tokens, String organizationId) {
        this.transport = transport;
        this.tokens = tokens;
        this.organizationId = Suger.checkOrganizationId(organizationId);
    }

    /**
     * @param options the options every call of the view carries
     * @return a view of these messages whose every request carries {@code options} (see {@link ResourceClient})
     * @throws NullPointerException if {@code options} is null
     */
    @Override
    public NotificationMessagesClient withOptions(RequestOptions options) {
        return new NotificationMessagesClient(transport.withOptions(options), tokens, organizationId);
    }

    /** @return the organization these messages belong to */
    public String organizationId() {
        return organizationId;
    }

    /**
     * Lists every message, {@value EventFilter#MAX_LIMIT} per page.
     *
     * @return a lazy listing; nothing is fetched yet
     * @see #list(int)
     */
    public Paginator<NotificationMessage> list() {
        return list(EventFilter.MAX_LIMIT);
    }

    /**
     * Lists every message: {@code GET /org/{orgId}/notificationMessage?limit=&offset=0}.
     *
     * @param limit messages per page, 1 to {@value EventFilter#MAX_LIMIT}
     * @return a lazy listing; nothing is fetched yet
     * @throws IllegalArgumentException if the limit is out of range
     * @see #list()
     */
    public Paginator<NotificationMessage> list(int limit) {
        ApiRequest first = ApiRequest.builder(HttpMethod.GET, "/org/{orgId}/notificationMessage", organizationId)
                .query("limit", EventFilter.checkLimit(limit))
                .query("offset", 0)
                .build();
        return Paginator.of(transport, first, PAGING, NotificationMessage.class);
    }

    /**
     * Fetches one message: {@code GET /org/{orgId}/notificationMessage/{notificationMessageId}}.
     *
     * @param notificationMessageId the message id
     * @return the message
     * @throws IllegalArgumentException if the id is blank
     * @throws dev.switchboard.core.ApiException if the server refuses (Suger answers an unknown id with 400 or 404
     *     and a text message)
     */
    public NotificationMessage get(String notificationMessageId) {
        return transport.execute(getRequest(notificationMessageId), NotificationMessage.class);
    }

    /**
     * As {@link #get(String)}, without blocking a thread.
     *
     * @param notificationMessageId the message id
     * @return completes with the message, or exceptionally with what {@link #get(String)} throws (a blank id
     *     included: nothing is sent then)
     */
    public CompletableFuture<NotificationMessage> getAsync(String notificationMessageId) {
        return Futures.start(() -> {
            ApiRequest request = getRequest(notificationMessageId);
            return Suger.afterToken(tokens, () -> transport.executeAsync(request, NotificationMessage.class));
        });
    }

    private ApiRequest getRequest(String notificationMessageId) {
        Checks.id(notificationMessageId, "notificationMessageId");
        String path = "/org/{orgId}/notificationMessage/{notificationMessageId}";
        return ApiRequest.builder(HttpMethod.GET, path, organizationId, notificationMessageId).build();
    }

    /** @return the organization; never a credential */
    @Override
    public String toString() {
        return "NotificationMessagesClient{organizationId=" + organizationId + "}";
    }
}
