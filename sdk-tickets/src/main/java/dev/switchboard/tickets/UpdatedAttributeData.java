package dev.switchboard.tickets;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * (2.14) What an attribute-update ticket part changed: the attribute and its new value. The value's {@code id} is a
 * string (or null) for single-value attributes and an array of integer ids for multi-value lists; its {@code label}
 * is a string or an array of strings. Both shapes are read and written back unchanged.
 *
 * @param attribute the attribute that changed
 * @param value its new value
 * @param extra fields this SDK does not know
 */
public record UpdatedAttributeData(
        @JsonProperty("attribute") Attribute attribute,
        @JsonProperty("value") Value value,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public UpdatedAttributeData {
        extra = Extras.of(extra);
    }

    /**
     * The attribute.
     *
     * @param type {@code attribute}
     * @param id the attribute's id
     * @param label the attribute's label
     * @param extra fields this SDK does not know
     */
    public record Attribute(
            @JsonProperty("type") String type,
            @JsonProperty("id") String id,
            @JsonProperty("label") String label,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public Attribute {
            extra = Extras.of(extra);
        }
    }

    /**
     * The new value, as sent.
     *
     * @param type {@code value}
     * @param id a string, {@code null}, or a list of integer ids
     * @param label a string or a list of strings
     * @param extra fields this SDK does not know
     */
    public record Value(
            @JsonProperty("type") String type,
            @JsonProperty("id") @JsonInclude(JsonInclude.Include.ALWAYS) Object id,
            @JsonProperty("label") Object label,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public Value {
            extra = Extras.of(extra);
        }

        /** @return the id of a single-value attribute */
        public Optional<String> singleId() {
            return id instanceof String s ? Optional.of(s) : Optional.empty();
        }

        /** @return the ids of a multi-value attribute; empty for a single value */
        public List<Long> ids() {
            List<Long> out = new ArrayList<>();
            if (id instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Number n) {
                        out.add(n.longValue());
                    } else if (o instanceof String s && s.matches("-?\\d{1,18}")) {
                        out.add(Long.parseLong(s));
                    }
                }
            }
            return List.copyOf(out);
        }

        /** @return the label or labels, as a list */
        public List<String> labels() {
            if (label instanceof String s) {
                return List.of(s);
            }
            List<String> out = new ArrayList<>();
            if (label instanceof List<?> list) {
                list.forEach(o -> out.add(String.valueOf(o)));
            }
            return List.copyOf(out);
        }
    }
}
