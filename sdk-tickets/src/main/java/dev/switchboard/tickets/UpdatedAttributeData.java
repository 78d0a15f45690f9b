package dev.switchboard.tickets;

import dev.switchboard.core.json.JsonArray;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an attribute-change part changed: the attribute and its new value; a typed view over the JSON. The value's
 * {@code id} is a string, {@code null} or a list of integer ids, and its {@code label} a string or a list of strings,
 * depending on the attribute's type.
 */
public final class UpdatedAttributeData extends JsonModel {

    /** @param json the object as sent */
    public UpdatedAttributeData(JsonObject json) {
        super(json);
    }

    /** @return the attribute */
    public Attribute attribute() {
        return object("attribute", Attribute::new);
    }

    /** @return the new value */
    public Value value() {
        return object("value", Value::new);
    }

    /** The attribute that changed. */
    public static final class Attribute extends JsonModel {

        /** @param json the object as sent */
        public Attribute(JsonObject json) {
            super(json);
        }

        /** @return {@code attribute} */
        public String type() {
            return string("type");
        }

        /** @return the attribute's id */
        public String id() {
            return id("id");
        }

        /** @return the attribute's label */
        public String label() {
            return string("label");
        }
    }

    /** The new value, as sent. */
    public static final class Value extends JsonModel {

        /** @param json the object as sent */
        public Value(JsonObject json) {
            super(json);
        }

        /** @return {@code value} */
        public String type() {
            return string("type");
        }

        /** @return the id as sent: a string, {@code null}, or a list of integer ids */
        public Object id() {
            return raw("id");
        }

        /** @return the label as sent: a string or a list of strings */
        public Object label() {
            return raw("label");
        }

        /** @return the id when it is a single string */
        public Optional<String> singleId() {
            return raw("id") instanceof String s ? Optional.of(s) : Optional.empty();
        }

        /** @return the ids when the id is a list (integers, or strings of digits); empty otherwise */
        public List<Long> ids() {
            List<Long> out = new ArrayList<>();
            JsonArray list = json().getArray("id");
            if (list != null) {
                for (int i = 0; i < list.size(); i++) {
                    Object o;
                    try {
                        o = list.get(i);
                    } catch (dev.switchboard.core.DecodeException outOfRange) {
                        continue;
                    }
                    if (o instanceof Integer || o instanceof Long) {
                        out.add(((Number) o).longValue());
                    } else if (o instanceof BigInteger b && b.bitLength() < 64) {
                        out.add(b.longValue());
                    } else if (o instanceof String s && s.matches("-?\\d{1,18}")) {
                        out.add(Long.parseLong(s));
                    }
                }
            }
            return List.copyOf(out);
        }

        /** @return the label as a list: one string, or the strings of a list; empty otherwise */
        public List<String> labels() {
            Object label;
            try {
                label = raw("label");
            } catch (dev.switchboard.core.DecodeException outOfRange) {
                return List.of();
            }
            if (label instanceof String s) {
                return List.of(s);
            }
            List<String> out = new ArrayList<>();
            JsonArray list = json().getArray("label");
            if (list != null) {
                for (int i = 0; i < list.size(); i++) {
                    Object o;
                    try {
                        o = list.get(i);
                    } catch (dev.switchboard.core.DecodeException outOfRange) {
                        o = null;
                    }
                    out.add(String.valueOf(o));
                }
            }
            return List.copyOf(out);
        }
    }
}
