package dev.switchboard.core.spi;

import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.io.InputStream;

/**
 * Turns a successful response body into a value. The stream is read once and closed by the transport. An
 * {@link IOException} that is a JSON parse error becomes a {@link dev.switchboard.core.DecodeException}; any other
 * (the connection broke mid-body) is a transport failure that an idempotent request retries.
 *
 * @param <T> the decoded type
 */
@FunctionalInterface
public interface ResponseDecoder<T> {

    /**
     * @param status HTTP status (2xx)
     * @param headers response headers
     * @param body the body stream
     * @return the value
     * @throws IOException if reading or parsing fails
     */
    T decode(int status, Headers headers, InputStream body) throws IOException;

    /** @return what the body decodes to, for error messages, for example {@code Ticket} */
    default String target() {
        return "the expected type";
    }

    /**
     * @param type target type
     * @param <T> the type
     * @return a decoder reading the body as JSON of that type; an empty body is a
     *     {@link dev.switchboard.core.DecodeException}, so a typed result is never silently {@code null}
     */
    static <T> ResponseDecoder<T> json(JavaType type) {
        return JsonDecoders.of(type);
    }

    /**
     * @param type target type
     * @param <T> the type
     * @return a decoder reading the body as JSON of that type
     */
    static <T> ResponseDecoder<T> json(Class<T> type) {
        return JsonDecoders.of(type);
    }

    /** @return a decoder that drains and ignores the body */
    static ResponseDecoder<Void> discarding() {
        return (status, headers, body) -> {
            body.transferTo(java.io.OutputStream.nullOutputStream());
            return null;
        };
    }
}
