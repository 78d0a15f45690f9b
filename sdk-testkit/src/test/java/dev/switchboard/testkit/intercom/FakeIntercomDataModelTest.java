package dev.switchboard.testkit.intercom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.ManualClock;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The data attributes, data events and content data export fakes, spoken to over plain HTTP. */
class FakeIntercomDataModelTest {
    private final ManualClock clock = ManualClock.at(Instant.parse("2026-05-01T12:00:00Z"));
    private final FakeIntercom fake = FakeIntercom.builder().clock(clock).calls(0).conversations(1).start();
    private final IntercomHttp http = new IntercomHttp(fake.baseUrl(), fake.token());

    @AfterEach
    void close() {
        fake.close();
    }

    private static List<String> names(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.path("data").forEach(a -> out.add(a.path("model").asText() + ":" + a.path("full_name").asText()));
        return out;
    }

    @Test
    void listsAttributesByModelLeavingArchivedOnesOutUnlessAsked() {
        JsonNode all = http.send(200, "GET", "/data_attributes", null);
        assertEquals("list", all.path("type").asText());
        assertFalse(names(all).contains("contact:custom_attributes.old_plan"));
        assertEquals(List.of("contact:email", "contact:custom_attributes.paid_subscriber", "contact:custom_attributes.old_plan"),
                names(http.send(200, "GET", "/data_attributes?model=contact&include_archived=true", null)));
        assertEquals(List.of("conversation:priority"), names(http.send(200, "GET", "/data_attributes?model=conversation", null)));
        http.error(400, "parameter_invalid", "GET", "/data_attributes?model=ticket", null);
    }

    @Test
    void createsAndUpdatesCustomAttributesAsIntercomChecksThem() {
        JsonNode created = http.send(200, "POST", "/data_attributes",
                "{\"name\":\"Team size\",\"model\":\"company\",\"data_type\":\"options\",\"options\":[{\"value\":\"1-10\"},{\"value\":\"11+\"}]}");
        assertEquals("custom_attributes.Team size", created.path("full_name").asText());
        assertEquals("string", created.path("data_type").asText());
        assertEquals("[\"1-10\",\"11+\"]", created.path("options").toString());
        assertEquals(clock.instant().getEpochSecond(), created.path("created_at").asLong());
        assertTrue(created.path("id").isIntegralNumber());
        http.error(400, "parameter_invalid", "POST", "/data_attributes", "{\"name\":\"Team size\",\"model\":\"company\",\"data_type\":\"string\"}");
        http.error(400, "parameter_invalid", "POST", "/data_attributes", "{\"name\":\"!nv@l!d\",\"model\":\"company\",\"data_type\":\"string\"}");
        http.error(400, "parameter_invalid", "POST", "/data_attributes", "{\"name\":\"Ring\",\"model\":\"conversation\",\"data_type\":\"string\"}");
        http.error(400, "parameter_invalid", "POST", "/data_attributes", "{\"name\":\"Ring\",\"model\":\"company\",\"data_type\":\"mithril\"}");
        http.error(400, "parameter_invalid", "POST", "/data_attributes", "{\"name\":\"Ring\",\"model\":\"company\",\"data_type\":\"options\",\"options\":[{\"value\":\"a\"}]}");

        String id = created.path("id").asText();
        JsonNode archived = http.send(200, "PUT", "/data_attributes/" + id, "{\"archived\":true,\"description\":\"Old\"}");
        assertTrue(archived.path("archived").asBoolean());
        assertEquals("Old", archived.path("description").asText());
        http.error(404, "field_not_found", "PUT", "/data_attributes/999999", "{\"archived\":true}");
        http.error(422, "data_invalid", "PUT", "/data_attributes/" + FakeIntercomDataModel.DEPENDED_ON_ATTRIBUTE_ID, "{\"archived\":true}");
        http.error(400, "parameter_invalid", "PUT", "/data_attributes/" + id, "{\"options\":{\"value\":\"1-10\"}}");
    }

