package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /messages}: an in-app or email message from an admin to one or more contacts, with
 * optional {@code cc} and {@code bcc} (new in 2.14). Each of {@code to}, {@code cc} and {@code bcc} is sent as a single
 * recipient object or as an array, as you give it. Checked when built, before anything is sent: a body is
 * required; an email needs a subject and a template; there must be a recipient.
 *
 * <p><b>{@code message_type}.</b> The 2.14 spec disagrees with itself, so every documented form can be sent:
 *
 * <ul>
 *   <li>{@link #inApp(long)} sends {@code "inapp"}, the spelling of the request schema's variant titles, of the
 *       API's answers and of the official SDKs;</li>
 *   <li>{@link #of(MessageType, long)} with {@link MessageType#IN_APP} sends {@code "in_app"}, the request schema's
 *       enum;</li>
 *   <li>{@link #conversation(long)} sends {@code "conversation"}, the form of the 2.14 changelog's and the spec's own
 *       request example, with arrays of {@code to} / {@code cc} / {@code bcc} recipients;</li>
 *   <li>{@link #email(long)} sends {@code "email"} (subject and template required).</li>
 * </ul>
 *
 * <p>{@code from.id} is sent as an integer, as the schema types it (the examples quote it as a string).
 *
 * <pre>{@code
 * CreateMessage email = CreateMessage.email(394051L)
 *         .subject("Your invoice")
 *         .body("Hi, your invoice is attached.")
 *         .template(EmailTemplate.PLAIN)
 *         .to(Recipient.user("536e564f316c83104c000020"))
 *         .cc(List.of(Recipient.user("536e564f316c83104c000023")))
 *         .bcc(Recipient.lead("536e564f316c83104c000022"))
 *         .build();
 * }</pre>
 */
public final class CreateMessage {
    /** The wire value of an in-app message. */
    static final String IN_APP = "inapp";
    /** The wire value of an email message. */
    static final String EMAIL = "email";
    /** The wire value of the changelog's multi-recipient form. */
    static final String CONVERSATION = "conversation";

    private final Map<String, Object> json;

    private CreateMessage(Map<String, Object> json) {
        this.json = json;
    }

    /**
     * @param fromAdminId the sending admin's id (an integer in the API)
     * @return a builder of an email message
     */
    public static Builder email(long fromAdminId) {
        return new Builder(EMAIL, fromAdminId);
    }

    /**
     * @param fromAdminId the sending admin's id (an integer in the API)
     * @return a builder of an in-app message
     */
    public static Builder inApp(long fromAdminId) {
        return new Builder(IN_APP, fromAdminId);
    }

    /**
     * @param fromAdminId the sending admin's id (an integer in the API)
     * @return a builder of a {@code "message_type": "conversation"} message, the 2.14 changelog's form (give the
     *     recipients as lists)
     */
    public static Builder conversation(long fromAdminId) {
        return new Builder(CONVERSATION, fromAdminId);
    }

    /**
     * @param type {@link MessageType#EMAIL}, {@link MessageType#INAPP}, {@link MessageType#IN_APP} or
     *     {@link MessageType#CONVERSATION}: sent exactly as that value
     * @param fromAdminId the sending admin's id (an integer in the API)
     * @return a builder of that kind of message
     * @throws IllegalArgumentException if {@code type} is another value (facebook and twitter messages are not
     *     created through this endpoint)
     */
    public static Builder of(MessageType type, long fromAdminId) {
        java.util.Objects.requireNonNull(type, "type");
        if (!(type.equals(MessageType.EMAIL) || type.isInApp() || type.equals(MessageType.CONVERSATION))) {
            throw new IllegalArgumentException("type must be email, inapp, in_app or conversation, was '" + type.value()
                    + "'");
        }
        return new Builder(type.value(), fromAdminId);
    }

    /** @return the request body as JSON maps, lists and scalars, in wire order */
    @JsonValue
    public Map<String, Object> toJson() {
        return json;
    }

    /** @return {@code inapp}, {@code in_app}, {@code conversation} or {@code email}, as sent */
    public String messageType() {
        return (String) json.get("message_type");
    }

    @Override
    public String toString() {
        return "CreateMessage{" + messageType() + ", fields " + json.keySet() + "}";
    }

    /** Builds a {@link CreateMessage}; not thread-safe. */
    public static final class Builder {
        private final String messageType;
        private final long fromAdminId;
        private String subject;
        private String body;
        private EmailTemplate template;
        private Object to;
        private Object cc;
        private Object bcc;
        private Instant createdAt;
        private Boolean createConversationWithoutContactReply;

        private Builder(String messageType, long fromAdminId) {
            this.messageType = messageType;
            this.fromAdminId = fromAdminId;
        }

        /**
         * @param subject the email's subject (required for email)
         * @return this builder
         */
        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /**
         * @param body the content, HTML or plain text (required)
         * @return this builder
         */
        public Builder body(String body) {
            this.body = body;
            return this;
        }

        /**
         * @param template {@code plain} or {@code personal} (required for email)
         * @return this builder
         */
        public Builder template(EmailTemplate template) {
            this.template = template;
            return this;
        }

        /**
         * @param recipient the one recipient, sent as an object
         * @return this builder
         */
        public Builder to(Recipient recipient) {
            this.to = Objects.requireNonNull(recipient, "to");
            return this;
        }

        /**
         * @param recipients the recipients, sent as an array
         * @return this builder
         */
        public Builder to(List<Recipient> recipients) {
            this.to = List.copyOf(recipients);
            return this;
        }

        /**
         * @param recipient the one CC recipient, sent as an object
         * @return this builder
         */
        public Builder cc(Recipient recipient) {
            this.cc = Objects.requireNonNull(recipient, "cc");
            return this;
        }

        /**
         * @param recipients the CC recipients, sent as an array
         * @return this builder
         */
        public Builder cc(List<Recipient> recipients) {
            this.cc = List.copyOf(recipients);
            return this;
        }

        /**
         * @param recipient the one BCC recipient, sent as an object
         * @return this builder
         */
        public Builder bcc(Recipient recipient) {
            this.bcc = Objects.requireNonNull(recipient, "bcc");
            return this;
        }

        /**
         * @param recipients the BCC recipients, sent as an array
         * @return this builder
         */
        public Builder bcc(List<Recipient> recipients) {
            this.bcc = List.copyOf(recipients);
            return this;
        }

        /**
         * @param createdAt when the message was created (default: now, set by the API)
         * @return this builder
         */
        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /**
         * @param open whether to open a conversation in the inbox without waiting for the contact's reply (the API's
         *     default is {@code false})
         * @return this builder
         */
        public Builder createConversationWithoutContactReply(boolean open) {
            this.createConversationWithoutContactReply = open;
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException naming the argument: no body, an email without subject or template, a
         *     template on an in-app message, no {@code to}, or an empty recipient list
         */
        public CreateMessage build() {
            if (body == null || body.isBlank()) {
                throw new IllegalArgumentException("body is required for a message");
            }
            boolean email = EMAIL.equals(messageType);
            if (email && (subject == null || subject.isBlank())) {
                throw new IllegalArgumentException("subject is required for an email message");
            }
            if (email && template == null) {
                throw new IllegalArgumentException("template (plain or personal) is required for an email message");
            }
            if (!email && template != null) {
                throw new IllegalArgumentException("template applies to email messages only");
            }
            if (to == null) {
                throw new IllegalArgumentException("to is required: give a recipient or a list of recipients");
            }
            checkNotEmpty("to", to);
            checkNotEmpty("cc", cc);
            checkNotEmpty("bcc", bcc);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("message_type", messageType);
            if (subject != null) {
                json.put("subject", subject);
            }
            json.put("body", body);
            if (template != null) {
                json.put("template", template.wire());
            }
            Map<String, Object> from = new LinkedHashMap<>();
            from.put("type", "admin");
            from.put("id", fromAdminId);
            json.put("from", from);
            json.put("to", to);
            if (cc != null) {
                json.put("cc", cc);
            }
            if (bcc != null) {
                json.put("bcc", bcc);
            }
            if (createdAt != null) {
                json.put("created_at", createdAt.getEpochSecond());
            }
            if (createConversationWithoutContactReply != null) {
                json.put("create_conversation_without_contact_reply", createConversationWithoutContactReply);
            }
            return new CreateMessage(java.util.Collections.unmodifiableMap(json));
        }

        private static void checkNotEmpty(String name, Object recipients) {
            if (recipients instanceof List<?> l && l.isEmpty()) {
                throw new IllegalArgumentException(name + " must list at least one recipient");
            }
        }
    }
}
