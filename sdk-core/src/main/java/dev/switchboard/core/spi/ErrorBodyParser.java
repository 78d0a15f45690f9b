package dev.switchboard.core.spi;

import dev.switchboard.core.ErrorDetail;
import java.util.List;

/**
 * Reads an API's error body into a message, error items and a request id. Domain modules plug in their API's
 * format; {@link #generic()} understands the common shapes.
 */
@FunctionalInterface
public interface ErrorBodyParser {

    /**
     * What was found in an error body.
     *
     * @param message the main message, or {@code null}
     * @param details error items
     * @param requestId request id from the body, or {@code null}
     */
    record Parsed(String message, List<ErrorDetail> details, String requestId) {
        /** Copies the details. */
        public Parsed {
            details = details == null ? List.of() : List.copyOf(details);
        }

        /** Nothing found. */
        public static final Parsed NOTHING = new Parsed(null, List.of(), null);
    }

    /**
     * @param status HTTP status
     * @param json the body, already parsed as JSON
     * @return what the body says
     */
    Parsed parse(int status, com.fasterxml.jackson.databind.JsonNode json);

    /**
     * Understands {@code {"message": ...}}, {@code {"error": "..."}}, {@code {"error": {"message": ...}}},
     * {@code {"errors": [{"code", "message", "field"}]}}, {@code error_description}, {@code detail} and
     * {@code title}, a bare JSON string, and {@code request_id} / {@code requestId}.
     *
     * @return the generic parser
     */
    static ErrorBodyParser generic() {
        return GenericErrorBodyParser.INSTANCE;
    }
}
