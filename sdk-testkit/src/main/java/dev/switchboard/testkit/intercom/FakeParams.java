package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.TestJson;

/** Reading query parameters and JSON bodies the way Intercom checks them: a bad one is a 400 {@code error.list}. */
final class FakeParams {
    private FakeParams() {
    }

    static int intParam(FakeRequest req, String name, int fallback, int min, int max) {
        String v = req.query(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw FakeErrors.badRequest("parameter_invalid", name + " must be an integer between " + min + " and " + max, name);
    }

    static JsonNode jsonBody(FakeRequest req) {
        JsonNode body;
        try {
            body = TestJson.parse(req.bodyUtf8());
        } catch (IllegalArgumentException e) {
            throw FakeErrors.badRequest("bad_request", "the request body is not JSON", null);
        }
        if (!body.isObject()) {
            throw FakeErrors.badRequest("bad_request", "the request body must be a JSON object", null);
        }
        return body;
    }
}
