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
 * A form the customer filled in ({@code type: filled_form}). A field's {@code answer} is a string (name, e-mail,
 * question, ...) or a chosen option ({@code radio}, {@code select}, {@code group_chooser}); a checkbox has
 * {@code answers} instead.
 *
 * @param id the event's id
 * @param customId the sender's id for it, or {@code null}
 * @param type {@code filled_form}
 * @param authorId who sent it
 * @param createdAt when it was created
 * @param visibility {@code all} or {@code agents}
 * @param properties its properties, or {@code null}
 * @param deleted (3.6) {@code true} when deleted, else {@code null}
 * @param formId the form's id
 * @param formType {@code prechat}, {@code postchat}, {@code ask_for_email} or another
 * @param fields the filled fields
 * @param extra fields this SDK does not know
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record FilledFormEvent(
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
    public FilledFormEvent {
        properties = Copies.map(properties);
        fields = Copies.list(fields);
        extra = Extras.of(extra);
    }

    /**
     * A filled field.
     *
     * @param type the field type, for example {@code email} or {@code checkbox}
     * @param id the field's id
     * @param label its label
     * @param answer the answer: {@link FormAnswer.Text} or {@link FormAnswer.Choice}; {@code null} for checkboxes
     * @param answers (checkbox) the chosen options
     * @param extra fields this SDK does not know
     */
    public record Field(
            @JsonProperty("type") String type,
            @JsonProperty("id") String id,
            @JsonProperty("label") String label,
            @JsonProperty("answer") FormAnswer answer,
            @JsonProperty("answers") List<FormAnswer> answers,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps the collections immutable. */
        public Field {
            answers = Copies.list(answers);
            extra = Extras.of(extra);
        }

        /** @return the answer's text: the string answer, or the chosen option's label; {@code null} if none */
        public String answerText() {
            if (answer instanceof FormAnswer.Text t) {
                return t.text();
            }
            return answer instanceof FormAnswer.Choice c ? c.label() : null;
        }
    }
}
