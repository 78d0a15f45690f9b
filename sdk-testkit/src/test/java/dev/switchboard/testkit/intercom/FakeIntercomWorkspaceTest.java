package dev.switchboard.testkit.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.TestJson;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The custom object, visitor, IP allowlist, subscription type and phone call redirect fakes, and the conversation
 * operations beyond get/update/reply, spoken to over plain HTTP.
 */
class FakeIntercomWorkspaceTest {
    private final ManualClock clock = ManualClock.at(Instant.parse("2026-05-01T12:00:00Z"));
    private final FakeIntercom fake = FakeIntercom.builder().clock(clock).calls(0).conversations(3).start();
    private final IntercomHttp http = new IntercomHttp(fake.baseUrl(), fake.token());

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void customObjectInstancesAreUpsertedByExternalIdAndFoundEitherWay() {
        JsonNode created = http.send(200, "POST", "/custom_object_instances/Order", "{\"external_id\":\"ORD-9\","
                + "\"external_created_at\":null,\"custom_attributes\":{\"total_amount\":12.50,\"paid\":true}}");
        String id = created.path("id").asText();
        assertTrue(created.path("external_created_at").isNull());
        assertTrue(created.path("custom_attributes").path("paid").isBoolean(), "JSON types kept");
        JsonNode updated = http.send(200, "POST", "/custom_object_instances/Order",
                "{\"external_id\":\"ORD-9\",\"custom_attributes\":{\"note\":\"x\"}}");
        assertEquals(id, updated.path("id").asText());
        assertEquals(3, updated.path("custom_attributes").size());
        assertEquals(2, fake.customObjects().instanceCount("Order"));
        assertEquals(id, http.send(200, "GET", "/custom_object_instances/Order?external_id=ORD-9", null).path("id").asText());
        assertEquals(id, http.send(200, "GET", "/custom_object_instances/Order/ORD-9", null).path("id").asText());
        assertEquals("123", http.send(200, "GET", "/custom_object_instances/Order/22", null).path("external_id").asText());
        http.error(404, "not_found", "DELETE", "/custom_object_instances/Order/ORD-9", null);
        JsonNode gone = http.send(200, "DELETE", "/custom_object_instances/Order/" + id, null);
        assertEquals("{\"id\":\"" + id + "\",\"object\":\"Order\",\"deleted\":true}", TestJson.write(gone));
        assertEquals("22", http.send(200, "DELETE", "/custom_object_instances/Order?external_id=123", null).path("id").asText());
        assertEquals(0, fake.customObjects().instanceCount("Order"));
        JsonNode e = http.send(404, "GET", "/custom_object_instances/Invoice?external_id=1", null);
        assertEquals("Custom object type `Invoice` not found", e.path("errors").path(0).path("message").asText());
        http.error(400, "parameter_invalid", "GET", "/custom_object_instances/Order", null);
        http.error(400, "parameter_invalid", "POST", "/custom_object_instances/Order", "{\"custom_attributes\":{}}");
    }

    @Test
    void visitorsAreReadUpdatedAndConvertedOnce() {
        JsonNode v = http.send(200, "GET", "/visitors?user_id=3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3", null);
        assertEquals("visitor", v.path("type").asText());
        JsonNode updated = http.send(200, "PUT", "/visitors", "{\"id\":\"6762f30c1bb69f9f2193bc5e\",\"name\":\"Gareth Bale\","
                + "\"custom_attributes\":{\"paid_subscriber\":true,\"monthly_spend\":155.5}}");
        assertEquals("Gareth Bale", updated.path("name").asText());
        assertTrue(updated.path("custom_attributes").path("paid_subscriber").isBoolean());
        http.error(404, "not_found", "PUT", "/visitors", "{\"user_id\":\"fail\",\"name\":\"Christian Fail\"}");
        JsonNode contact = http.send(200, "POST", "/visitors/convert", "{\"type\":\"user\",\"user\":{\"email\":\"foo@bar.com\"},"
                + "\"visitor\":{\"user_id\":\"3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3\"}}");
        assertEquals(List.of("contact", "user", "foo@bar.com", "Gareth Bale"), List.of(contact.path("type").asText(),
                contact.path("role").asText(), contact.path("email").asText(), contact.path("name").asText()));
        assertEquals(1, fake.workspace().visitorCount());
        http.error(404, "not_found", "GET", "/visitors?user_id=3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3", null);
        http.error(400, "parameter_invalid", "POST", "/visitors/convert", "{\"type\":\"admin\",\"user\":{\"id\":\"1\"},"
                + "\"visitor\":{\"id\":\"6762f3101bb69f9f2193bc64\"}}");
    }

    @Test
    void theAllowlistRefusesBadEntriesAndALockout() {
        assertEquals("{\"type\":\"ip_allowlist\",\"enabled\":false,\"ip_allowlist\":[]}",
                TestJson.write(http.send(200, "GET", "/ip_allowlist", null)));
        http.error(400, "parameter_invalid", "PUT", "/ip_allowlist", "{\"enabled\":false,\"ip_allowlist\":[\"example.com\"]}");
        JsonNode lockout = http.send(422, "PUT", "/ip_allowlist", "{\"enabled\":true,\"ip_allowlist\":[\"10.0.0.0/8\"]}");
        assertTrue(lockout.path("errors").path(0).path("message").asText().startsWith("Your IP (127.0.0.1) is not on"));
        JsonNode on = http.send(200, "PUT", "/ip_allowlist", "{\"enabled\":true,\"ip_allowlist\":[\"127.0.0.0/24\",\"2001:db8::/32\"]}");
        assertTrue(on.path("enabled").asBoolean());
        fake.workspace().callerIp("192.168.1.7");
        http.error(422, "parameter_invalid", "PUT", "/ip_allowlist", "{\"enabled\":true}");
        assertTrue(FakeIntercomWorkspace.covers("192.168.1.0/24", "192.168.1.7"));
        assertFalse(FakeIntercomWorkspace.covers("192.168.2.0/24", "192.168.1.7"));
        assertTrue(FakeIntercomWorkspace.covers("0.0.0.0/0", "8.8.8.8"));
    }

