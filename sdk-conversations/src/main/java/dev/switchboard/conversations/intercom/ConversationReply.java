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
 * A reply to a conversation ({@code POST /conversations/{id}/reply}): an admin's comment, note or quick reply, or a
 * contact's comment. Checked when built, before anything is sent:
 *
 * <ul>
 *   <li>a comment or note needs a body; a quick reply needs at least one reply option (and may have a body);</li>
 *   <li>reply options are for quick replies, and for a contact's answer to one;</li>
 *   <li>at most {@value #MAX_ATTACHMENTS} {@code attachment_urls} and at most {@value #MAX_ATTACHMENTS}
 *       {@code attachment_files}.</li>
 * </ul>
 *
 * <pre>{@code
 * ConversationReply ask = ConversationReply.adminQuickReply("991267698",
 *                 List.of(QuickReplyOption.of("Yes"), QuickReplyOption.of("No")))
 *         .body("Did that solve it?")
 *         .build();
 * ConversationReply thanks = ConversationReply.contactComment(ContactIdentifier.email("joe@example.com"), "Thanks!")
 *         .build();
 * }</pre>
 *
 * <p>The spec's own example of a contact quick reply sends {@code "message_type": "quick_reply"}, which its schema does
 * not allow for contacts; this SDK follows the schema: a contact answers a quick reply with a {@code comment} carrying
 * the chosen option in {@code reply_options}.
 */
public final class ConversationReply {
    /** Most attachment URLs, and most attachment files, a reply may carry. */
    public static final int MAX_ATTACHMENTS = 10;

    private final Map<String, Object> json;

    private ConversationReply(Map<String, Object> json) {
        this.json = json;
    }

    /**
     * @param adminId the replying admin's id
     * @param body the comment, visible to the contact (required)
     * @return a builder of an admin comment
     */
    public static Builder adminComment(String adminId, String body) {
        return new Builder("comment", "admin", "admin_id", adminId).body(body);
    }

    /**
     * @param adminId the writing admin's id
     * @param body the note, visible to teammates only; some HTML is accepted (required)
     * @return a builder of an admin note
     */
    public static Builder adminNote(String adminId, String body) {
        return new Builder("note", "admin", "admin_id", adminId).body(body);
    }

    /**
     * @param adminId the replying admin's id
     * @param options the buttons to offer (at least one)
     * @return a builder of an admin quick reply
     */
    public static Builder adminQuickReply(String adminId, List<QuickReplyOption> options) {
        return new Builder("quick_reply", "admin", "admin_id", adminId).replyOptions(options);
    }

    /**
     * @param contact who replies
     * @param body the reply (required)
     * @return a builder of a contact's comment
     */
    public static Builder contactComment(ContactIdentifier contact, String body) {
        Objects.requireNonNull(contact, "contact");
        return new Builder("comment", "user", contact.field(), contact.value()).body(body);
    }

    /** @return the request body as JSON maps, lists and scalars, in wire order */
    @JsonValue
    public Map<String, Object> toJson() {
        return json;
    }

    /** @return {@code comment}, {@code note} or {@code quick_reply} */
    public String messageType() {
        return (String) json.get("message_type");
    }

    /** @return {@code admin} or {@code user} */
    public String authorType() {
        return (String) json.get("type");
    }

    @Override
    public String toString() {
        return "ConversationReply{" + authorType() + " " + messageType() + ", fields " + json.keySet() + "}";
    }

    /** Builds a {@link ConversationReply}; not thread-safe. */
    public static final class Builder {
        private final String messageType;
        private final String type;
        private final String idField;
        private final String id;
        private String body;
        private Instant createdAt;
        private List<QuickReplyOption> replyOptions;
        private List<String> attachmentUrls;
        private List<AttachmentFile> attachmentFiles;

        private Builder(String messageType, String type, String idField, String id) {
            this.messageType = messageType;
            this.type = type;
            this.idField = idField;
            this.id = id;
        }

        /**
         * @param body the text; notes accept some HTML
         * @return this builder
         */
        public Builder body(String body) {
            this.body = body;
            return this;
        }

        /**
         * @param createdAt when the reply was written (default: now, set by the API)
         * @return this builder
         */
        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /**
         * @param options for a quick reply, the buttons; for a contact's comment, the option chosen
         * @return this builder
         */
        public Builder replyOptions(List<QuickReplyOption> options) {
            this.replyOptions = options == null ? null : Collections.unmodifiableList(new java.util.ArrayList<>(options));
            return this;
        }

        /**
         * @param urls image URLs to attach, at most {@value #MAX_ATTACHMENTS}
         * @return this builder
         */
        public Builder attachmentUrls(List<String> urls) {
            this.attachmentUrls = urls == null ? null : List.copyOf(urls);
            return this;
        }

        /**
         * @param files files to upload, at most {@value #MAX_ATTACHMENTS}
         * @return this builder
         */
        public Builder attachmentFiles(List<AttachmentFile> files) {
            this.attachmentFiles = files == null ? null : List.copyOf(files);
            return this;
        }

        /**
         * @return the reply
         * @throws IllegalArgumentException naming the argument: a blank admin id or contact identifier, a missing
         *     body, missing or misplaced reply options, or more than {@value #MAX_ATTACHMENTS} attachments
         */
        public ConversationReply build() {
            Checks.notBlank(id, "admin".equals(type) ? "adminId" : idField);
            boolean quickReply = "quick_reply".equals(messageType);
            if (!quickReply && (body == null || body.isBlank())) {
                throw new IllegalArgumentException("body is required for a " + messageType + " reply");
            }
            if (quickReply && (replyOptions == null || replyOptions.isEmpty())) {
                throw new IllegalArgumentException("replyOptions (reply_options) are required for a quick_reply");
            }
            if (!quickReply && "admin".equals(type) && replyOptions != null) {
                throw new IllegalArgumentException("replyOptions (reply_options) apply to quick_reply messages only, not to a "
                        + messageType);
            }
            QuickReplyOption.checkAll(replyOptions, "replyOptions");
            checkAttachments("attachmentUrls (attachment_urls)", attachmentUrls);
            checkAttachments("attachmentFiles (attachment_files)", attachmentFiles);
            if (attachmentUrls != null) {
                for (String u : attachmentUrls) {
                    if (u == null || u.isBlank()) {
                        throw new IllegalArgumentException("attachmentUrls (attachment_urls) must not contain blank URLs");
                    }
                }
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("message_type", messageType);
            json.put("type", type);
            json.put(idField, id);
            if (body != null) {
                json.put("body", body);
            }
            if (createdAt != null) {
                json.put("created_at", createdAt.getEpochSecond());
            }
            if (replyOptions != null) {
                List<Map<String, Object>> options = new java.util.ArrayList<>();
                for (QuickReplyOption o : replyOptions) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("text", o.text());
                    m.put("uuid", o.uuid());
                    options.add(m);
                }
                json.put("reply_options", options);
            }
            if (attachmentUrls != null) {
                json.put("attachment_urls", attachmentUrls);
            }
            if (attachmentFiles != null) {
                json.put("attachment_files", attachmentFiles);
            }
            return new ConversationReply(Collections.unmodifiableMap(json));
        }

        private static void checkAttachments(String name, List<?> items) {
            if (items != null && items.size() > MAX_ATTACHMENTS) {
                throw new IllegalArgumentException(name + " has " + items.size() + " entries; Intercom allows at most "
                        + MAX_ATTACHMENTS);
            }
        }
    }
}
