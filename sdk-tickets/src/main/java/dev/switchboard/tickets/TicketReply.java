package dev.switchboard.tickets;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.conversations.intercom.QuickReplyOption;
import dev.switchboard.core.spi.EpochSecondsSerializer;
import java.time.Instant;
import java.util.List;

/**
 * The body of {@code POST /tickets/{ticket_id}/reply}: an admin's comment, note or quick reply, or a contact's
 * comment. Checked when built: a comment or note needs a body, a quick reply needs options, at most
 * {@value #MAX_ATTACHMENTS} attachment URLs, {@code cross_post} only on notes.
 *
 * <pre>{@code
 * TicketReply.note("991268011", "<p>Checked the logs</p>").crossPosted();
 * TicketReply.quickReply("991268011", List.of(QuickReplyOption.of("Yes"), QuickReplyOption.of("No")));
 * TicketReply.fromEmail("ada@example.com", "Thanks!");
 * }</pre>
 */
public sealed interface TicketReply permits TicketReply.Admin, TicketReply.Contact {
    /** Most attachment URLs one reply may carry. */
    int MAX_ATTACHMENTS = 10;

    /**
     * @param adminId the replying admin
     * @param body the comment (HTML allowed)
     * @return a comment visible to the customer
     */
    static Admin comment(String adminId, String body) {
        return new Admin("comment", "admin", body, adminId, null, null, null, null, null);
    }

    /**
     * @param adminId the replying admin
     * @param body the note (some HTML allowed)
     * @return an internal note
     */
    static Admin note(String adminId, String body) {
        return new Admin("note", "admin", body, adminId, null, null, null, null, null);
    }

    /**
     * @param adminId the replying admin
     * @param options the buttons to offer; at least one
     * @return a quick reply
     */
    static Admin quickReply(String adminId, List<QuickReplyOption> options) {
        return new Admin("quick_reply", "admin", null, adminId, null, options, null, null, null);
    }

    /**
     * @param intercomUserId the contact's Intercom id
     * @param body the comment
     * @return a contact's comment
     */
    static Contact fromContactId(String intercomUserId, String body) {
        return new Contact("comment", "user", body, intercomUserId, null, null, null, null, null, null);
    }

    /**
     * @param userId the contact's id in your system
     * @param body the comment
     * @return a contact's comment
     */
    static Contact fromUserId(String userId, String body) {
        return new Contact("comment", "user", body, null, userId, null, null, null, null, null);
    }

    /**
     * @param email the contact's email
     * @param body the comment
     * @return a contact's comment
     */
    static Contact fromEmail(String email, String body) {
        return new Contact("comment", "user", body, null, null, email, null, null, null, null);
    }

