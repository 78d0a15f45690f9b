package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeResponse;
import java.util.concurrent.atomic.AtomicLong;

/** Intercom's {@code error.list} bodies, each with a fresh {@code request_id}. */
final class FakeErrors {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final AtomicLong requestIds = new AtomicLong();

    /** Thrown by handlers to answer with an error; caught where routes are wrapped. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final String code;
        final String field;

        Failure(int status, String code, String message) {
            this(status, code, message, null);
        }

        Failure(int status, String code, String message, String field) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
            this.field = field;
        }
    }

    /** @return a request id shaped like Intercom's (a UUID), unique within this fake */
    String nextRequestId() {
        return String.format("00000000-0000-4000-8000-%012d", requestIds.incrementAndGet());
    }

    FakeResponse response(int status, String code, String message, String field) {
        return FakeResponse.json(status, body(code, message, field));
    }

    FakeResponse response(Failure f) {
        return response(f.status, f.code, f.getMessage(), f.field);
    }

    ObjectNode body(String code, String message, String field) {
        ObjectNode error = NODES.objectNode();
        error.put("code", code);
        error.put("message", message);
        if (field != null) {
            error.put("field", field);
        }
        ArrayNode errors = NODES.arrayNode().add(error);
        ObjectNode body = NODES.objectNode();
        body.put("type", "error.list");
        body.put("request_id", nextRequestId());
        body.set("errors", errors);
        return body;
    }

    static Failure badRequest(String code, String message, String field) {
        return new Failure(400, code, message, field);
    }

    static Failure notFound(String message) {
        return new Failure(404, "not_found", message);
    }
}
