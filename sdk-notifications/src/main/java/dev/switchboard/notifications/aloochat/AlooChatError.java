package dev.switchboard.notifications.aloochat;

import dev.switchboard.core.ApiException;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.json.JsonArray;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * AlooChat's documented error body, {@code {"error", "message", "statusCode", "timestamp", "path"}}, as a typed view
 * (see {@link JsonModel}): get it from a failed call with {@link #of(ApiException)}.
 *
 * <pre>{@code
 * } catch (ApiException e) {
 *     AlooChatError.of(e).ifPresent(err -> log.warn("{} at {} ({})", err.error(), err.path(), err.timestamp()));
 * }
 * }</pre>
 */
public final class AlooChatError extends JsonModel {

    /** @param json the error body as sent */
    public AlooChatError(JsonObject json) {
        super(json);
    }

    /**
     * @param e a failed AlooChat call
     * @return the error body typed, when the body was a JSON object; empty for text, HTML, an empty body, another
     *     JSON type, or a body cut short by the raw-body cap
     * @throws NullPointerException if {@code e} is null
     */
    public static Optional<AlooChatError> of(ApiException e) {
        Objects.requireNonNull(e, "e");
        String raw = e.rawBody();
        if (raw == null || raw.isBlank() || !raw.strip().startsWith("{")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AlooChatError(Json.object(raw.getBytes(StandardCharsets.UTF_8), "AlooChat error body")));
        } catch (DecodeException notAnObject) {
            return Optional.empty();
        }
    }

    /**
     * @return the error name, for example {@code ValidationError}, or {@code null}
     * @throws DecodeException if {@code error} is not a string
     */
    public String error() {
        return string("error");
    }

    /**
     * @return the message when it is one string, for example {@code Invalid notification_type parameter}, or
     *     {@code null} when absent; see {@link #messages()} for a list of messages
     * @throws DecodeException if {@code message} is not a string
     */
    public String message() {
        return string("message");
    }

    /**
     * @return every message: the one string, or each string of an array (as NestJS validation errors send);
     *     empty when absent or null
     * @throws DecodeException if {@code message} is neither a string nor an array, or an element is not a string
     */
    public List<String> messages() {
        Object m = raw("message");
        if (m == null) {
            return List.of();
        }
        if (m instanceof String s) {
            return List.of(s);
        }
        if (!(m instanceof JsonArray)) {
            return List.of(string("message")); // neither a string nor an array: string() throws the DecodeException
        }
        List<String> out = new ArrayList<>();
        List<String> view = strings("message");
        for (int i = 0; i < view.size(); i++) {
            out.add(view.get(i));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * @return the HTTP status the body states, or {@code null}
     * @throws DecodeException if {@code statusCode} is not a 32-bit integer
     */
    public Integer statusCode() {
        return integer("statusCode");
    }

    /**
     * @return when the server says the error happened, or {@code null}
     * @throws DecodeException if {@code timestamp} is not a timestamp
     */
    public Instant timestamp() {
        return instant("timestamp");
    }

    /**
     * @return the request path the server reports, for example {@code /team-notifications}, or {@code null}
     * @throws DecodeException if {@code path} is not a string
     */
    public String path() {
        return string("path");
    }
}
