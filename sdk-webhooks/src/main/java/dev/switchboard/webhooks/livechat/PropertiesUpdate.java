package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;
import java.util.Map;

/**
 * The payload of {@code chat_properties_updated}, {@code thread_properties_updated} and
 * {@code event_properties_updated}: only the properties that changed, namespace to name to the new value (any JSON
 * value: string, number, boolean, object, kept with its JSON type).
 */
public final class PropertiesUpdate extends LiveChatModel {

    /** @param json the payload as sent */
    public PropertiesUpdate(JsonObject json) {
        super(json);
    }

    /** @return the chat */
    public String chatId() {
        return id("chat_id");
    }

    /** @return the thread (thread and event properties) */
    public String threadId() {
        return id("thread_id");
    }

    /** @return the event (event properties) */
    public String eventId() {
        return id("event_id");
    }

    /**
     * @return the changed properties, read-only
     * @throws DecodeException if they, or a namespace, are not an object
     */
    public Map<String, Map<String, Object>> properties() {
        return namespaces("properties");
    }
}
