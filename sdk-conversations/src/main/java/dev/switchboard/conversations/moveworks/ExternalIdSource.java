package dev.switchboard.conversations.moveworks;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * An open enum of the system an external id of a user comes from ({@code source} of an item of {@code external_ids}).
 *
 * <p>Compare with {@code equals} or {@code ==} against the constants; {@link #value()} is the raw string.
 */
public final class ExternalIdSource extends OpenEnum {
    private static final OpenEnumValues<ExternalIdSource> VALUES = new OpenEnumValues<>(ExternalIdSource::new);

    /** Google Workspace. */
    public static final ExternalIdSource GSUITE = VALUES.known("GSUITE");

    /** Webex. */
    public static final ExternalIdSource WEBEX = VALUES.known("WEBEX");

    /** A system Moveworks does not name. */
    public static final ExternalIdSource UNKNOWN_SYSTEM = VALUES.known("UNKNOWN_SYSTEM");

    /** Moveworks web chat. */
    public static final ExternalIdSource MOVEWEBCHAT = VALUES.known("MOVEWEBCHAT");

    /** ServiceNow. */
    public static final ExternalIdSource SNOW = VALUES.known("SNOW");

    /** Jira Service Desk. */
    public static final ExternalIdSource JIRA_SERVICE_DESK = VALUES.known("JIRA_SERVICE_DESK");

    /** Slack. */
    public static final ExternalIdSource SLACK = VALUES.known("SLACK");

    /** Okta. */
    public static final ExternalIdSource OKTA = VALUES.known("OKTA");

    /** Microsoft Graph. */
    public static final ExternalIdSource MS_GRAPH = VALUES.known("MS_GRAPH");

    private ExternalIdSource(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value, as the API spells it
     * @return the constant for it, or an unknown value that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static ExternalIdSource of(String value) {
        return VALUES.of(value);
    }

    /** @return the constants this SDK version declares, in declaration order */
    public static List<ExternalIdSource> values() {
        return VALUES.values();
    }
}
