package dev.switchboard.webhooks.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/**
 * The {@code content_stat} object of a content-stat notification: what happened to which piece of outbound content
 * (an email, a post, a tour, a survey, ...). The reference names {@code stat_type} (receipt, goal_success, open,
 * click, reply, completion, ...); the other accessors read the content's identifiers under the names the content
 * data export uses for them ({@code content_type}, {@code content_id}, {@code ruleset_id}, {@code series_id}), which
 * the webhook reference does not list. Everything else (survey answers, for example) is in {@link #json()}.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ContentStat extends JsonModel {

    /** @param json the object as sent */
    public ContentStat(JsonObject json) {
        super(json);
    }

    /**
     * @return the stat's id (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return what happened: {@code receipt}, {@code goal_success}, {@code open}, {@code click}, {@code reply},
     *     {@code completion}, ... (an open set, kept as sent), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String statType() {
        return string("stat_type");
    }

    /**
     * @return the kind of content, for example {@code email}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String contentType() {
        return string("content_type");
    }

    /**
     * @return the content's id (in an A/B test each version has its own; a number is read as its digits), or
     *     {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String contentId() {
        return id("content_id");
    }

    /**
     * @return the id of the message the content belongs to (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String rulesetId() {
        return id("ruleset_id");
    }

    /**
     * @return the id of the series the content is part of (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String seriesId() {
        return id("series_id");
    }
}
