package dev.switchboard.conversations.intercom.fin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.switchboard.conversations.intercom.IntercomSpec;
import dev.switchboard.core.json.Json;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every request example of {@code /fin/start}, {@code /fin/reply} and {@code /fin/csat} in Intercom's 2.14 spec can
 * be built with the typed requests, and they send exactly it (timestamps compared as instants: we always send
 * milliseconds; file data compared by presence, the spec's sample being truncated). Skipped when {@code shared/specs} is absent.
 */
class FinSpecExamplesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void everyRequestExampleIsBuiltExactly() throws Exception {
        JsonNode spec = IntercomSpec.load();
        assumeTrue(spec != null, "shared/specs is not beside the project");
        int checked = 0;
        for (String path : List.of("/fin/start", "/fin/reply", "/fin/csat")) {
            JsonNode examples = spec.path("paths").path(path).path("post").path("requestBody").path("content")
                    .path("application/json").path("examples");
            for (Map.Entry<String, JsonNode> e : examples.properties()) {
                JsonNode example = e.getValue().path("value");
                Object built = switch (path) {
                    case "/fin/start" -> start(example);
                    case "/fin/reply" -> reply(example);
                    default -> csat(example);
                };
                assertEquals(normalized(example), normalized(MAPPER.readTree(Json.write(built).getBytes())), path + " " + e.getKey());
                checked++;
            }
        }
        assertTrue(checked >= 7, "found " + checked + " examples");
    }

    private static JsonNode normalized(JsonNode node) {
        JsonNode copy = node.deepCopy();
        normalize(copy);
        return copy;
    }

    private static void normalize(JsonNode node) {
        if (node instanceof ObjectNode o) {
            for (Map.Entry<String, JsonNode> f : o.properties()) {
                if (f.getKey().equals("data") && f.getValue().isTextual()) {
                    // The spec's sample data is truncated ("...") and cannot be decoded; base64 is tested elsewhere.
                    f.setValue(TextNode.valueOf("<base64>"));
                } else if (f.getKey().equals("timestamp") && f.getValue().isTextual()) {
                    f.setValue(TextNode.valueOf(Instant.parse(f.getValue().asText()).toString()));
                } else {
                    normalize(f.getValue());
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(FinSpecExamplesTest::normalize);
        }
    }

    private static FinMessage message(JsonNode m) {
        return new FinMessage(FinAuthor.of(m.path("author").asText()), m.path("body").asText(),
                Instant.parse(m.path("timestamp").asText()));
    }

    private static FinUser user(JsonNode u) {
        FinUser.Builder b = FinUser.builder(u.path("id").asText());
        if (u.has("name")) {
            b.name(u.path("name").asText());
        }
        if (u.has("email")) {
            b.email(u.path("email").asText());
        }
        if (u.has("attributes")) {
            b.attributes(MAPPER.convertValue(u.path("attributes"), LinkedHashMap.class));
        }
        return b.build();
    }

    private static List<FinAttachment> attachments(JsonNode a) {
        List<FinAttachment> out = new ArrayList<>();
        for (JsonNode x : a) {
            out.add(x.path("type").asText().equals("url") ? FinAttachment.url(URI.create(x.path("url").asText()))
                    : FinAttachment.file(x.path("name").asText(), x.path("content_type").asText(),
                            new byte[] {1}));
        }
        return out;
    }

    private static Object start(JsonNode x) {
        FinStartRequest.Builder b = FinStartRequest.builder(x.path("conversation_id").asText(), message(x.path("message")),
                user(x.path("user")));
        if (x.has("attachments")) {
            b.attachments(attachments(x.path("attachments")));
        }
        if (x.has("conversation_metadata")) {
            JsonNode m = x.path("conversation_metadata");
            FinConversationMetadata.Builder mb = FinConversationMetadata.builder();
            if (m.has("history")) {
                List<FinMessage> h = new ArrayList<>();
                m.path("history").forEach(n -> h.add(message(n)));
                mb.history(h);
            }
            if (m.has("attributes")) {
                mb.attributes(MAPPER.convertValue(m.path("attributes"), LinkedHashMap.class));
            }
            b.conversationMetadata(mb.build());
        }
        return b.build();
    }

    private static Object reply(JsonNode x) {
        FinReplyRequest.Builder b = FinReplyRequest.builder(x.path("conversation_id").asText(), message(x.path("message")),
                user(x.path("user")));
        if (x.has("attachments")) {
            b.attachments(attachments(x.path("attachments")));
        }
        return b.build();
    }

    private static Object csat(JsonNode x) {
        FinCsatRequest r = FinCsatRequest.of(x.path("conversation_id").asText(), CsatRating.of(x.path("rating").asText()));
        return x.has("remark") ? r.withRemark(x.path("remark").asText()) : r;
    }
}
