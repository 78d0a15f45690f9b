package dev.switchboard.conversations.moveworks;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.json.OpenEnumValues;
import java.util.List;

/**
 * An open enum of the {@code type} of an interaction, which decides the shape of its {@code detail} (see {@link InteractionDetail}).
 * The values are those observed in Moveworks' sample exports plus {@code INTERACTION_TYPE_UTTERANCE} from their
 * reference pipeline; others keep their raw string.
 *
 * <p>Compare with {@code equals} or {@code ==} against the constants; {@link #value()} is the raw string.
 */
public final class InteractionType extends OpenEnum {
    private static final OpenEnumValues<InteractionType> VALUES = new OpenEnumValues<>(InteractionType::new);

    /** A message the user typed; detail: {@code content}, {@code domain}, {@code entity}. */
    public static final InteractionType FREE_TEXT = VALUES.known("INTERACTION_TYPE_FREE_TEXT");

    /** A message from the bot (since April 2026 also notifications and interception reach-outs); detail: {@code content}. */
    public static final InteractionType BOT_MESSAGE = VALUES.known("INTERACTION_TYPE_BOT_MESSAGE");

    /** A button the user clicked; detail: {@code content} (the label). */
    public static final InteractionType BUTTON_CLICK = VALUES.known("INTERACTION_TYPE_BUTTON_CLICK");

    /** A link the user clicked; detail: {@code resource_id}, {@code type}, sometimes {@code content}. */
    public static final InteractionType LINK_CLICK = VALUES.known("INTERACTION_TYPE_LINK_CLICK");

    /** A form the user submitted; detail: {@code detail}, sometimes {@code resource_id} and {@code type}. */
    public static final InteractionType UIFORM_SUBMISSION = VALUES.known("INTERACTION_TYPE_UIFORM_SUBMISSION");

    /** A file the user uploaded; detail: {@code content}, {@code file_types}. */
    public static final InteractionType CONTENT_UPLOAD = VALUES.known("INTERACTION_TYPE_CONTENT_UPLOAD");

    /** An utterance (named in Moveworks' reference pipeline, not seen in samples). */
    public static final InteractionType UTTERANCE = VALUES.known("INTERACTION_TYPE_UTTERANCE");

    private InteractionType(String value, boolean known) {
        super(value, known);
    }

    /**
     * @param value the raw value, as the API spells it
     * @return the constant for it, or an unknown value that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    @JsonCreator
    public static InteractionType of(String value) {
        return VALUES.of(value);
    }

    /** @return the constants this SDK version declares, in declaration order */
    public static List<InteractionType> values() {
        return VALUES.values();
    }
}
