package dev.switchboard.core;

/**
 * A successful response (or a webhook body) was not the JSON that was expected: malformed, truncated, too deeply
 * nested, too large, or of the wrong shape.
 *
 * <p>The message names what was being decoded and where it failed (line, column and JSON path); it never quotes
 * the payload, which may hold personal data or tokens.
 */
public class DecodeException extends SwitchboardException {
    private static final long serialVersionUID = 1L;

    private final String location;

    /**
     * @param message what failed, free of payload content
     * @param location where in the document it failed (for example {@code line 1, column 17, path $.data[2].id}),
     *     or an empty string when unknown
     * @param cause the parser failure
     */
    public DecodeException(String message, String location, Throwable cause) {
        super(location.isEmpty() ? message : message + " at " + location, cause);
        this.location = location;
    }

    /** @return where in the document decoding failed, or an empty string when unknown */
    public String location() {
        return location;
    }
}
