package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * The envelope's {@code additional_data}: only filled with what the webhook asked for at registration ({@code {}} for
 * configuration webhooks).
 */
public final class AdditionalData extends LiveChatModel {

    /** @param json the object as sent */
    public AdditionalData(JsonObject json) {
        super(json);
    }

    /**
     * @return the chat's properties, namespace to name to any JSON value, or {@code null} when not asked for
     * @throws DecodeException if they, or a namespace, are not an object
     */
    public Map<String, Map<String, Object>> chatProperties() {
        return namespaces("chat_properties");
    }

    /**
     * @return the ids of the users present in the chat, or {@code null} when not asked for
     * @throws DecodeException if they are not an array
     */
    public List<String> chatPresenceUserIds() {
        return strings("chat_presence_user_ids");
    }
}
