package dev.switchboard.notifications.aloochat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ErrorDetail;
import dev.switchboard.core.spi.ErrorBodyParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads AlooChat's error body, {@code {"error": "ValidationError", "message": "Invalid notification_type parameter",
 * "statusCode": 400, "timestamp": "...", "path": "/team-notifications"}}: the message becomes the exception's
 * message and {@code error} the code of its one {@link ErrorDetail}. A {@code message} that is an array of strings
 * (as NestJS validation errors are) gives one detail per string, joined into the message. Any other shape is left
 * to the generic parser.
 */
final class AlooChatErrors implements ErrorBodyParser {
    static final AlooChatErrors INSTANCE = new AlooChatErrors();
    private static final int MAX_DETAILS = 50;

    private AlooChatErrors() {
    }

    @Override
    public Parsed parse(int status, JsonNode json) {
        if (!json.isObject() || !(json.has("error") || json.has("message") || json.has("statusCode"))) {
            return ErrorBodyParser.generic().parse(status, json);
        }
        String code = text(json.get("error"));
        JsonNode message = json.get("message");
        List<ErrorDetail> details = new ArrayList<>();
        String text;
        if (message != null && message.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode m : message) {
                String part = text(m);
                if (part != null && details.size() < MAX_DETAILS) {
                    parts.add(part);
                    details.add(new ErrorDetail(code, part, null));
                }
            }
            text = parts.isEmpty() ? code : String.join("; ", parts);
        } else {
            text = text(message);
            if (text == null) {
                text = code;
            } else if (code != null) {
                details.add(new ErrorDetail(code, text, null));
            }
        }
        if (text == null) {
            return ErrorBodyParser.generic().parse(status, json);
        }
        return new Parsed(text, details, text(json.get("requestId")));
    }

    private static String text(JsonNode n) {
        return n != null && n.isValueNode() && !n.isNull() && !n.asText().isBlank() ? n.asText() : null;
    }
}
