package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;
import java.util.Map;

/** An event with content defined by an app ({@code type: custom}); the content is any JSON, kept as sent. */
public final class CustomEvent extends EventModel implements Event {

    /** @param json the event as sent */
    public CustomEvent(JsonObject json) {
        super(json);
    }

    /**
     * @return the content, as raw JSON
     * @throws DecodeException if it is not an object
     */
    public Map<String, Object> content() {
        return rawObject("content");
    }
}
