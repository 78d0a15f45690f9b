package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;
import java.util.Objects;

/**
 * The answer to a filled form field, which LiveChat sends as a string ({@link Text}: name, e-mail, question, ...) or as
 * the chosen option ({@link Choice}: radio, select, group chooser, checkbox). Anything else is kept as
 * {@link Other}. The field's JSON keeps the answer as sent whichever it is.
 */
public sealed interface FormAnswer permits FormAnswer.Text, FormAnswer.Choice, FormAnswer.Other {

    /**
     * A text answer.
     *
     * @param text the answer
     */
    record Text(String text) implements FormAnswer {
        /** Checks the text. */
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A chosen option, a view over the option object. */
    final class Choice extends LiveChatModel implements FormAnswer {

        /** @param json the option as sent */
        public Choice(JsonObject json) {
            super(json);
        }

        /** @return the option's id: a string, or an integer read as its digits (and kept as a number in the JSON) */
        public String id() {
            return id("id");
        }

        /** @return its label */
        public String label() {
            return string("label");
        }

        /**
         * @return (group chooser) the group the customer chose
         * @throws DecodeException if it is not a 32-bit integer
         */
        public Integer groupId() {
            return integer("group_id");
        }
    }

    /**
     * An answer of another JSON type (a number, a boolean, a list), kept as {@link JsonObject#get} gives it.
     *
     * @param raw the answer
     */
    record Other(Object raw) implements FormAnswer {
        /** Checks the value. */
        public Other {
            Objects.requireNonNull(raw, "raw");
        }
    }
}
