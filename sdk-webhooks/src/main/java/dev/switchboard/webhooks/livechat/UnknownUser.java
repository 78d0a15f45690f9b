package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.json.JsonObject;

/** A chat user of a type this SDK does not know (or with no type), kept whole: every field is in {@link #json()}. */
public final class UnknownUser extends UserModel implements User {

    /** @param json the user as sent */
    public UnknownUser(JsonObject json) {
        super(json);
    }
}
