package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.switchboard.core.json.Extras;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to a filled form field, which LiveChat sends as a string ({@link Text}: name, e-mail, question, ...) or as
 * the chosen option ({@link Choice}: radio, select, group chooser, checkbox). Anything else is kept as
 * {@link Other}.
 */
@JsonDeserialize(using = FormAnswerDeserializer.class)
public sealed interface FormAnswer permits FormAnswer.Text, FormAnswer.Choice, FormAnswer.Other {

    /**
     * A text answer, written back as a JSON string.
     *
     * @param text the answer
     */
    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Text(@JsonValue String text) implements FormAnswer {
        /** Checks the text. */
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A chosen option.
     *
     * @param id the option's id
     * @param label its label
     * @param groupId (group chooser) the group the customer chose
     * @param extra fields this SDK does not know
     */
    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Choice(
            @JsonProperty("id") String id,
            @JsonProperty("label") String label,
            @JsonProperty("group_id") Integer groupId,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements FormAnswer {

        /** Keeps unknown fields immutable. */
        public Choice {
            extra = Extras.of(extra);
        }
    }

    /**
     * An answer of another JSON type (a number, a list, ...), kept as sent.
     *
     * @param raw the answer
     */
    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Other(@JsonValue JsonNode raw) implements FormAnswer {
        /** Checks the value. */
        public Other {
            Objects.requireNonNull(raw, "raw");
        }
    }
}
