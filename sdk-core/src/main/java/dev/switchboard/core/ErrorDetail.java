package dev.switchboard.core;

import java.util.Optional;

/**
 * One error item parsed from an error response body, for example Intercom's {@code errors[]} entries.
 *
 * @param code machine-readable code, or {@code null}
 * @param message human-readable message, or {@code null}
 * @param field the request field the error is about, or {@code null}
 */
public record ErrorDetail(String code, String message, String field) {

    /** @return the code, when the server sent one */
    public Optional<String> codeValue() {
        return Optional.ofNullable(code);
    }

    /** @return the field, when the server named one */
    public Optional<String> fieldValue() {
        return Optional.ofNullable(field);
    }
}
