package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/** A form shown in the chat ({@code type: form}), for example the pre-chat survey. */
public final class FormEvent extends EventModel implements Event {

    /** @param json the event as sent */
    public FormEvent(JsonObject json) {
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
     * @return its fields
     * @throws DecodeException if they are not an array
     */
    public List<Field> fields() {
        return list("fields", Field::new);
    }

    /** A field of a form. */
    public static final class Field extends LiveChatModel {

        /** @param json the object as sent */
        public Field(JsonObject json) {
            super(json);
        }

        /**
         * @return {@code name}, {@code email}, {@code question}, {@code textarea}, {@code radio}, {@code select},
         *     {@code checkbox}, {@code group_chooser}, ...
         */
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

        /** @return whether it must be filled */
        public Boolean required() {
            return bool("required");
        }

        /**
         * @return the choices, for choice fields
         * @throws DecodeException if they are not an array
         */
        public List<Option> options() {
            return list("options", Option::new);
        }
    }

    /** A choice of a form field; other fields (for example {@code group_id} of a group chooser) are in {@link #json()}. */
    public static final class Option extends LiveChatModel {

        /** @param json the object as sent */
        public Option(JsonObject json) {
            super(json);
        }

        /** @return the choice's id */
        public String id() {
            return id("id");
        }

        /** @return its label */
        public String label() {
            return string("label");
        }
    }
}
