package dev.switchboard.conversations.intercom.fin;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.core.spi.Checks;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of {@code POST /fin/csat}: your conversation id, the rating key the user chose from a
 * {@link FinCsatRequested} survey, and an optional remark. Immutable.
 *
 * <p>A remark can be added only once; after it the rating is locked (Intercom answers 422).
 *
 * <pre>{@code
 * FinCsatRequest.of("ext-123", CsatRating.AMAZING).withRemark("Fin solved my problem in seconds.");
 * }</pre>
 */
public final class FinCsatRequest {
    private final String conversationId;
    private final CsatRating rating;
    private final String remark;

    private FinCsatRequest(String conversationId, CsatRating rating, String remark) {
        this.conversationId = conversationId;
        this.rating = rating;
        this.remark = remark;
    }

    /**
     * @param conversationId your id of the conversation (the one started with, echoed on {@code csat_requested})
     * @param rating the key of the option the user chose; an unknown key is sent as it is
     * @return the request, without a remark
     * @throws IllegalArgumentException if the id is blank, or the rating missing or blank
     */
    public static FinCsatRequest of(String conversationId, CsatRating rating) {
        Checks.notBlank(conversationId, "conversationId");
        FinArgs.requireNonNull(rating, "rating");
        Checks.notBlank(rating.value(), "rating");
        return new FinCsatRequest(conversationId, rating, null);
    }

    /**
     * @param remark the user's free-text comment
     * @return a copy with the remark
     * @throws IllegalArgumentException if blank
     */
    public FinCsatRequest withRemark(String remark) {
        return new FinCsatRequest(conversationId, rating, Checks.notBlank(remark, "remark"));
    }

    /** @return your conversation id */
    public String conversationId() {
        return conversationId;
    }

    /** @return the rating key */
    public CsatRating rating() {
        return rating;
    }

    /** @return the JSON sent: {@code conversation_id}, {@code rating}, and {@code remark} when set */
    @JsonValue
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("conversation_id", conversationId);
        m.put("rating", rating.value());
        if (remark != null) {
            m.put("remark", remark);
        }
        return m;
    }

    /** @return id, rating and whether there is a remark; never the remark */
    @Override
    public String toString() {
        return "FinCsatRequest[" + conversationId + ", " + rating + (remark != null ? ", with remark" : "") + "]";
    }
}