    @Test
    void subscriptionTypesAndPhoneCallRedirectsWithTheirOwnErrorShape() {
        JsonNode types = http.send(200, "GET", "/subscription_types", null);
        assertEquals(2, types.path("data").size());
        assertEquals("sms_message", types.path("data").path(1).path("content_types").path(0).asText());
        JsonNode sent = http.send(200, "POST", "/phone_call_redirects", "{\"phone\":\"+353832345678\","
                + "\"custom_attributes\":{\"issue_type\":\"Billing\"}}");
        assertEquals("phone_call_redirect", sent.path("type").asText());
        assertTrue(sent.path("url").asText().startsWith("http://via.intercom.io/msgr/"));
        assertEquals(1, fake.workspace().phoneCallRedirects().size());
        assertEquals("{\"error_key\":\"invalid_phone_number\",\"message\":\"Invalid phone number\"}",
                TestJson.write(http.send(400, "POST", "/phone_call_redirects", "{\"phone\":\"+1 1234567890\"}")));
        assertEquals("{\"error_key\":\"some_error\"}",
                TestJson.write(http.send(422, "POST", "/phone_call_redirects", "{\"phone\":\"+40241100100\"}")));
        fake.workspace().failNextSms();
        assertEquals("sms_failed", http.send(400, "POST", "/phone_call_redirects", "{\"phone\":\"+353832345678\"}")
                .path("error_key").asText());
    }

    @Test
    void conversationsAreCreatedManagedRedactedConvertedAndDeleted() {
        String contact = fake.conversation("100001").orElseThrow().path("contacts").path("contacts").path(0).path("id").asText();
        JsonNode m = http.send(200, "POST", "/conversations", "{\"from\":{\"type\":\"user\",\"id\":\"" + contact + "\"},\"body\":\"Hi\"}");
        assertEquals("100004", m.path("conversation_id").asText());
        http.error(404, "not_found", "POST", "/conversations", "{\"from\":{\"type\":\"user\",\"id\":\"nobody\"},\"body\":\"Hi\"}");
        JsonNode closed = http.send(200, "POST", "/conversations/100001/parts",
                "{\"message_type\":\"close\",\"type\":\"admin\",\"admin_id\":\"991267708\",\"body\":\"Bye\"}");
        assertEquals("closed", closed.path("state").asText());
        http.error(400, "parameter_invalid", "POST", "/conversations/100001/parts", "{\"message_type\":\"close\",\"admin_id\":\"1\"}");
        http.error(400, "parameter_invalid", "POST", "/conversations/100001/parts", "{\"message_type\":\"snoozed\",\"admin_id\":\"1\"}");
        JsonNode team = http.send(200, "POST", "/conversations/100001/parts", "{\"message_type\":\"assignment\",\"type\":\"team\","
                + "\"admin_id\":\"1\",\"assignee_id\":\"5017691\"}");
        assertEquals(5017691, team.path("team_assignee_id").asLong());
        JsonNode customers = http.send(200, "POST", "/conversations/100001/customers",
                "{\"admin_id\":\"1\",\"customer\":{\"user_id\":\"user-77\"}}");
        assertEquals(2, customers.path("customers").size());
        http.send(200, "DELETE", "/conversations/100001/customers/" + contact, "{\"admin_id\":\"1\"}");
        String remaining = fake.conversation("100001").orElseThrow().path("contacts").path("contacts").path(0).path("id").asText();
        http.error(422, "parameter_invalid", "DELETE", "/conversations/100001/customers/" + remaining, "{\"admin_id\":\"1\"}");
        http.error(400, "parameter_invalid", "DELETE", "/conversations/100001/customers/" + remaining, "{}");
        JsonNode ticket = http.send(200, "POST", "/conversations/100002/convert", "{\"ticket_type_id\":\"90\",\"attributes\":{\"a\":1}}");
        assertEquals("ticket", ticket.path("type").asText());
        assertEquals("ticket", fake.conversation("100002").orElseThrow().path("ticket").path("type").asText());
        http.error(400, "parameter_invalid", "POST", "/conversations/100002/convert", "{\"ticket_type_id\":\"91\"}");
        HttpResponse<byte[]> deleted = http.bytes("DELETE", "/conversations/100003", null);
        assertEquals("{\"id\":\"100003\",\"object\":\"conversation\",\"deleted\":true}",
                new String(deleted.body(), StandardCharsets.UTF_8));
        http.error(404, "not_found", "GET", "/conversations/100003", null);
        http.error(404, "conversation_part_or_message_not_found", "POST", "/conversations/redact",
                "{\"type\":\"source\",\"conversation_id\":\"100001\",\"source_id\":\"0\"}");
    }
}
