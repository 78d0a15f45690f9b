package dev.switchboard.conversations.moveworks;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * An open enum of the {@code type} of a SysEvent conversation (new with the April 2026 SysEvents change; {@code null} for DM
 * conversations and for legacy notifications). It decides the shape of the conversation's {@code detail}, see
 * {@link ConversationDetail}. The list published by Moveworks is cut off, so more values may arrive; they keep their raw
 * string.
 *
 * <p>Compare with {@code equals} or {@code ==} against the constants; {@link #value()} is the raw string.
 */
public final class ConversationType extends OpenEnum {
    private static final OpenEnumValues<ConversationType> VALUES = new OpenEnumValues<>(ConversationType::new);

    /** An approval update; detail: {@code type}, {@code source}, {@code domain}. */
    public static final ConversationType APPROVAL_UPDATE_NOTIFICATION = VALUES.known("CONVERSATION_TYPE_APPROVAL_UPDATE_NOTIFICATION");

    /** A comms campaign message; detail: {@code campaign_id}, {@code campaign_name}. */
    public static final ConversationType COMMS_NOTIFICATION = VALUES.known("CONVERSATION_TYPE_COMMS_NOTIFICATION");

    /** An ambient agent notification; detail: {@code usecase_id}, {@code usecase_name}. */
    public static final ConversationType AMBIENT_AGENT_NOTIFICATION = VALUES.known("CONVERSATION_TYPE_AMBIENT_AGENT_NOTIFICATION");

    /** An events notification; detail: {@code usecase_id}, {@code usecase_name}. */
    public static final ConversationType EVENTS_NOTIFICATION = VALUES.known("CONVERSATION_TYPE_EVENTS_NOTIFICATION");

    /** A ticket update; detail: {@code ticket_id}. */
    public static final ConversationType TICKET_UPDATE_NOTIFICATION = VALUES.known("CONVERSATION_TYPE_TICKET_UPDATE_NOTIFICATION");

    /** A ticket waiting for the user; detail: {@code ticket_id}. */
    public static final ConversationType TICKET_WAITING_NOTIFICATION = VALUES.known("CONVERSATION_TYPE_TICKET_WAITING_NOTIFICATION");

    /** A ticket watcher notification; detail: {@code ticket_id}. */
    public static final ConversationType TICKET_WATCHER_NOTIFICATION = VALUES.known("CONVERSATION_TYPE_TICKET_WATCHER_NOTIFICATION");

    /** A ticket nudge; detail: {@code ticket_id}. */
    public static final ConversationType TICKET_NUDGE_NOTIFICATION = VALUES.known("CONVERSATION_TYPE_TICKET_NUDGE_NOTIFICATION");

    /** An expired password notification; no detail. */
    public static final ConversationType EXPIRED_PASSWORD_NOTIFICATION = VALUES.known("CONVERSATION_TYPE_EXPIRED_PASSWORD_NOTIFICATION");

    /** An expiring password notification; no detail. */
    public static final ConversationType EXPIRING_PASSWORD_NOTIFICATION = VALUES.known("CONVERSATION_TYPE_EXPIRING_PASSWORD_NOTIFICATION");

    /** A locked account notification; no detail. */
    public static final ConversationType LOCKED_ACCOUNT_NOTIFICATION = VALUES.known("CONVERSATION_TYPE_LOCKED_ACCOUNT_NOTIFICATION");

    /** A satisfaction survey; no detail. */
    public static final ConversationType CSAT_NOTIFICATION = VALUES.known("CONVERSATION_TYPE_CSAT_NOTIFICATION");

    /** A ticket interception, with or without a bot reach-out; detail: {@code ticket_id}, {@code content}. */
    public static final ConversationType TICKET_INTERCEPTION = VALUES.known("CONVERSATION_TYPE_TICKET_INTERCEPTION");

    /** A channel interception, with or without a bot reach-out; detail: {@code channel_id}, {@code channel_name}, {@code content}. */
    public static final ConversationType CHANNEL_INTERCEPTION = VALUES.known("CONVERSATION_TYPE_CHANNEL_INTERCEPTION");

    private ConversationType(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value, as the API spells it
     * @return the constant for it, or an unknown value that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static ConversationType of(String value) {
        return VALUES.of(value);
    }

    /** @return the constants this SDK version declares, in declaration order */
    public static List<ConversationType> values() {
        return VALUES.values();
    }
}
