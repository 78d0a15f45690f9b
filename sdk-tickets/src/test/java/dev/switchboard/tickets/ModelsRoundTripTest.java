package dev.switchboard.tickets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.testing.ModelHarness;
import dev.switchboard.core.testing.ModelScan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every model of sdk-tickets through the round-trip harness: this module's fixtures always, the ticketing examples
 * of Intercom's 2.14 description too when {@code ../shared/specs} is present. A model no example reaches fails.
 */
class ModelsRoundTripTest {
    private static final Map<String, Class<? extends JsonModel>> FIXTURES = Map.of(
            "ticket-full", Ticket.class,
            "job", Job.class,
            "job-pending", Job.class,
            "ticket-deleted", TicketDeleted.class,
            "ticket-type-list", TicketTypeList.class,
            "ticket-state-list", TicketStateList.class);
    private static final Map<String, Class<? extends JsonModel>> SCHEMAS = Map.of(
            "ticket", Ticket.class,
            "ticket_reply", TicketPart.class,
            "ticket_type", TicketType.class,
            "ticket_type_attribute", TicketTypeAttribute.class,
            "jobs", Job.class,
            "ticket_deleted", TicketDeleted.class,
            "ticket_type_list", TicketTypeList.class,
            "ticket_state_list", TicketStateList.class);

    private static String resource(String name) {
        try (InputStream in = ModelsRoundTripTest.class.getResourceAsStream("/tickets/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyModelRoundTripsWithMutatedData() throws IOException {
        ModelHarness h = new ModelHarness();
        FIXTURES.forEach((name, type) -> h.check(type, resource(name), 200));
        Path spec = SpecExamplesTest.spec();
        if (spec != null) {
            ObjectMapper json = new ObjectMapper();
            JsonNode root = new YAMLMapper().readTree(spec.toFile());
            for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext();) {
                for (JsonNode op : paths.next().getValue()) {
                    for (Iterator<Map.Entry<String, JsonNode>> rs = op.path("responses").fields(); rs.hasNext();) {
                        Map.Entry<String, JsonNode> response = rs.next();
                        JsonNode content = response.getValue().path("content").path("application/json");
                        String schema = content.path("schema").path("$ref").asText("").replace("#/components/schemas/", "");
                        if (!response.getKey().startsWith("2") || !SCHEMAS.containsKey(schema)) {
                            continue;
                        }
                        for (JsonNode example : content.path("examples")) {
                            if (example.path("value").isObject()) {
                                h.check(SCHEMAS.get(schema), json.writeValueAsString(example.path("value")), 40);
                            }
                        }
                    }
                }
            }
        }
        h.assertNoFailures();
        h.assertCovered(ModelScan.models(Ticket.class));
    }
}
