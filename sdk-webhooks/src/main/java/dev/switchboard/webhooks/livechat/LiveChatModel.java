package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.AbstractList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The base of this package's models: sdk-core's readers plus the shapes LiveChat uses that sdk-core has no reader
 * for (RFC 3339 timestamps kept as text, properties, string maps). Every reader returns {@code null} for an absent or
 * JSON {@code null} field and throws {@link DecodeException} naming the JSON path for a value of another type; the
 * nested values are read through {@link JsonFields} views so that their paths are right too.
 */
abstract class LiveChatModel extends JsonModel {

    LiveChatModel(JsonObject json) {
        super(json);
    }

    /**
     * @param field a key
     * @return the timestamp, its text kept as sent, or {@code null}
     * @throws DecodeException if the value is not a string
     */
    final Timestamp timestamp(String field) {
        String s = string(field);
        return s == null ? null : Timestamp.of(s);
    }

    /**
     * @param field a key
     * @return the value of any JSON type, as {@link JsonObject#get} gives it, or {@code null}
     * @throws DecodeException naming the path if it is a number beyond what Java can represent
     */
    final Object value(String field) {
        try {
            return raw(field);
        } catch (DecodeException e) {
            // Only a number can fail to be exposed; reading it as one reports the failure with its path.
            return number(field);
        }
    }

    /**
     * Properties: namespace to name to any JSON value, the values kept with their JSON types.
     *
     * @param field a key
     * @return a read-only map of the namespaces, or {@code null}
     * @throws DecodeException if the value is not an object, or a namespace is not an object
     */
    @SuppressWarnings("unchecked")
    final Map<String, Map<String, Object>> namespaces(String field) {
        JsonFields f = object(field, JsonFields::new);
        if (f == null) {
            return null;
        }
        for (String namespace : f.json().keySet()) {
            f.objectAt(namespace);
        }
        // Every value is now known to be an object (or null), and a JsonObject is a Map<String, Object>.
        return (Map<String, Map<String, Object>>) (Map<String, ?>) f.json();
    }

    /**
     * @param field a key
     * @return a read-only map of namespace to a list of names, or {@code null}; a name of another type throws
     *     {@link DecodeException} when it is read
     * @throws DecodeException if the value is not an object, or a namespace is not an array
     */
    final Map<String, List<String>> nameLists(String field) {
        JsonFields f = object(field, JsonFields::new);
        if (f == null) {
            return null;
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String namespace : f.json().keySet()) {
            out.put(namespace, f.stringsAt(namespace));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * @param field a key
     * @return a read-only map of its string values, in order, or {@code null}
     * @throws DecodeException if the value is not an object, or one of its values is not a string
     */
    final Map<String, String> stringMap(String field) {
        JsonFields f = object(field, JsonFields::new);
        return f == null ? null : f.asStrings();
    }

    /**
     * @param field a key
     * @return a read-only list of objects of string values ({@code [{"key": "value"}]}), or {@code null}; an element
     *     of another shape throws {@link DecodeException} when it is read
     * @throws DecodeException if the value is not an array
     */
    final List<Map<String, String>> stringMaps(String field) {
        List<JsonFields> fields = list(field, JsonFields::new);
        return fields == null ? null : new AbstractList<>() {
            @Override
            public Map<String, String> get(int i) {
                JsonFields f = fields.get(i);
                return f == null ? null : f.asStrings();
            }

            @Override
            public int size() {
                return fields.size();
            }
        };
    }

    /**
     * @param field a key
     * @return a read-only list of raw JSON objects, or {@code null}; an element that is not an object throws
     *     {@link DecodeException} when it is read
     * @throws DecodeException if the value is not an array
     */
    final List<Map<String, Object>> objects(String field) {
        List<JsonFields> fields = list(field, JsonFields::new);
        return fields == null ? null : new AbstractList<>() {
            @Override
            public Map<String, Object> get(int i) {
                JsonFields f = fields.get(i);
                return f == null ? null : f.json();
            }

            @Override
            public int size() {
                return fields.size();
            }
        };
    }
}
