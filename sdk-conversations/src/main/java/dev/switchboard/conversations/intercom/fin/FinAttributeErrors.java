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
     * @return {@code user.attributes}: name to message, in the order sent; empty when none
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
        Object s = json().get(side);
        if (s == null) {
            return Map.of();
        }
        if (!(s instanceof JsonObject so)) {
            throw wrong(side, "an object");
        }
        Object a = so.get("attributes");
        if (a == null) {
            return Map.of();
        }
        if (!(a instanceof JsonObject ao)) {
            throw wrong(side + ".attributes", "an object");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : ao.entrySet()) {
            if (!(e.getValue() instanceof String msg)) {
                throw wrong(side + ".attributes." + e.getKey(), "a string");
            }
            out.put(e.getKey(), msg);
        }
        return Collections.unmodifiableMap(out);
    }

    private static DecodeException wrong(String field, String expected) {
        return new DecodeException("could not read FinAttributeErrors." + field + ": expected " + expected,
                "path $.errors." + field, null);
    }
}
