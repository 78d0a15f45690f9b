package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.switchboard.core.json.Extras;
import dev.switchboard.webhooks.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * A form shown in the chat ({@code type: form}), for example the pre-chat survey.
 *
 * @param id the event's id
 * @param customId the sender's id for it, or {@code null}
 * @param type {@code form}
 * @param authorId who sent it
 * @param createdAt when it was created
 * @param visibility {@code all} or {@code agents}
 * @param properties its properties, or {@code null}
 * @param deleted (3.6) {@code true} when deleted, else {@code null}
 * @param formId the form's id
 * @param formType {@code prechat}, {@code postchat}, {@code ask_for_email} or another
 * @param fields its fields
 * @param extra fields this SDK does not know
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record FormEvent(
        @JsonProperty("id") String id,
        @JsonProperty("custom_id") String customId,
        @JsonProperty("type") String type,
        @JsonProperty("author_id") String authorId,
        @JsonProperty("created_at") Timestamp createdAt,
        @JsonProperty("visibility") String visibility,
        @JsonProperty("properties") Map<String, Map<String, Object>> properties,
        @JsonProperty("deleted") Boolean deleted,
        @JsonProperty("form_id") String formId,
        @JsonProperty("form_type") String formType,
        @JsonProperty("fields") List<Field> fields,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements Event {

    /** Keeps the collections immutable. */
    public FormEvent {
        properties = Copies.map(properties);
        fields = Copies.list(fields);
        extra = Extras.of(extra);
    }

    /**
     * A field of a form.
     *
     * @param type {@code name}, {@code email}, {@code question}, {@code textarea}, {@code radio}, {@code select},
     *     {@code checkbox}, {@code group_chooser}, ...
     * @param id the field's id
     * @param label its label
     * @param required whether it must be filled
     * @param options the choices, for choice fields
     * @param extra fields this SDK does not know
     */
    public record Field(
            @JsonProperty("type") String type,
            @JsonProperty("id") String id,
            @JsonProperty("label") String label,
            @JsonProperty("required") Boolean required,
            @JsonProperty("options") List<Option> options,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps the collections immutable. */
        public Field {
            options = Copies.list(options);
            extra = Extras.of(extra);
        }
    }

    /**
     * A choice of a form field.
     *
     * @param id the choice's id
     * @param label its label
     * @param extra fields this SDK does not know (for example {@code group_id} of a group chooser)
     */
    public record Option(
            @JsonProperty("id") String id,
            @JsonProperty("label") String label,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public Option {
            extra = Extras.of(extra);
        }
    }
}
