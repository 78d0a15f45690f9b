package dev.switchboard.conversations.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;

/**
 * The AI agent's (Fin's) involvement in a conversation ({@code ai_agent}). The API documents each nullable field as
 * "returns {@code null}"; a {@code null} reads as {@code null} and is written back as {@code null}.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class AiAgent extends JsonModel {

    /** @param json the object as sent */
    public AiAgent(JsonObject json) {
        super(json);
    }

    /**
     * @return what brought the AI agent in (open: unknown values are kept), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public AiAgentSourceType sourceType() {
        return openEnum("source_type", AiAgentSourceType::of);
    }

    /**
     * @return the title of that source, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String sourceTitle() {
        return string("source_title");
    }

    /**
     * @return the kind of its last answer, or {@code null} when it gave none
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public AiAnswerType lastAnswerType() {
        return openEnum("last_answer_type", AiAnswerType::of);
    }

    /**
     * @return how its involvement ended, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public AiResolutionState resolutionState() {
        return openEnum("resolution_state", AiResolutionState::of);
    }

    /**
     * @return the contact's rating of the AI agent, 1 to 5, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 32 bits
     */
    public Integer rating() {
        return integer("rating");
    }

    /**
     * @return the contact's remark, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String ratingRemark() {
        return string("rating_remark");
    }

    /**
     * @return (2.14) when the rating was created, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant createdAt() {
        return instant("created_at");
    }

    /**
     * @return (2.14) when the rating last changed, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant updatedAt() {
        return instant("updated_at");
    }

    /**
     * @return the content it used, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public ContentSourceList contentSources() {
        return object("content_sources", ContentSourceList::new);
    }
}
