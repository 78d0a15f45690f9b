package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * What brought the AI agent (Fin) into a conversation ({@code ai_agent.source_type}).
 * A value this SDK does not know yet is kept with its raw string ({@link #isKnown()} is false).
 */
public final class AiAgentSourceType extends OpenEnum {
    private static final OpenEnumValues<AiAgentSourceType> VALUES = new OpenEnumValues<>(AiAgentSourceType::new);
    /** {@code essentials_plan_setup} */
    public static final AiAgentSourceType ESSENTIALS_PLAN_SETUP = VALUES.known("essentials_plan_setup");
    /** {@code profile} */
    public static final AiAgentSourceType PROFILE = VALUES.known("profile");
    /** {@code workflow} */
    public static final AiAgentSourceType WORKFLOW = VALUES.known("workflow");
    /** {@code workflow_preview} */
    public static final AiAgentSourceType WORKFLOW_PREVIEW = VALUES.known("workflow_preview");
    /** {@code fin_preview} */
    public static final AiAgentSourceType FIN_PREVIEW = VALUES.known("fin_preview");

    private AiAgentSourceType(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value
     * @return the constant, or an unknown value keeping the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static AiAgentSourceType of(String value) {
        return VALUES.of(value);
    }

    /** @return the values this SDK version knows, in declaration order */
    public static List<AiAgentSourceType> values() {
        return VALUES.values();
    }
}
