package dev.switchboard.conversations.moveworks;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The typed view of an interaction's {@code detail}, one variant per {@link InteractionType}. Every variant is a view
 * over the raw detail ({@link #raw()}, empty when the server sent none); a value of an unexpected JSON type fails
 * only its own accessor, and stays in the raw detail.
 *
 * <pre>{@code
 * InteractionDetail d = interaction.detail();
 * if (d instanceof InteractionDetail.FreeText t) {
 *     System.out.println(t.domain() + " / " + t.entity() + ": " + t.content());
 * }
 * d.text().ifPresent(System.out::println);          // the content of any variant that has one
 * }</pre>
 */
public sealed interface InteractionDetail {

    /** @return the interaction type the variant was chosen by; may be {@code null} for {@link Unknown} */
    InteractionType type();

    /** @return the detail object as sent (JSON types kept), or an empty object when the server sent none */
    Map<String, Object> raw();

    /**
     * @return the detail's {@code content} when it is text: the message, button label, clicked URL or uploaded
     *     content; empty when absent, {@code null} or not a string
     */
    default Optional<String> text() {
        return raw().get("content") instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /**
     * @param type the interaction's type, or {@code null}
     * @param raw the raw detail, or {@code null}
     * @return the variant for {@code type}
     */
    static InteractionDetail of(InteractionType type, JsonObject raw) {
        JsonObject r = raw == null ? JsonObject.EMPTY : raw;
        if (InteractionType.FREE_TEXT.equals(type)) {
            return new FreeText(r);
        }
        if (InteractionType.BOT_MESSAGE.equals(type)) {
            return new BotMessage(r);
        }
        if (InteractionType.BUTTON_CLICK.equals(type)) {
            return new ButtonClick(r);
        }
        if (InteractionType.LINK_CLICK.equals(type)) {
            return new LinkClick(r);
        }
        if (InteractionType.UIFORM_SUBMISSION.equals(type)) {
            return new UiFormSubmission(r);
        }
        if (InteractionType.CONTENT_UPLOAD.equals(type)) {
            return new ContentUpload(r);
        }
        return new Unknown(type, r);
    }

    /** The shared part of every variant: the type it was chosen by, and the detail it views. */
    abstract sealed class Variant extends JsonModel implements InteractionDetail {
        private final InteractionType type;

        Variant(InteractionType type, JsonObject raw) {
            super(raw);
            this.type = type;
        }

        @Override
        public final InteractionType type() {
            return type;
        }

        @Override
        public final Map<String, Object> raw() {
            return json();
        }
    }

    /** A message the user typed. */
    final class FreeText extends Variant {
        FreeText(JsonObject raw) {
            super(InteractionType.FREE_TEXT, raw);
        }

        /** @return the text */
        public String content() {
            return string("content");
        }

        /** @return the detected domain, or {@code null} */
        public Domain domain() {
            return openEnum("domain", Domain::of);
        }

        /** @return the detected topic ({@code vpn}, {@code pto}, {@code greeting}, ...), or {@code null} */
        public String entity() {
            return string("entity");
        }
    }

    /** A message of the bot, including SysEvent notifications and interception reach-outs. */
    final class BotMessage extends Variant {
        BotMessage(JsonObject raw) {
            super(InteractionType.BOT_MESSAGE, raw);
        }

        /** @return the text; {@code null} for the rare blank SysEvent message */
        public String content() {
            return string("content");
        }
    }

    /** A button click. */
    final class ButtonClick extends Variant {
        ButtonClick(JsonObject raw) {
            super(InteractionType.BUTTON_CLICK, raw);
        }

        /** @return the button's label, for example {@code Approve} */
        public String content() {
            return string("content");
        }
    }

    /** A link click. */
    final class LinkClick extends Variant {
        LinkClick(JsonObject raw) {
            super(InteractionType.LINK_CLICK, raw);
        }

        /** @return the clicked resource ({@code GET_HELP}, {@code INFO}, an id), or {@code null} */
        public String resourceId() {
            return id("resource_id");
        }

        /** @return its type, for example {@link ResourceType#INTERNAL_LINK}, or {@code null} */
        public ResourceType resourceType() {
            return openEnum("type", ResourceType::of);
        }

        /** @return the URL, when sent */
        public String content() {
            return string("content");
        }
    }

    /** A form submission. */
    final class UiFormSubmission extends Variant {
        UiFormSubmission(JsonObject raw) {
            super(InteractionType.UIFORM_SUBMISSION, raw);
        }

        /** @return what the submission produced or was called, for example a record number {@code RITM0010536} */
        public String detail() {
            return id("detail");
        }

        /** @return the form's id, when sent */
        public String resourceId() {
            return id("resource_id");
        }

        /** @return the form's resource type, when sent */
        public ResourceType resourceType() {
            return openEnum("type", ResourceType::of);
        }
    }

    /** A content upload. */
    final class ContentUpload extends Variant {
        ContentUpload(JsonObject raw) {
            super(InteractionType.CONTENT_UPLOAD, raw);
        }

        /** @return the content, usually {@code null} */
        public String content() {
            return string("content");
        }

        /** @return the uploaded files' types, for example {@code [pdf, pdf]}; {@code null} when not sent */
        public List<String> fileTypes() {
            return strings("file_types");
        }
    }

    /** A type this SDK version has no typed shape for. */
    final class Unknown extends Variant {
        Unknown(InteractionType type, JsonObject raw) {
            super(type, raw);
        }
    }
}
