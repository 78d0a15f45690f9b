package dev.switchboard.conversations.moveworks;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * An open enum of the {@code route} of a conversation: how it started. {@link #DM} is a conversation the user began in a direct message; the others are system-initiated (SysEvents, since April 2026) or legacy notifications.
 * Moveworks spells them in mixed case ({@code DM}, {@code Notification}); an unknown route keeps its raw string.
 *
 * <p>Compare with {@code equals} or {@code ==} against the constants; {@link #value()} is the raw string.
 */
public final class ConversationRoute extends OpenEnum {
    private static final OpenEnumValues<ConversationRoute> VALUES = new OpenEnumValues<>(ConversationRoute::new);

    /** A direct message the user started: the only route before the April 2026 SysEvents change. */
    public static final ConversationRoute DM = VALUES.known("DM");

    /** A notification the bot sent (approvals, comms campaigns, ambient agents, tickets, passwords, CSAT). */
    public static final ConversationRoute NOTIFICATION = VALUES.known("Notification");

    /** A channel interception: the bot answered a message in a channel. */
    public static final ConversationRoute CHANNEL = VALUES.known("Channel");

    /** A ticket interception: the bot reached out about a newly filed ticket. */
    public static final ConversationRoute TICKET = VALUES.known("Ticket");

    private ConversationRoute(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value, as the API spells it
     * @return the constant for it, or an unknown value that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static ConversationRoute of(String value) {
        return VALUES.of(value);
    }

    /** @return the constants this SDK version declares, in declaration order */
    public static List<ConversationRoute> values() {
        return VALUES.values();
    }
}
