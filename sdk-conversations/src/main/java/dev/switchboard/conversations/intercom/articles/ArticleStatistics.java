package dev.switchboard.conversations.intercom.articles;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.math.BigDecimal;

/**
 * An article's statistics ({@code article_statistics}), sent with a single article (get, create, update) and not in
 * lists. The spec's schema calls the conversation count {@code conversions}, its examples send {@code conversations}:
 * {@link #conversations()} reads either.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ArticleStatistics extends JsonModel {

    /** @param json the object as sent */
    public ArticleStatistics(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code article_statistics}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return how many times it was viewed, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 64 bits
     */
    public Long views() {
        return longNumber("views");
    }

    /**
     * @return how many conversations were started from it: {@code conversions} as the schema names it, else
     *     {@code conversations} as the examples send it; {@code null} when neither is there
     * @throws dev.switchboard.core.DecodeException if the field read is not an integer of 64 bits
     */
    public Long conversations() {
        return has("conversions") ? longNumber("conversions") : longNumber("conversations");
    }

    /**
     * @return how many reactions it received, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 64 bits
     */
    public Long reactions() {
        return longNumber("reactions");
    }

    /**
     * @return the share of happy reactions, in percent, exactly as sent, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a number
     */
    public BigDecimal happyReactionPercentage() {
        return decimal("happy_reaction_percentage");
    }

    /**
     * @return the share of neutral reactions, in percent, exactly as sent, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a number
     */
    public BigDecimal neutralReactionPercentage() {
        return decimal("neutral_reaction_percentage");
    }

    /**
     * @return the share of sad reactions, in percent, exactly as sent, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a number
     */
    public BigDecimal sadReactionPercentage() {
        return decimal("sad_reaction_percentage");
    }
}
