package dev.switchboard.notifications.aloochat;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.function.Function;

/**
 * Some AlooChat endpoints wrap a single object as {@code {"data": {...}}}; both forms are accepted. The wrapped object
 * is viewed through this envelope so that its errors carry their real path ({@code $.data.created_at}).
 */
final class DataEnvelope extends JsonModel {

    private DataEnvelope(JsonObject json) {
        super(json);
    }

    /**
     * @param body a response body
     * @return whether it is an envelope: exactly one key, {@code data}, holding an object
     */
    static boolean wraps(JsonObject body) {
        return body.size() == 1 && body.getObject("data") != null;
    }

    /**
     * @param body a response body, wrapped or not
     * @param view the model's constructor
     * @param <M> the model type
     * @return the model over the wrapped object, or over the body itself when it is not wrapped
     */
    static <M extends JsonModel> M unwrap(JsonObject body, Function<JsonObject, M> view) {
        return wraps(body) ? new DataEnvelope(body).object("data", view) : view.apply(body);
    }

    /**
     * @param decoded a model decoded from a response body
     * @param view the model's constructor
     * @param <M> the model type
     * @return {@code decoded} itself, or the model over the wrapped object when the body was an envelope
     */
    static <M extends JsonModel> M unwrap(M decoded, Function<JsonObject, M> view) {
        return wraps(decoded.json()) ? unwrap(decoded.json(), view) : decoded;
    }
}