    @Test
    void acceptsEventsOnceAndListsThemNewestFirstFollowingAbsoluteNextLinks() {
        assertEquals(null, http.send(202, "POST", "/events", "{\"event_name\":\"placed-order\",\"created_at\":1777600000,"
                + "\"user_id\":\"user-2\",\"metadata\":{\"items\":3,\"price\":{\"amount\":100,\"currency\":\"eur\"}}}"));
        http.send(202, "POST", "/events", "{\"event_name\":\"placed-order\",\"created_at\":1777600000,\"email\":\"user2@example.com\"}");
        assertEquals(1, fake.dataModel().submittedEvents().size(), "a duplicate is accepted and ignored");
        http.error(404, "not_found", "POST", "/events", "{\"event_name\":\"x\",\"created_at\":1,\"user_id\":\"nobody\"}");
        http.error(400, "parameter_invalid", "POST", "/events", "{\"event_name\":\"x\",\"user_id\":\"user-2\"}");

        JsonNode page = http.send(200, "GET", "/events?type=user&user_id=user-2", null);
        assertEquals("event.list", page.path("type").asText());
        assertEquals(3, page.path("events").path(0).path("metadata").path("items").asInt());
        assertTrue(page.path("pages").path("next").isMissingNode());

        List<String> seen = new ArrayList<>();
        String next = "/events?type=user&email=user1%40example.com&per_page=2";
        while (next != null) {
            JsonNode p = http.send(200, "GET", next, null);
            p.path("events").forEach(e -> seen.add(e.path("event_name").asText()));
            next = p.path("pages").path("next").asText(null);
            assertTrue(next == null || next.startsWith(fake.baseUrl() + "/events?"), next);
        }
        assertEquals(List.of("updated-plan", "placed-order", "placed-order", "invited-friend", "signed-up"), seen);
        http.error(400, "parameter_invalid", "GET", "/events?user_id=user-1", null);
        http.error(400, "parameter_invalid", "GET", "/events?type=user", null);
    }

    @Test
    void summariesCountEachEventAndSubmittedCounts() {
        http.send(200, "POST", "/events/summaries", "{\"user_id\":\"user-1\",\"event_summaries\":{\"event_name\":\"placed-order\","
                + "\"count\":4,\"first\":1700000000,\"last\":1700000100}}");
        JsonNode s = http.send(200, "GET", "/events?type=user&intercom_user_id=6762f22b1bb69f9f2193bc01&summary=true", null);
        assertEquals("event.summary", s.path("type").asText());
        assertEquals("user-1", s.path("user_id").asText());
        JsonNode orders = null;
        for (JsonNode e : s.path("events")) {
            if (e.path("name").asText().equals("placed-order")) {
                orders = e;
            }
        }
        assertEquals(6, orders.path("count").asInt());
        assertEquals("2023-11-14T22:13:20Z", orders.path("first").asText());
        http.error(400, "parameter_invalid", "POST", "/events/summaries", "{\"user_id\":\"user-1\",\"event_summaries\":{\"count\":0}}");
    }

    @Test
    void exportsOneJobAtATimeThroughPendingInProgressCompletedAndServesGzip() throws IOException {
        JsonNode job = http.send(200, "POST", "/export/content/data", "{\"created_at_after\":1777000000,\"created_at_before\":1777600000}");
        String id = job.path("job_identifier").asText();
        assertEquals(List.of("pending", "", ""), List.of(job.path("status").asText(), job.path("download_url").asText(),
                job.path("download_expires_at").asText()));
        http.error(429, "rate_limit_exceeded", "POST", "/export/content/data", "{\"created_at_after\":1,\"created_at_before\":2}");
        assertEquals(404, http.bytes("GET", "/download/content/data/" + id, null, "Accept", "application/octet-stream")
                .statusCode(), "not complete yet");
        assertEquals("in_progress", http.send(200, "GET", "/export/content/data/" + id, null).path("status").asText());
        JsonNode done = http.send(200, "GET", "/export/content/data/" + id, null);
        assertEquals("completed", done.path("status").asText());
        assertEquals(fake.baseUrl() + "/download/content/data/" + id, done.path("download_url").asText());
        assertEquals(String.valueOf(clock.instant().getEpochSecond() + 172_800), done.path("download_expires_at").asText());
        http.error(400, "parameter_invalid", "GET", "/download/content/data/" + id, null);
        HttpResponse<byte[]> file = http.bytes("GET", "/download/content/data/" + id, null, "Accept", "application/octet-stream");
        assertEquals(200, file.statusCode());
        assertEquals("application/octet-stream", file.headers().firstValue("Content-Type").orElse(""));
        byte[] csv = new GZIPInputStream(new ByteArrayInputStream(file.body())).readAllBytes();
        assertArrayEquals(fake.dataExport().csv(id).getBytes(StandardCharsets.UTF_8), csv);
        assertTrue(new String(csv, StandardCharsets.UTF_8).startsWith(FakeIntercomDataExport.CSV_HEADER + "\n"));

        fake.dataExport().nextJobHasNoData().completeAfter(0);
        String empty = http.send(200, "POST", "/export/content/data", "{\"created_at_after\":1,\"created_at_before\":2}")
                .path("job_identifier").asText();
        assertEquals("no_data", http.send(200, "GET", "/export/content/data/" + empty, null).path("status").asText());
        String third = http.send(200, "POST", "/export/content/data", "{\"created_at_after\":1,\"created_at_before\":2}")
                .path("job_identifier").asText();
        assertEquals("canceled", http.send(200, "POST", "/export/cancel/" + third, null).path("status").asText());
        http.error(404, "not_found", "POST", "/export/cancel/nope", null);
        http.error(400, "parameter_invalid", "POST", "/export/content/data", "{\"created_at_after\":5,\"created_at_before\":2}");
    }
}
