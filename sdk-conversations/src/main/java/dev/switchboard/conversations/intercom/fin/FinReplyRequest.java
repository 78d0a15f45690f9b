package dev.switchboard.conversations.intercom.fin;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.core.spi.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /fin/reply}, sent when the user answers Fin (status {@code awaiting_user_reply}): your
 * conversation id, the user's new message, the user and up to {@value #MAX_ATTACHMENTS} attachments. Every limit is
 * checked by {@link Builder#build()}, before anything is sent. Immutable.
 *
 * <pre>{@code
 * FinReplyRequest reply = FinReplyRequest.builder("ext-123",
 *                 FinMessage.user("Here is the invoice.", Instant.now()),
 *                 FinUser.of("123456"))
 *         .build();
 * }</pre>
 */
public final class FinReplyRequest {
    /** The most attachments a request takes. */
    public static final int MAX_ATTACHMENTS = FinArgs.MAX_ATTACHMENTS;

    private final Map<String, Object> json;
    private final String conversationId;

    private FinReplyRequest(Map<String, Object> json, String conversationId) {
        this.json = json;
        this.conversationId = conversationId;
    }

    /**
     * @param conversationId your id of the conversation, not blank
     * @param message the user's message
     * @param user the user
     * @return a builder
     * @throws IllegalArgumentException if an argument is missing or blank
     */
    public static Builder builder(String conversationId, FinMessage message, FinUser user) {
        return new Builder(conversationId, message, user);
    }

    /** @return your conversation id */
    public String conversationId() {
        return conversationId;
    }

    /** @return the JSON sent, in wire order */
    @JsonValue
    public Map<String, Object> toJson() {
        return json;
    }

    /** @return the conversation id and the fields set; never message text or user data */
    @Override
    public String toString() {
        return "FinReplyRequest[" + conversationId + ", fields " + json.keySet() + "]";
    }

    /** Builds a {@link FinReplyRequest}; not thread-safe. */
    public static final class Builder {
        private final String conversationId;
        private final FinMessage message;
        private final FinUser user;
        private final List<FinAttachment> attachments = new ArrayList<>();
        private boolean attachmentsSet;

        private Builder(String conversationId, FinMessage message, FinUser user) {
            this.conversationId = Checks.notBlank(conversationId, "conversationId");
            this.message = FinArgs.requireNonNull(message, "message");
            this.user = FinArgs.requireNonNull(user, "user");
        }

        /**
         * @param attachment one more attachment
         * @return this builder
         * @throws IllegalArgumentException if null
         */
        public Builder attachment(FinAttachment attachment) {
            attachments.add(FinArgs.requireNonNull(attachment, "attachment"));
            attachmentsSet = true;
            return this;
        }

        /**
         * @param attachments every attachment (replacing those added before); the limit is checked by {@link #build()}
         * @return this builder
         * @throws IllegalArgumentException if the list or an element is null
         */
        public Builder attachments(List<FinAttachment> attachments) {
            FinArgs.list(attachments, "attachments", Integer.MAX_VALUE);
            this.attachments.clear();
            this.attachments.addAll(attachments);
            attachmentsSet = true;
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException if there are more than {@value #MAX_ATTACHMENTS} attachments
         */
        public FinReplyRequest build() {
            Map<String, Object> m = FinRequests.body(conversationId, message, user, attachments, attachmentsSet);
            return new FinReplyRequest(m, conversationId);
        }
    }
}
