package dev.switchboard.conversations.moveworks;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The typed view of an interaction's {@code detail}, one variant per {@link InteractionType}. Every variant keeps the
 * raw detail ({@link #raw()}, empty when the server sent none); values of an unexpected JSON type read as
 * {@code null} in the typed accessors and stay in the raw map.
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

    /** @return the detail object as sent (JSON types kept), or an empty map when the server sent none */
    Map<String, Object> raw();

    /**
     * @return the detail's {@code content} when it is text: the message, button label, clicked URL or uploaded
     *     content; empty when absent or {@code null}
     */
    default Optional<String> text() {
        return Optional.ofNullable(JsonFields.textOf(raw(), "content"));
    }

    /**
     * @param type the interaction's type, or {@code null}
     * @param raw the raw detail, or {@code null}
     * @return the variant for {@code type}
     */
    static InteractionDetail of(InteractionType type, Map<String, Object> raw) {
        Map<String, Object> r = JsonFields.orEmpty(raw);
        if (InteractionType.FREE_TEXT.equals(type)) {
            return new FreeText(JsonFields.textOf(r, "content"), JsonFields.enumOf(r, "domain", Domain::of),
                    JsonFields.textOf(r, "entity"), r);
        }
        if (InteractionType.BOT_MESSAGE.equals(type)) {
            return new BotMessage(JsonFields.textOf(r, "content"), r);
        }
        if (InteractionType.BUTTON_CLICK.equals(type)) {
            return new ButtonClick(JsonFields.textOf(r, "content"), r);
        }
        if (InteractionType.LINK_CLICK.equals(type)) {
            return new LinkClick(JsonFields.textOf(r, "resource_id"), JsonFields.enumOf(r, "type", ResourceType::of),
                    JsonFields.textOf(r, "content"), r);
        }
        if (InteractionType.UIFORM_SUBMISSION.equals(type)) {
            return new UiFormSubmission(JsonFields.textOf(r, "detail"), JsonFields.textOf(r, "resource_id"),
                    JsonFields.enumOf(r, "type", ResourceType::of), r);
        }
        if (InteractionType.CONTENT_UPLOAD.equals(type)) {
            return new ContentUpload(JsonFields.textOf(r, "content"), JsonFields.textsOf(r, "file_types"), r);
        }
        return new Unknown(type, r);
    }

    /**
     * A message the user typed.
     *
     * @param content the text
     * @param domain the detected domain, or {@code null}
     * @param entity the detected topic ({@code vpn}, {@code pto}, {@code greeting}, ...), or {@code null}
     * @param raw the raw detail
     */
    record FreeText(String content, Domain domain, String entity, Map<String, Object> raw) implements InteractionDetail {
        @Override
        public InteractionType type() {
            return InteractionType.FREE_TEXT;
        }
    }

    /**
     * A message of the bot, including SysEvent notifications and interception reach-outs.
     *
     * @param content the text; {@code null} for the rare blank SysEvent message
     * @param raw the raw detail
     */
    record BotMessage(String content, Map<String, Object> raw) implements InteractionDetail {
        @Override
        public InteractionType type() {
            return InteractionType.BOT_MESSAGE;
        }
    }

    /**
     * A button click.
     *
     * @param content the button's label, for example {@code Approve}
     * @param raw the raw detail
     */
    record ButtonClick(String content, Map<String, Object> raw) implements InteractionDetail {
        @Override
        public InteractionType type() {
            return InteractionType.BUTTON_CLICK;
        }
    }

    /**
     * A link click.
     *
     * @param resourceId the clicked resource ({@code GET_HELP}, {@code INFO}, an id), or {@code null}
     * @param resourceType its type, for example {@link ResourceType#INTERNAL_LINK}, or {@code null}
     * @param content the URL, when sent
     * @param raw the raw detail
     */
    record LinkClick(String resourceId, ResourceType resourceType, String content, Map<String, Object> raw)
            implements InteractionDetail {
        @Override
        public InteractionType type() {
            return InteractionType.LINK_CLICK;
        }
    }

    /**
     * A form submission.
     *
     * @param detail what the submission produced or was called, for example a record number {@code RITM0010536}
     * @param resourceId the form's id, when sent
     * @param resourceType the form's resource type, when sent
     * @param raw the raw detail
     */
    record UiFormSubmission(String detail, String resourceId, ResourceType resourceType, Map<String, Object> raw)
            implements InteractionDetail {
        @Override
        public InteractionType type() {
            return InteractionType.UIFORM_SUBMISSION;
        }
    }

    /**
     * A content upload.
     *
     * @param content the content, usually {@code null}
     * @param fileTypes the uploaded files' types, for example {@code [pdf, pdf]}; {@code null} when not sent
     * @param raw the raw detail
     */
    record ContentUpload(String content, List<String> fileTypes, Map<String, Object> raw) implements InteractionDetail {
        @Override
        public InteractionType type() {
            return InteractionType.CONTENT_UPLOAD;
        }
    }

    /**
     * A type this SDK version has no typed shape for.
     *
     * @param type the type as sent, or {@code null}
     * @param raw the raw detail
     */
    record Unknown(InteractionType type, Map<String, Object> raw) implements InteractionDetail {
    }
}
