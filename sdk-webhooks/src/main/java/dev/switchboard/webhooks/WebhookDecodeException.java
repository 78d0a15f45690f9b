package dev.switchboard.webhooks;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.SwitchboardException;

/**
 * A webhook delivery could not be decoded: the body is larger than the configured limit, nested too deeply, not JSON,
 * truncated, not a JSON object, or (Intercom) not of the shape the provider documents, for example a notification
 * without a {@code topic}. A receiver answers such a delivery with HTTP 400. (A LiveChat delivery that is a JSON object
 * always decodes: a field of an unexpected type fails only its own accessor, with a
 * {@link dev.switchboard.core.DecodeException}.)
 *
 * <p>The message says what failed and where (line, column, JSON path); it never quotes the body, which may hold personal
 * data or, for LiveChat, the webhook secret.
 */
public class WebhookDecodeException extends SwitchboardException {
    private static final long serialVersionUID = 1L;

    private final String location;

    /**
     * @param message what failed, free of payload content
     * @param location where in the body it failed, or an empty string when unknown
     * @param cause the underlying failure, or {@code null}
     */
    public WebhookDecodeException(String message, String location, Throwable cause) {
        super(location == null || location.isEmpty() ? message : message + " at " + location, cause);
        this.location = location == null ? "" : location;
    }

    /**
     * @param message what failed, free of payload content
     */
    public WebhookDecodeException(String message) {
        this(message, "", null);
    }

    /**
     * @param e a core decoding failure
     * @return the same failure as a webhook decoding failure, with the same message and location
     */
    public static WebhookDecodeException of(DecodeException e) {
        String message = e.getMessage();
        String location = e.location();
        String suffix = " at " + location;
        if (!location.isEmpty() && message.endsWith(suffix)) {
            message = message.substring(0, message.length() - suffix.length());
        }
        return new WebhookDecodeException(message, location, e);
    }

    /** @return where in the body decoding failed (for example {@code line 1, column 17, path $.payload.chat}), or "" */
    public String location() {
        return location;
    }
}
