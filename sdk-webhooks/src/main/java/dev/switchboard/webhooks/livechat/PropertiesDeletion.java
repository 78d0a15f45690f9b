package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * The payload of {@code chat_properties_deleted}, {@code thread_properties_deleted} and
 * {@code event_properties_deleted}: namespace to the names of the deleted properties.
 */
public final class PropertiesDeletion extends LiveChatModel {

    /** @param json the payload as sent */
    public PropertiesDeletion(JsonObject json) {
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
     * @return the deleted property names by namespace, read-only; a name that is not a string throws
     *     {@link DecodeException} when it is read
     * @throws DecodeException if they are not an object, or a namespace is not an array
     */
    public Map<String, List<String>> properties() {
        return nameLists("properties");
    }
}
