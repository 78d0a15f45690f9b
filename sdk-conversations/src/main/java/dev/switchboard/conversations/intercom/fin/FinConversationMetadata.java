package dev.switchboard.conversations.intercom.fin;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Context for {@code /fin/start} ({@code fin_agent_conversation_metadata}): the last messages before Fin joined (at
 * most {@value FinArgs#MAX_HISTORY}) and up to {@value FinArgs#MAX_ATTRIBUTES} conversation attributes. Immutable.
 *
 * <pre>{@code
 * FinConversationMetadata.builder()
 *         .history(List.of(FinMessage.user("I need help", t0), FinMessage.agent("What do you need help with?", t1)))
 *         .attribute("priority_level", "high")
 *         .build();
 * }</pre>
 */
public final class FinConversationMetadata {
    private final List<FinMessage> history;
    private final Map<String, Object> attributes;

    private FinConversationMetadata(Builder b) {
        this.history = b.history;
        this.attributes = b.attributes == null ? null : FinArgs.attributes(b.attributes, "conversation_metadata.attributes");
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the history, or an empty list */
    public List<FinMessage> history() {
        return history == null ? List.of() : history;
    }

    /** @return the JSON sent: {@code history} and {@code attributes} when set */
    @JsonValue
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (history != null) {
            m.put("history", history);
        }
        if (attributes != null) {
            m.put("attributes", attributes);
        }
        return m;
    }

    /** @return the sizes; never the contents */
    @Override
    public String toString() {
        return "FinConversationMetadata[" + history().size() + " history messages, "
                + (attributes == null ? 0 : attributes.size()) + " attributes]";
    }

    /** Builds {@link FinConversationMetadata}; not thread-safe. */
    public static final class Builder {
        private List<FinMessage> history;
        private Map<String, Object> attributes;

        private Builder() {
        }

        /**
         * @param history earlier messages, oldest first, at most {@value FinArgs#MAX_HISTORY}
         * @return this builder
         * @throws IllegalArgumentException if there are more, or one is null
         */
        public Builder history(List<FinMessage> history) {
            this.history = FinArgs.list(history, "conversation_metadata.history", FinArgs.MAX_HISTORY);
            return this;
        }

        /**
         * @param attributes every attribute, at most {@value FinArgs#MAX_ATTRIBUTES}; strings, numbers, booleans,
         *     {@code null}
         * @return this builder
         * @throws IllegalArgumentException if there are more or a value is of another type
         */
        public Builder attributes(Map<String, ?> attributes) {
            this.attributes = new LinkedHashMap<>(FinArgs.attributes(attributes, "conversation_metadata.attributes"));
            return this;
        }

        /**
         * @param name an attribute name
         * @param value a string, number, boolean or {@code null}
         * @return this builder
         * @throws IllegalArgumentException if the name is blank or the value of another type
         */
        public Builder attribute(String name, Object value) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put(name, value);
            FinArgs.attributes(one, "conversation_metadata.attributes");
            if (attributes == null) {
                attributes = new LinkedHashMap<>();
            }
            attributes.put(name, value);
            return this;
        }

        /**
         * @return the metadata
         * @throws IllegalArgumentException if more than {@value FinArgs#MAX_ATTRIBUTES} attributes were set
         */
        public FinConversationMetadata build() {
            return new FinConversationMetadata(this);
        }
    }
}
