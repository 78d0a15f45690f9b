package dev.switchboard.webhooks.intercom;

import dev.switchboard.conversations.intercom.companies.Company;
import dev.switchboard.conversations.intercom.contacts.Contact;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;

/**
 * The item of the content-stat topics ({@code content_stat.email}, {@code content_stat.post},
 * {@code content_stat.series.webhook}, ...): {@code {type: content_stat.<kind>, created_at, content_stat, contact,
 * company}}, a stat of a piece of outbound content for one contact. Its {@code created_at} is ISO-8601 text, unlike
 * the envelope's Unix seconds; {@link #createdAt()} reads either.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ContentStatEvent extends JsonModel {
    private static final String PREFIX = "content_stat.";

    /** @param json the object as sent */
    public ContentStatEvent(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code content_stat.<kind>}, for example {@code content_stat.email}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the kind of content, the part of {@link #type()} after {@code content_stat.}: {@code email},
     *     {@code series.webhook}, {@code tooltip_group}, ...; {@code ""} when the type is absent or does not start so
     * @throws dev.switchboard.core.DecodeException if {@code type} is not a string
     */
    public String kind() {
        String type = type();
        return type != null && type.startsWith(PREFIX) ? type.substring(PREFIX.length()) : "";
    }

    /**
     * @return when it happened (sent as ISO-8601 text; epoch seconds are read too), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant createdAt() {
        return instant("created_at");
    }

    /**
     * @return the stat, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public ContentStat contentStat() {
        return object("content_stat", ContentStat::new);
    }

    /**
     * @return the contact the content was for, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public Contact contact() {
        return object("contact", Contact::new);
    }

    /**
     * @return the contact's company the stat is counted for; {@code null} when absent (it is optional) or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public Company company() {
        return object("company", Company::new);
    }
}
