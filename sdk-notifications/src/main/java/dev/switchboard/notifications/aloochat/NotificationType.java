package dev.switchboard.notifications.aloochat;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * The kind of a {@link TeamNotification} ({@code notification_type}): what an AI agent did, or a system notice.
 *
 * <p>An open enum whose constants are the six types the Team Notifications page lists for the {@code
 * notification_type} filter, plus the keys its stats example shows under {@code by_type} ({@code user}, {@code
 * agent}, {@code deployment}, {@code billing}, {@code security}). Any other value the server sends decodes to an
 * instance that keeps the raw string ({@link #isKnown()} is {@code false}) and is written back unchanged; {@code ""}
 * is the constant {@link #EMPTY}. Wire values are lower-case snake_case.
 */
public final class NotificationType extends OpenEnum {
    private static final OpenEnumValues<NotificationType> VALUES = new OpenEnumValues<>(NotificationType::new);

    /** {@code ""}: an empty value. */
    public static final NotificationType EMPTY = VALUES.known("");
    /** {@code agent_action}: general agent actions during query resolution. */
    public static final NotificationType AGENT_ACTION = VALUES.known("agent_action");
    /** {@code email_sent}: the agent sent an email to a customer or team member. */
    public static final NotificationType EMAIL_SENT = VALUES.known("email_sent");
    /** {@code slack_message}: the agent sent a Slack message. */
    public static final NotificationType SLACK_MESSAGE = VALUES.known("slack_message");
    /** {@code api_call}: the agent called an external API. */
    public static final NotificationType API_CALL = VALUES.known("api_call");
    /** {@code tool_usage}: the agent used a tool (CRM, ticketing system...). */
    public static final NotificationType TOOL_USAGE = VALUES.known("tool_usage");
    /** {@code system}: system-wide notifications and announcements. */
    public static final NotificationType SYSTEM = VALUES.known("system");
    /** {@code user}: seen only as a {@code by_type} key of the stats example. */
    public static final NotificationType USER = VALUES.known("user");
    /** {@code agent}: seen only as a {@code by_type} key of the stats example. */
    public static final NotificationType AGENT = VALUES.known("agent");
    /** {@code deployment}: seen only as a {@code by_type} key of the stats example. */
    public static final NotificationType DEPLOYMENT = VALUES.known("deployment");
    /** {@code billing}: seen only as a {@code by_type} key of the stats example. */
    public static final NotificationType BILLING = VALUES.known("billing");
    /** {@code security}: seen only as a {@code by_type} key of the stats example. */
    public static final NotificationType SECURITY = VALUES.known("security");

    private NotificationType(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value, exactly as the API spells it
     * @return the constant for it, or an unknown instance that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static NotificationType of(String value) {
        return VALUES.of(value);
    }

    /** @return the declared constants, {@link #EMPTY} first */
    public static List<NotificationType> values() {
        return VALUES.values();
    }
}
