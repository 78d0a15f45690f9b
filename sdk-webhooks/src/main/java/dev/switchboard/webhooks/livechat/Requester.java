package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.json.JsonObject;

/**
 * Who caused a configuration webhook (3.6+: {@code agent_*}, {@code bot_*}, {@code group_*}, {@code tag_*},
 * {@code auto_accesses_updated}); a sibling of {@code payload} in the envelope.
 */
public final class Requester extends LiveChatModel {

    /** @param json the object as sent */
    public Requester(JsonObject json) {
        super(json);
    }

    /** @return the user's id, usually an e-mail */
    public String userId() {
        return id("user_id");
    }

    /** @return the LiveChat account id */
    public String accountId() {
        return id("account_id");
    }

    /** @return the OAuth client id of the app that made the change */
    public String clientId() {
        return id("client_id");
    }
}
