package dev.switchboard.webhooks.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.json.JsonObject;
import dev.switchboard.core.spi.DecodeFailures;
import dev.switchboard.webhooks.WebhookDecodeException;
import dev.switchboard.webhooks.WebhookLimits;
import java.io.IOException;

/**
 * Reads a delivery body within the configured limits — into sdk-core's {@link JsonObject} for typed views, or into a
 * Jackson tree whose subtrees are bound to models — turning every failure into a {@link WebhookDecodeException} that
 * never quotes the body.
 */
public final class JsonInput {
    private JsonInput() {
    }

    /**
     * Checks the body size, then parses it in one pass into a {@link JsonObject}, the nesting depth bounded by the
     * parser as it reads.
     *
     * @param body the raw body
     * @param limits the limits
     * @param what a few words naming the body, for example "LiveChat webhook body"
     * @return the delivery, exactly as sent
     * @throws WebhookDecodeException if the body is missing, too large, too deep, not JSON or not a JSON object
     */
    public static JsonObject object(byte[] body, WebhookLimits limits, String what) {
        checkSize(body, limits, what);
        try {
            return Json.object(body, what, limits.maxNestingDepth());
        } catch (DecodeException e) {
            // sdk-core names the Java target ("as JsonObject"); a sender is better told the body was expected as JSON.
            WebhookDecodeException w = WebhookDecodeException.of(e);
            String message = w.getMessage();
            if (!w.location().isEmpty()) {
                message = message.substring(0, message.length() - (" at " + w.location()).length());
            }
            throw new WebhookDecodeException(message.replace(what + " as JsonObject", what + " as JSON"), w.location(), e);
        } catch (RuntimeException e) {
            throw unexpected(what, "JSON", e);
        }
    }

    /**
     * Checks the body size, then parses it in one pass that also bounds its nesting depth.
     *
     * @param body the raw body
     * @param limits the limits
     * @param what a few words naming the body, for example "LiveChat webhook body"
     * @return the parsed tree, never {@code null} or missing
     * @throws WebhookDecodeException if the body is missing, too large, too deep or not JSON
     */
    public static JsonNode tree(byte[] body, WebhookLimits limits, String what) {
        checkSize(body, limits, what);
        try {
            return Json.tree(body, what, limits.maxNestingDepth());
        } catch (DecodeException e) {
            throw WebhookDecodeException.of(e);
        } catch (RuntimeException e) {
            throw unexpected(what, "JSON", e);
        }
    }

    /**
     * @param body the raw body
     * @param limits the limits
     * @param what a few words naming the body
     * @throws WebhookDecodeException if the body is {@code null} or larger than the limit
     */
    public static void checkSize(byte[] body, WebhookLimits limits, String what) {
        if (body == null) {
            throw new WebhookDecodeException("no " + what + " was given");
        }
        if (body.length > limits.maxBodyBytes()) {
            throw new WebhookDecodeException("could not decode " + what + ": it is " + body.length
                    + " bytes, more than the limit of " + limits.maxBodyBytes());
        }
    }

    /**
     * @param node a subtree of a delivery
     * @param type the model to bind it to
     * @param what a few words naming the subtree, for the error message
     * @param <T> the model type
     * @return the model
     * @throws WebhookDecodeException if the subtree does not have the model's shape
     */
    public static <T> T bind(JsonNode node, JavaType type, String what) {
        try {
            return Json.reader(type).readValue(node);
        } catch (IOException e) {
            throw WebhookDecodeException.of(DecodeFailures.of(what, simpleName(type), e));
        } catch (RuntimeException e) {
            throw unexpected(what, simpleName(type), e);
        }
    }

    /**
     * @param node a subtree of a delivery
     * @param type the model to bind it to
     * @param what a few words naming the subtree
     * @param <T> the model type
     * @return the model
     * @throws WebhookDecodeException if the subtree does not have the model's shape
     */
    public static <T> T bind(JsonNode node, Class<T> type, String what) {
        return bind(node, Json.types().constructType(type), what);
    }

    private static String simpleName(JavaType type) {
        return type.isCollectionLikeType() ? "list of " + type.getContentType().getRawClass().getSimpleName()
                : type.getRawClass().getSimpleName();
    }

    /**
     * @param what what was being decoded
     * @param target into what
     * @param e an unexpected failure
     * @return a decode exception naming only the failure's type, as its message might quote the body
     */
    public static WebhookDecodeException unexpected(String what, String target, RuntimeException e) {
        return new WebhookDecodeException("could not decode " + what + " as " + target + ": "
                + e.getClass().getSimpleName(), "", e);
    }
}