    private static List<String> checkAttachments(List<String> urls) {
        if (urls == null) {
            return null;
        }
        if (urls.size() > MAX_ATTACHMENTS) {
            throw new IllegalArgumentException("attachmentUrls has " + urls.size() + " entries; at most " + MAX_ATTACHMENTS);
        }
        for (String u : urls) {
            if (u == null || !(u.startsWith("https://") || u.startsWith("http://"))) {
                throw new IllegalArgumentException("attachmentUrls must be absolute http(s) URLs");
            }
        }
        return List.copyOf(urls);
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /**
     * An admin's reply.
     *
     * @param messageType comment, note or quick_reply
     * @param type {@code admin}
     * @param body the body ({@code null} for a quick reply)
     * @param adminId the replying admin (a string in the schema)
     * @param createdAt the time to record, or {@code null}
     * @param replyOptions quick-reply buttons, or {@code null}
     * @param attachmentUrls up to 10 file URLs, or {@code null}
     * @param crossPost notes only: also post to the back-office ticket's linked conversations
     * @param skipNotifications whether to skip notifications, or {@code null}
     */
    record Admin(
            @JsonProperty("message_type") String messageType,
            @JsonProperty("type") String type,
            @JsonProperty("body") String body,
            @JsonProperty("admin_id") String adminId,
            @JsonProperty("created_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant createdAt,
            @JsonProperty("reply_options") List<QuickReplyOption> replyOptions,
            @JsonProperty("attachment_urls") List<String> attachmentUrls,
            @JsonProperty("cross_post") Boolean crossPost,
            @JsonProperty("skip_notifications") Boolean skipNotifications) implements TicketReply {

        /** Checks the combination. */
        public Admin {
            require(adminId, "adminId");
            if (("comment".equals(messageType) || "note".equals(messageType)) && (body == null || body.isBlank())) {
                throw new IllegalArgumentException("body must not be blank for a " + messageType);
            }
            if ("quick_reply".equals(messageType) && (replyOptions == null || replyOptions.isEmpty())) {
                throw new IllegalArgumentException("replyOptions must not be empty for a quick_reply");
            }
            if (Boolean.TRUE.equals(crossPost) && !"note".equals(messageType)) {
                throw new IllegalArgumentException("crossPost applies to notes only");
            }
            QuickReplyOption.checkAll(replyOptions, "replyOptions");
            replyOptions = replyOptions == null ? null : List.copyOf(replyOptions);
            attachmentUrls = checkAttachments(attachmentUrls);
        }

        /**
         * @param urls up to 10 file URLs
         * @return a copy with these attachments
         */
        public Admin withAttachments(List<String> urls) {
            return new Admin(messageType, type, body, adminId, createdAt, replyOptions, urls, crossPost, skipNotifications);
        }

        /** @return a copy that is cross-posted (notes only) */
        public Admin crossPosted() {
            return new Admin(messageType, type, body, adminId, createdAt, replyOptions, attachmentUrls, true, skipNotifications);
        }

        /**
         * @param options quick-reply buttons to add to a comment
         * @return a copy with these options
         */
        public Admin withReplyOptions(List<QuickReplyOption> options) {
            return new Admin(messageType, type, body, adminId, createdAt, options, attachmentUrls, crossPost, skipNotifications);
        }

        /**
         * @param at the time to record
         * @return a copy with this creation time
         */
        public Admin createdAt(Instant at) {
            return new Admin(messageType, type, body, adminId, at, replyOptions, attachmentUrls, crossPost, skipNotifications);
        }

        /** @return a copy that skips notifications */
        public Admin withoutNotifications() {
            return new Admin(messageType, type, body, adminId, createdAt, replyOptions, attachmentUrls, crossPost, true);
        }
    }

    /**
     * A contact's reply, identified by exactly one of {@code intercom_user_id}, {@code user_id} and {@code email}.
     *
     * @param messageType {@code comment}
     * @param type {@code user}
     * @param body the comment
     * @param intercomUserId the contact's Intercom id, or {@code null}
     * @param userId the contact's external id, or {@code null}
     * @param email the contact's email, or {@code null}
     * @param createdAt the time to record, or {@code null}
     * @param attachmentUrls up to 10 file URLs, or {@code null}
     * @param replyOptions options, or {@code null}
     * @param skipNotifications whether to skip notifications, or {@code null}
     */
    record Contact(
            @JsonProperty("message_type") String messageType,
            @JsonProperty("type") String type,
            @JsonProperty("body") String body,
            @JsonProperty("intercom_user_id") String intercomUserId,
            @JsonProperty("user_id") String userId,
            @JsonProperty("email") String email,
            @JsonProperty("created_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant createdAt,
            @JsonProperty("attachment_urls") List<String> attachmentUrls,
            @JsonProperty("reply_options") List<QuickReplyOption> replyOptions,
            @JsonProperty("skip_notifications") Boolean skipNotifications) implements TicketReply {

        /** Checks the combination. */
        public Contact {
            require(body, "body");
            int ids = (intercomUserId != null ? 1 : 0) + (userId != null ? 1 : 0) + (email != null ? 1 : 0);
            if (ids != 1) {
                throw new IllegalArgumentException("exactly one of intercomUserId, userId and email must be given");
            }
            require(intercomUserId != null ? intercomUserId : userId != null ? userId : email,
                    intercomUserId != null ? "intercomUserId" : userId != null ? "userId" : "email");
            attachmentUrls = checkAttachments(attachmentUrls);
            QuickReplyOption.checkAll(replyOptions, "replyOptions");
            replyOptions = replyOptions == null ? null : List.copyOf(replyOptions);
        }

        /**
         * @param urls up to 10 file URLs
         * @return a copy with these attachments
         */
        public Contact withAttachments(List<String> urls) {
            return new Contact(messageType, type, body, intercomUserId, userId, email, createdAt, urls, replyOptions, skipNotifications);
        }

        /**
         * @param at the time to record
         * @return a copy with this creation time
         */
        public Contact createdAt(Instant at) {
            return new Contact(messageType, type, body, intercomUserId, userId, email, at, attachmentUrls, replyOptions, skipNotifications);
        }
    }
}
