package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.json.JsonObject;

/**
 * An event of a type this SDK does not know (or with no type), kept whole: its common fields are read, everything
 * else is in {@link #json()}.
 */
public final class UnknownEvent extends EventModel implements Event {

    /** @param json the event as sent */
    public UnknownEvent(JsonObject json) {
        super(json);
    }
}
