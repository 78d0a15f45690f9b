package dev.switchboard.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ErrorDetail;
import java.util.ArrayList;
import java.util.List;

/** The common error-body shapes; see {@link ErrorBodyParser#generic()}. */
final class GenericErrorBodyParser implements ErrorBodyParser {
    static final GenericErrorBodyParser INSTANCE = new GenericErrorBodyParser();

    private GenericErrorBodyParser() {
    }

    @Override
    public Parsed parse(int status, JsonNode json) {
        if (json.isTextual()) {
            return new Parsed(json.asText(), List.of(), null);
        }
        if (!json.isObject()) {
            return Parsed.NOTHING;
        }
        List<ErrorDetail> details = new ArrayList<>();
        JsonNode errors = json.get("errors");
        if (errors != null && errors.isArray()) {
            for (JsonNode e : errors) {
                if (e.isObject()) {
                    details.add(new ErrorDetail(text(e, "code"), text(e, "message"), text(e, "field")));
                } else if (e.isTextual()) {
                    details.add(new ErrorDetail(null, e.asText(), null));
                }
                if (details.size() == 50) {
                    break;
                }
            }
        }
        String message = text(json, "message");
        JsonNode error = json.get("error");
        if (message == null && error != null) {
            message = error.isTextual() ? error.asText() : error.isObject() ? text(error, "message") : null;
        }
        if (message == null) {
            message = firstNonNull(text(json, "error_description"), text(json, "detail"), text(json, "title"));
        }
        if (message == null && !details.isEmpty()) {
            message = details.get(0).message();
        }
        String requestId = firstNonNull(text(json, "request_id"), text(json, "requestId"));
        return new Parsed(message, details, requestId);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isValueNode() && !v.isNull() ? v.asText() : null;
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
