package dev.switchboard.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.switchboard.conversations.intercom.Tag;
import dev.switchboard.core.json.Json;
import dev.switchboard.testkit.FilesAbove;
import dev.switchboard.testkit.TestJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every response example of the official 2.14 OpenAPI description whose schema is a ticket, ticket part, reply,
 * ticket type, ticket state, job, deletion or tag decodes into our models and is written back unchanged. Skipped when
 * {@code shared/specs} is not beside the project.
 */
class SpecExamplesTest {
    private static final Map<String, Class<?>> MODELS = Map.of(
            "ticket", Ticket.class,
            "ticket_reply", TicketPart.class,
            "ticket_type", TicketType.class,
            "ticket_type_attribute", TicketTypeAttribute.class,
            "jobs", Job.class,
            "ticket_deleted", TicketDeleted.class,
            "tag", Tag.class);
    /** List envelopes: schema → (items key, item model). */
    private static final Map<String, Map.Entry<String, Class<?>>> LISTS = Map.of(
            "ticket_list", Map.entry("tickets", Ticket.class),
            "ticket_type_list", Map.entry("data", TicketType.class),
            "ticket_state_list", Map.entry("data", TicketState.class));

    static Path spec() {
        return FilesAbove.find("shared/specs/intercom/api-2.14.yaml").orElse(null);
    }

    @Test
    void everyTicketingExampleRoundTrips() throws IOException {
        Path spec = spec();
        Assumptions.assumeTrue(spec != null, "shared/specs is not beside the project");
        JsonNode root = new YAMLMapper().readTree(spec.toFile());
        List<String> checked = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!(path.getKey().startsWith("/tickets") || path.getKey().startsWith("/ticket_") || path.getKey().startsWith("/jobs"))) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                for (Iterator<Map.Entry<String, JsonNode>> rs = op.getValue().path("responses").fields(); rs.hasNext();) {
                    Map.Entry<String, JsonNode> response = rs.next();
                    if (!response.getKey().startsWith("2")) {
                        continue;
                    }
                    JsonNode content = response.getValue().path("content").path("application/json");
                    String schema = content.path("schema").path("$ref").asText("").replace("#/components/schemas/", "");
                    for (Iterator<Map.Entry<String, JsonNode>> ex = content.path("examples").fields(); ex.hasNext();) {
                        Map.Entry<String, JsonNode> example = ex.next();
                        JsonNode value = example.getValue().path("value");
                        String where = op.getKey().toUpperCase() + " " + path.getKey() + " " + response.getKey() + " '" + example.getKey() + "'";
                        if (MODELS.containsKey(schema)) {
                            check(value, MODELS.get(schema), where);
                            checked.add(where);
                        } else if (LISTS.containsKey(schema)) {
                            for (JsonNode item : value.path(LISTS.get(schema).getKey())) {
                                check(item, LISTS.get(schema).getValue(), where);
                            }
                            checked.add(where);
                        }
                    }
                }
            }
        }
        assertTrue(checked.size() >= 15, "expected the spec's ticketing examples, checked only " + checked);
    }

    private static void check(JsonNode example, Class<?> model, String where) {
        Object decoded = Json.decode(example.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), model, where);
        // Compared as JSON text re-read on both sides, so number node widths (int vs long) do not matter.
        assertEquals(TestJson.parse(example.toString()), TestJson.parse(Json.write(decoded)), where + " as " + model.getSimpleName());
    }
}
