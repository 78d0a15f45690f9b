package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Map;

/**
 * Who caused a configuration webhook (3.6+: {@code agent_*}, {@code bot_*}, {@code group_*}, {@code tag_*},
 * {@code auto_accesses_updated}); a sibling of {@code payload} in the envelope.
 *
 * @param userId the user's id, usually an e-mail
 * @param accountId the LiveChat account id
 * @param clientId the OAuth client id of the app that made the change
 * @param extra fields this SDK does not know
 */
public record Requester(
        @JsonProperty("user_id") String userId,
        @JsonProperty("account_id") String accountId,
        @JsonProperty("client_id") String clientId,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public Requester {
        extra = Extras.of(extra);
    }
}
