package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A view of a JSON object whose keys are data rather than field names (properties namespaces, text variables, agent
 * priorities, session fields): created through {@code object(...)} or {@code list(...)} like any nested model, it
 * reads its values with sdk-core's readers, so a value of the wrong type fails with its full JSON path. Not a
 * model of its own: the models return what it reads.
 */
final class JsonFields extends JsonModel {

    JsonFields(JsonObject json) {
        super(json);
    }

    /**
     * @param key a key of this object
     * @return its value as an object, or {@code null}
     * @throws DecodeException if it is not an object
     */
    JsonObject objectAt(String key) {
        return rawObject(key);
    }

    /**
     * @param key a key of this object
     * @return its value as a list of strings, or {@code null}
     * @throws DecodeException if it is not an array
     */
    List<String> stringsAt(String key) {
        return strings(key);
    }

    /**
     * @param key a key of this object
     * @param view the nested model's constructor
     * @param <M> its type
     * @return the nested object as that model, placed under this one, or {@code null}
     * @throws DecodeException if it is not an object
     */
    <M extends JsonModel> M nested(String key, Function<JsonObject, ? extends M> view) {
        return object(key, view);
    }

    /**
     * @return every value as a string, in order, read-only
     * @throws DecodeException if a value is not a string
     */
    Map<String, String> asStrings() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : json().keySet()) {
            out.put(key, string(key));
        }
        return Collections.unmodifiableMap(out);
    }
}
