package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeResponse;
import java.util.UUID;

/** Intercom's {@code error.list} error bodies, as the fakes answer them. */
final class IntercomErrors {
    private IntercomErrors() {
    }

    static FakeResponse error(int status, String code, String message) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("type", "error.list");
        body.put("request_id", UUID.nameUUIDFromBytes((code + message).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
        ObjectNode error = body.putArray("errors").addObject();
        error.put("code", code);
        error.put("message", message);
        return FakeResponse.json(status, body);
    }
}
