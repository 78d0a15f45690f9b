package dev.switchboard.conversations.intercom;

import dev.switchboard.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The transcript of a call, from {@code GET /calls/{id}/transcript}. The 2.14 spec documents a {@code text/plain}
 * file (lines like {@code [00:00:03] Teammate 1: "Hello"}); the 2.14 changelog says the endpoint answers
 * {@code [{}]} when there is no transcript. Both are accepted:
 *
 * <ul>
 *   <li>a text body: {@link #text()} holds it, {@link #format()} is {@link Format#TEXT}; a blank body means no
 *       transcript;</li>
 *   <li>a JSON array: {@link #entries()} holds its non-empty objects, exactly as sent (JSON types and number text
 *       kept, as {@link dev.switchboard.core.json.JsonObject}s), {@link #format()} is {@link Format#JSON};
 *       {@code [{}]} and {@code []} mean no transcript.</li>
 * </ul>
 *
 * {@link #isEmpty()} tells whether there is a transcript at all, whichever the form.
 */
public final class CallTranscript {

    /** The form the API answered in. */
    public enum Format {
        /** A {@code text/plain} body. */
        TEXT,
        /** A JSON array of entries. */
        JSON
    }

    private final Format format;
    private final String text;
    private final List<Map<String, Object>> entries;
    private final String fileName;

    private CallTranscript(Format format, String text, List<Map<String, Object>> entries, String fileName) {
        this.format = format;
        this.text = text;
        this.entries = entries;
        this.fileName = fileName;
    }

    /**
     * @param text the transcript text
     * @param fileName the file name from {@code Content-Disposition}, or {@code null}
     * @return a text transcript
     */
    public static CallTranscript ofText(String text, String fileName) {
        return new CallTranscript(Format.TEXT, Objects.requireNonNull(text, "text"), List.of(), fileName);
    }

    /**
     * @param entries the JSON objects (maps with JSON values); {@code null} and empty ones are dropped
     * @param fileName the file name from {@code Content-Disposition}, or {@code null}
     * @return a JSON transcript
     * @throws IllegalArgumentException if an entry holds a value that is not JSON
     */
    public static CallTranscript ofEntries(List<? extends Map<String, Object>> entries, String fileName) {
        List<Map<String, Object>> kept = new java.util.ArrayList<>();
        for (Map<String, Object> e : entries) {
            if (e != null && !e.isEmpty()) {
                // An entry read from the wire is already an exact, immutable JsonObject and is kept as it is.
                kept.add(JsonObject.copyOf(e));
            }
        }
        return new CallTranscript(Format.JSON, null, java.util.Collections.unmodifiableList(kept), fileName);
    }

    /** @return the form of the answer */
    public Format format() {
        return format;
    }

    /** @return the text of a {@link Format#TEXT} transcript that is not blank */
    public Optional<String> text() {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /**
     * @return the non-empty entries of a {@link Format#JSON} transcript as read-only JSON objects, JSON types and
     *     number text kept; empty otherwise
     */
    public List<Map<String, Object>> entries() {
        return entries;
    }

    /** @return the suggested file name, for example {@code transcription_data-2025-07-17.txt}, when sent */
    public Optional<String> fileName() {
        return Optional.ofNullable(fileName);
    }

    /** @return whether the call has no transcript: a blank text, {@code []} or {@code [{}]} */
    public boolean isEmpty() {
        return text().isEmpty() && entries.isEmpty();
    }

    /** @return the form and size, never the content (it is a conversation with a customer) */
    @Override
    public String toString() {
        return "CallTranscript{" + format + ", " + (format == Format.TEXT ? (text == null ? 0 : text.length()) + " chars"
                : entries.size() + " entries") + "}";
    }
}
