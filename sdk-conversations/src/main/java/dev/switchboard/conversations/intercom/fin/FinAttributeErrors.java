package dev.switchboard.conversations.intercom.fin;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The attribute updates Intercom refused on {@code /fin/start} or {@code /fin/reply}
 * ({@code fin_agent_attribute_errors}): attribute name to message, for the user and for the conversation. The call
 * itself succeeded; Fin just runs without those attributes.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}).
 */
public final class FinAttributeErrors extends JsonModel {

    /** @param json the object as sent */
    public FinAttributeErrors(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code user.attributes}: name to message, in the order sent (a {@code null} message is left out);
     *     empty when none
     * @throws DecodeException if {@code user} or its {@code attributes} is not an object, or a message not a string
     */
    public Map<String, String> userAttributes() {
        return messages("user");
    }

    /**
     * @return {@code conversation.attributes}: name to message, in the order sent; empty when none
     * @throws DecodeException if {@code conversation} or its {@code attributes} is not an object, or a message not a
     *     string
     */
    public Map<String, String> conversationAttributes() {
        return messages("conversation");
    }

    private Map<String, String> messages(String side) {
        Side v = object(side, Side::new);
        if (v == null) {
            return Map.of();
        }
        Messages m = v.attributes();
        return m == null ? Map.of() : m.all();
    }

    /** {@code user} or {@code conversation}. */
    static final class Side extends JsonModel {
        Side(JsonObject json) {
            super(json);
        }

        Messages attributes() {
            return object("attributes", Messages::new);
        }
    }

    /** Attribute name to message. */
    static final class Messages extends JsonModel {
        Messages(JsonObject json) {
            super(json);
        }

        Map<String, String> all() {
            Map<String, String> out = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : json().entrySet()) {
                String message = string(e.getKey());
                if (message != null) {
                    out.put(e.getKey(), message);
                }
            }
            return Collections.unmodifiableMap(out);
        }
    }
}
