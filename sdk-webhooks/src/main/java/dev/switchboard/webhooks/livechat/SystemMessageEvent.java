package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;
import java.util.Map;

/** A message written by LiveChat itself ({@code type: system_message}), for example "the chat was transferred". */
public final class SystemMessageEvent extends EventModel implements Event {

    /** @param json the event as sent */
    public SystemMessageEvent(JsonObject json) {
        super(json);
    }

    /** @return the text, or {@code null} */
    public String text() {
        return string("text");
    }

    /** @return what it reports, for example {@code routing.assigned} */
    public String systemMessageType() {
        return string("system_message_type");
    }

    /**
     * @return the values filled into the text, for example {@code agent}, read-only
     * @throws DecodeException if they are not an object of strings
     */
    public Map<String, String> textVars() {
        return stringMap("text_vars");
    }
}
