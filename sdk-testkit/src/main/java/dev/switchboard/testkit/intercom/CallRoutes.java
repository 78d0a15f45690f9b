package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

/** {@code /calls}: list (page numbers), get, recording (302 to the recording host), transcript, search. */
final class CallRoutes {
    static final int MAX_PER_PAGE = 25;
    static final int MAX_SEARCH_IDS = 20;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final FakeIntercomState state;
    private final FakeServer recordings;

    CallRoutes(FakeIntercomState state, FakeServer recordings) {
        this.state = state;
        this.recordings = recordings;
    }

    void register(FakeIntercom.Router router) {
        router.route("POST", "/calls/search", this::search);
        router.route("GET", "/calls", this::list);
        router.route("GET", "/calls/{call_id}", this::get);
        router.route("GET", "/calls/{call_id}/recording", this::recording);
        router.route("GET", "/calls/{call_id}/transcript", this::transcript);
    }

    private FakeResponse list(FakeRequest req) {
        int perPage = FakeParams.intParam(req, "per_page", MAX_PER_PAGE, 1, MAX_PER_PAGE);
        int page = FakeParams.intParam(req, "page", 1, 1, Integer.MAX_VALUE);
        synchronized (state.lock) {
            int total = state.calls.size();
            int totalPages = (total + perPage - 1) / perPage;
            ArrayNode data = NODES.arrayNode();
            long from = (long) (page - 1) * perPage;
            for (long k = from; k < Math.min(total, from + perPage); k++) {
                data.add(state.calls.get((int) k).deepCopy());
            }
            ObjectNode pages = NODES.objectNode();
            pages.put("type", "pages");
            pages.put("page", page);
            pages.put("per_page", perPage);
            pages.put("total_pages", totalPages);
            ObjectNode body = NODES.objectNode();
            body.put("type", "list");
            body.set("data", data);
            body.put("total_count", total);
            body.set("pages", pages);
            return FakeResponse.json(body);
        }
    }

    private ObjectNode find(String id) {
        Integer j = state.callNumbers.get(id);
        return j == null ? null : state.calls.get(j - 1);
    }

    private FakeResponse get(FakeRequest req) {
        synchronized (state.lock) {
            ObjectNode call = find(req.pathParam("call_id"));
            if (call == null) {
                throw FakeErrors.notFound("Not Found");
            }
            return FakeResponse.json(call.deepCopy());
        }
    }

    private FakeResponse recording(FakeRequest req) {
        String id = req.pathParam("call_id");
        synchronized (state.lock) {
            Integer j = state.callNumbers.get(id);
            if (j == null || !FakeIntercomData.hasRecording(j)) {
                throw FakeErrors.notFound("Recording Not Found");
            }
        }
        String signature = Integer.toHexString(("sig-" + id).hashCode());
        return FakeResponse.redirect(302, recordings.url("/recordings/" + id + ".mp3?X-Amz-Expires=300&X-Amz-Signature="
                + signature));
    }

    private FakeResponse transcript(FakeRequest req) {
        String id = req.pathParam("call_id");
        int j;
        long ended;
        synchronized (state.lock) {
            Integer n = state.callNumbers.get(id);
            if (n == null) {
                throw FakeErrors.notFound("Not Found");
            }
            j = n;
            ended = state.calls.get(j - 1).path("ended_at").asLong();
        }
        if (!FakeIntercomData.hasTranscript(j)) {
            // The 2.14 changelog: "returns [{}] if none exists".
            return FakeResponse.json("[{}]");
        }
        String day = Instant.ofEpochSecond(ended).atOffset(ZoneOffset.UTC).toLocalDate().toString();
        return FakeResponse.text(200, "text/plain; charset=utf-8", FakeIntercomData.transcriptText(j))
                .withHeader("Content-Disposition", "attachment; filename=transcription_data-" + day + ".txt");
    }

    private FakeResponse search(FakeRequest req) {
        JsonNode ids = FakeParams.jsonBody(req).path("conversation_ids");
        if (!ids.isArray() || ids.isEmpty() || ids.size() > MAX_SEARCH_IDS) {
            throw FakeErrors.badRequest("conversation_id_limit_exceeded", "A list of up to 20 conversation IDs is required",
                    null);
        }
        Set<String> wanted = new HashSet<>();
        ids.forEach(i -> wanted.add(i.asText()));
        ArrayNode data = NODES.arrayNode();
        synchronized (state.lock) {
            for (int k = 0; k < state.calls.size(); k++) {
                ObjectNode call = state.calls.get(k);
                if (!wanted.contains(call.path("conversation_id").asText(null))) {
                    continue;
                }
                ObjectNode c = call.deepCopy();
                if (FakeIntercomData.hasTranscript(k + 1)) {
                    c.set("transcript", FakeIntercomData.transcriptEntries(k + 1));
                    c.put("transcript_status", "completed");
                } else {
                    c.set("transcript", NODES.arrayNode());
                    c.putNull("transcript_status");
                }
                data.add(c);
            }
        }
        ObjectNode body = NODES.objectNode();
        body.put("type", "list");
        body.set("data", data);
        return FakeResponse.json(body);
    }

    static byte[] recordingBytes(String path) {
        return ("ID3 fake recording " + path).getBytes(StandardCharsets.UTF_8);
    }
}
