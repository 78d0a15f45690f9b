package dev.switchboard.webhooks.intercom;

import dev.switchboard.conversations.intercom.companies.Company;
import dev.switchboard.conversations.intercom.contacts.Contact;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;
import java.util.Objects;

/**
 * A stat of outbound content for one contact ({@code content_stat.*} topics): any item whose type starts with
 * {@code content_stat.}, the fifteen kinds of API 2.14 and any added later.
 *
 * <pre>{@code
 * if (n.item() instanceof ContentStatItem s && s.kind().equals("email")) {
 *     metrics.count(s.contentStat().statType(), s.contentStat().contentId());
 * }
 * }</pre>
 *
 * @param event the stat: a view over the item's JSON
 */
public record ContentStatItem(ContentStatEvent event) implements IntercomItem {

    /** Checks the component. */
    public ContentStatItem {
        Objects.requireNonNull(event, "event");
    }

    /** @return {@code content_stat.<kind>}, as sent */
    @Override
    public String type() {
        String type = event.json().getString("type");
        return type == null ? "" : type;
    }

    @Override
    public JsonObject raw() {
        return event.json();
    }

    @Override
    public ContentStatEvent model() {
        return event;
    }

    /** @return the kind of content: {@code email}, {@code series.webhook}, ... (see {@link ContentStatEvent#kind()}) */
    public String kind() {
        return event.kind();
    }

    /**
     * @return when it happened, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code created_at} is not a timestamp
     */
    public Instant createdAt() {
        return event.createdAt();
    }

    /**
     * @return the stat, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code content_stat} is not an object
     */
    public ContentStat contentStat() {
        return event.contentStat();
    }

    /**
     * @return the contact, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code contact} is not an object
     */
    public Contact contact() {
        return event.contact();
    }

    /**
     * @return the company, or {@code null} (it is optional)
     * @throws dev.switchboard.core.DecodeException if {@code company} is not an object
     */
    public Company company() {
        return event.company();
    }
}
