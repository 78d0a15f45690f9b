package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.core.spi.Checks;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /conversations}: a conversation started by a contact (a user or a lead), or by a visitor
 * ({@code "type": "contact"} with the visitor's {@code id} or {@code user_id}; Intercom then turns the visitor into a
 * lead). Intercom answers with the {@link Message} it created, whose {@link Message#conversationId()} is the new
 * conversation. Checked when built, before anything is sent:
 *
 * <ul>
 *   <li>{@code from.id} is not blank, and for a user or a lead it is Intercom's 24-character contact id, as the
 *       schema states ({@code minLength} and {@code maxLength} 24); a visitor's {@code user_id} is longer, so
 *       {@link #fromContact} takes any id;</li>
 *   <li>the body is not blank (HTML is not supported);</li>
 *   <li>at most {@value #MAX_ATTACHMENT_URLS} {@code attachment_urls}.</li>
 * </ul>
 *
 * <pre>{@code
 * CreateConversation c = CreateConversation.fromUser("6762f11b1bb69f9f2193bba3", "Hello there")
 *         .createdAt(Instant.parse("2026-04-30T09:00:00Z"))   // for migrations only; sent as epoch seconds
 *         .build();
 * }</pre>
 */
public final class CreateConversation {
    /** Most image URLs a new conversation may carry. */
    public static final int MAX_ATTACHMENT_URLS = 10;
    /** The length of Intercom's id of a user or a lead. */
    static final int CONTACT_ID_LENGTH = 24;

    private final Map<String, Object> json;

    private CreateConversation(Map<String, Object> json) {
        this.json = json;
    }

    /**
     * @param contactId the user's Intercom id (24 characters)
     * @param body the message (plain text)
     * @return a builder of a conversation from a user
     * @throws IllegalArgumentException if the id is not 24 characters or the body is blank
     */
    public static Builder fromUser(String contactId, String body) {
        return new Builder("user", contactId(contactId), body);
    }

    /**
     * @param contactId the lead's Intercom id (24 characters)
     * @param body the message (plain text)
     * @return a builder of a conversation from a lead
     * @throws IllegalArgumentException if the id is not 24 characters or the body is blank
     */
    public static Builder fromLead(String contactId, String body) {
        return new Builder("lead", contactId(contactId), body);
    }

    /**
     * A conversation from a contact of any role, or from a visitor by its {@code id} or {@code user_id}.
     *
     * @param id the contact's or visitor's id
     * @param body the message (plain text)
     * @return a builder of a conversation sent with {@code "type": "contact"}
     * @throws IllegalArgumentException if the id or the body is blank
     */
    public static Builder fromContact(String id, String body) {
        return new Builder("contact", Checks.notBlank(id, "id"), body);
    }

    private static String contactId(String id) {
        Checks.notBlank(id, "contactId");
        if (id.length() != CONTACT_ID_LENGTH) {
            throw new IllegalArgumentException("contactId must be Intercom's " + CONTACT_ID_LENGTH
                    + "-character contact id, was " + id.length() + " characters (use fromContact for a visitor)");
        }
        return id;
    }

    /** @return the request body as JSON maps, lists and scalars, in wire order */
    @JsonValue
    public Map<String, Object> toJson() {
        return json;
    }

    @Override
    public String toString() {
        return "CreateConversation{fields " + json.keySet() + "}";
    }

    /** Builds a {@link CreateConversation}; not thread-safe. */
    public static final class Builder {
        private final String type;
        private final String id;
        private final String body;
        private String subject;
        private List<String> attachmentUrls;
        private Instant createdAt;

        private Builder(String type, String id, String body) {
            this.type = type;
            this.id = id;
            this.body = Checks.notBlank(body, "body");
        }

        /**
         * @param subject the title, which Intercom uses only for an email
         * @return this builder
         * @throws IllegalArgumentException if it is blank
         */
        public Builder subject(String subject) {
            this.subject = Checks.notBlank(subject, "subject");
            return this;
        }

        /**
         * @param urls image URLs added as attachments, at most {@value CreateConversation#MAX_ATTACHMENT_URLS}
         * @return this builder
         * @throws IllegalArgumentException if there are more, or one is blank
         */
        public Builder attachmentUrls(List<String> urls) {
            Objects.requireNonNull(urls, "attachmentUrls");
            if (urls.size() > MAX_ATTACHMENT_URLS) {
                throw new IllegalArgumentException("attachmentUrls accepts at most " + MAX_ATTACHMENT_URLS
                        + " URLs, was " + urls.size());
            }
            urls.forEach(u -> Checks.notBlank(u, "attachmentUrls entry"));
            this.attachmentUrls = List.copyOf(urls);
            return this;
        }

        /**
         * @param createdAt when the conversation was created, for migrating past conversations (default: now); sent
         *     as epoch seconds
         * @return this builder
         */
        public Builder createdAt(Instant createdAt) {
            this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
            return this;
        }

        /** @return the request */
        public CreateConversation build() {
            Map<String, Object> from = new LinkedHashMap<>();
            from.put("type", type);
            from.put("id", id);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("from", Collections.unmodifiableMap(from));
            json.put("body", body);
            if (subject != null) {
                json.put("subject", subject);
            }
            if (attachmentUrls != null) {
                json.put("attachment_urls", attachmentUrls);
            }
            if (createdAt != null) {
                json.put("created_at", createdAt.getEpochSecond());
            }
            return new CreateConversation(Collections.unmodifiableMap(json));
        }
    }
}
