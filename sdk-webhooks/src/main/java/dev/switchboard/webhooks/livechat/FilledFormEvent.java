package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonArray;
import dev.switchboard.core.json.JsonObject;
import java.util.AbstractList;
import java.util.List;

/**
 * A form the customer filled in ({@code type: filled_form}). A field's {@code answer} is a string (name, e-mail,
 * question, ...) or a chosen option ({@code radio}, {@code select}, {@code group_chooser}); a checkbox has
 * {@code answers} instead.
 */
public final class FilledFormEvent extends EventModel implements Event {

    /** @param json the event as sent */
    public FilledFormEvent(JsonObject json) {
        super(json);
    }

    /** @return the form's id */
    public String formId() {
        return id("form_id");
    }

    /** @return {@code prechat}, {@code postchat}, {@code ask_for_email} or another */
    public String formType() {
        return string("form_type");
    }

    /**
     * @return the filled fields
     * @throws DecodeException if they are not an array
     */
    public List<Field> fields() {
        return list("fields", Field::new);
    }

    /** A filled field. */
    public static final class Field extends LiveChatModel {

        /** @param json the object as sent */
        public Field(JsonObject json) {
            super(json);
        }

        /** @return the field type, for example {@code email} or {@code checkbox} */
        public String type() {
            return string("type");
        }

        /** @return the field's id */
        public String id() {
            return id("id");
        }

        /** @return its label */
        public String label() {
            return string("label");
        }

        /**
         * @return the answer: {@link FormAnswer.Text} for a string, {@link FormAnswer.Choice} for an object,
         *     {@link FormAnswer.Other} for any other JSON value; {@code null} when absent (checkboxes) or null
         * @throws DecodeException if it is a number beyond what Java can represent
         */
        public FormAnswer answer() {
            Object v = value("answer");
            if (v instanceof String s) {
                return new FormAnswer.Text(s);
            }
            if (v instanceof JsonObject) {
                return object("answer", FormAnswer.Choice::new);
            }
            return v == null ? null : new FormAnswer.Other(v);
        }

        /**
         * @return (checkbox) the chosen options, each read as {@link #answer()} reads one
         * @throws DecodeException if they are not an array
         */
        public List<FormAnswer> answers() {
            JsonArray raw = rawArray("answers");
            if (raw == null) {
                return null;
            }
            List<FormAnswer.Choice> choices = list("answers", FormAnswer.Choice::new);
            return new AbstractList<>() {
                @Override
                public FormAnswer get(int i) {
                    Object v = raw.get(i);
                    if (v instanceof String s) {
                        return new FormAnswer.Text(s);
                    }
                    if (v instanceof JsonObject) {
                        return choices.get(i);
                    }
                    return v == null ? null : new FormAnswer.Other(v);
                }

                @Override
                public int size() {
                    return raw.size();
                }
            };
        }

        /**
         * @return the answer's text: the string answer, or the chosen option's label; {@code null} if none
         * @throws DecodeException if the answer, or the chosen option's label, is of an unexpected type
         */
        public String answerText() {
            FormAnswer answer = answer();
            if (answer instanceof FormAnswer.Text t) {
                return t.text();
            }
            return answer instanceof FormAnswer.Choice c ? c.label() : null;
        }
    }
}
