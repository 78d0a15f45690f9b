package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * How the AI agent's involvement ended ({@code ai_agent.resolution_state}).
 * A value this SDK does not know yet is kept with its raw string ({@link #isKnown()} is false).
 */
public final class AiResolutionState extends OpenEnum {
    private static final OpenEnumValues<AiResolutionState> VALUES = new OpenEnumValues<>(AiResolutionState::new);
    /** {@code assumed_resolution} */
    public static final AiResolutionState ASSUMED_RESOLUTION = VALUES.known("assumed_resolution");
    /** {@code confirmed_resolution} */
    public static final AiResolutionState CONFIRMED_RESOLUTION = VALUES.known("confirmed_resolution");
    /** {@code routed_to_team} */
    public static final AiResolutionState ROUTED_TO_TEAM = VALUES.known("routed_to_team");
    /** {@code abandoned} */
    public static final AiResolutionState ABANDONED = VALUES.known("abandoned");

    private AiResolutionState(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value
     * @return the constant, or an unknown value keeping the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static AiResolutionState of(String value) {
        return VALUES.of(value);
    }

    /** @return the values this SDK version knows, in declaration order */
    public static List<AiResolutionState> values() {
        return VALUES.values();
    }
}
