package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * The kind of the last answer the AI agent delivered ({@code ai_agent.last_answer_type}).
 * A value this SDK does not know yet is kept with its raw string ({@link #isKnown()} is false).
 */
public final class AiAnswerType extends OpenEnum {
    private static final OpenEnumValues<AiAnswerType> VALUES = new OpenEnumValues<>(AiAnswerType::new);
    /** {@code ai_answer} */
    public static final AiAnswerType AI_ANSWER = VALUES.known("ai_answer");
    /** {@code custom_answer} */
    public static final AiAnswerType CUSTOM_ANSWER = VALUES.known("custom_answer");

    private AiAnswerType(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value
     * @return the constant, or an unknown value keeping the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static AiAnswerType of(String value) {
        return VALUES.of(value);
    }

    /** @return the values this SDK version knows, in declaration order */
    public static List<AiAnswerType> values() {
        return VALUES.values();
    }
}
