package dev.switchboard.notifications.suger;

import dev.switchboard.core.http.ApiRequest;
import dev.switchboard.core.http.HttpMethod;
import dev.switchboard.core.http.Transport;
import dev.switchboard.core.paging.PageStyle;
import dev.switchboard.core.paging.Paginator;

/**
 * The notification messages of one Suger organization: {@code GET /org/{orgId}/notificationMessage} and
 * {@code GET /org/{orgId}/notificationMessage/{notificationMessageId}}. Obtain it from {@link SugerClient#messages()}
 * or {@link SugerClient#messages(String)}. Immutable and thread-safe. Listings page like
 * {@link NotificationEvents}: {@code offset} / {@code nextOffset}, {@code totalCount} on the first page.
 */
public final class NotificationMessages {
    static final PageStyle PAGING = PageStyle.offset().itemsAt("/notificationMessages").offsetParam("offset")
            .nextOffsetAt("/nextOffset").totalCountAt("/totalCount").build();

    private final Transport transport;
    private final String organizationId;

    NotificationMessages(Transport transport, String organizationId) {
        this.transport = transport;
        this.organizationId = SugerClient.checkOrganizationId(organizationId);
    }

    /** @return the organization these messages belong to */
    public String organizationId() {
        return organizationId;
    }

    /**
     * Lists every message, {@value EventFilter#MAX_LIMIT} per page.
     *
     * @return a lazy listing; nothing is fetched yet
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
        SugerClient.checkId(notificationMessageId, "notificationMessageId");
        String path = "/org/{orgId}/notificationMessage/{notificationMessageId}";
        ApiRequest request = ApiRequest.builder(HttpMethod.GET, path, organizationId, notificationMessageId).build();
        return transport.execute(request, NotificationMessage.class);
    }

    @Override
    public String toString() {
        return "NotificationMessages{organizationId=" + organizationId + "}";
    }
}
