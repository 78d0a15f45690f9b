package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.core.json.EpochSecondsSerializer;
import dev.switchboard.core.json.Extras;
import java.time.Instant;
import java.util.Map;

/**
 * The AI agent's (Fin's) involvement in a conversation ({@code ai_agent}). The API documents each nullable field as
 * "returns {@code null}", so a {@code null} is written back as {@code null}.
 *
 * @param sourceType what brought the AI agent in, or {@code null}
 * @param sourceTitle the title of that source, or {@code null}
 * @param lastAnswerType the kind of its last answer, or {@code null} when it gave none
 * @param resolutionState how its involvement ended, or {@code null}
 * @param rating the contact's rating of the AI agent, 1 to 5, or {@code null}
 * @param ratingRemark the contact's remark, or {@code null}
 * @param createdAt (2.14) when the rating was created, or {@code null}
 * @param updatedAt (2.14) when the rating last changed, or {@code null}
 * @param contentSources the content it used
 * @param extra fields this SDK does not know
 */
public record AiAgent(
        @JsonProperty("source_type") @JsonInclude(JsonInclude.Include.ALWAYS) AiAgentSourceType sourceType,
        @JsonProperty("source_title") @JsonInclude(JsonInclude.Include.ALWAYS) String sourceTitle,
        @JsonProperty("last_answer_type") @JsonInclude(JsonInclude.Include.ALWAYS) AiAnswerType lastAnswerType,
        @JsonProperty("resolution_state") @JsonInclude(JsonInclude.Include.ALWAYS) AiResolutionState resolutionState,
        @JsonProperty("rating") @JsonInclude(JsonInclude.Include.ALWAYS) Integer rating,
        @JsonProperty("rating_remark") @JsonInclude(JsonInclude.Include.ALWAYS) String ratingRemark,
        @JsonProperty("created_at") @JsonInclude(JsonInclude.Include.ALWAYS)
                @JsonSerialize(using = EpochSecondsSerializer.class) Instant createdAt,
        @JsonProperty("updated_at") @JsonInclude(JsonInclude.Include.ALWAYS)
                @JsonSerialize(using = EpochSecondsSerializer.class) Instant updatedAt,
        @JsonProperty("content_sources") ContentSourceList contentSources,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public AiAgent {
        extra = Extras.of(extra);
    }
}
