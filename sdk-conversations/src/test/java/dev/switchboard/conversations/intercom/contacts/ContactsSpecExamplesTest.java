package dev.switchboard.conversations.intercom.contacts;

import dev.switchboard.conversations.intercom.companies.Company;
import dev.switchboard.conversations.intercom.segments.Segment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.conversations.intercom.IntercomSpec;
import dev.switchboard.conversations.intercom.SearchQuery;
import dev.switchboard.conversations.intercom.SearchRequest;
import dev.switchboard.conversations.intercom.Tag;
import dev.switchboard.conversations.intercom.notes.Note;
import dev.switchboard.conversations.intercom.subscriptions.ConsentType;
import dev.switchboard.conversations.intercom.subscriptions.SubscriptionContentType;
import dev.switchboard.conversations.intercom.subscriptions.SubscriptionType;
import dev.switchboard.core.json.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The examples of Intercom's 2.14 spec for contacts, their tags, subscription types and notes: every 2xx response
 * example decodes into this SDK's model (the list envelopes item by item) and re-encodes to the same JSON, with the
 * values the example shows; the request examples are what the SDK's builders send. Runs only when
 * {@code shared/specs/intercom/api-2.14.yaml} is beside the project.
 *
 * <p>Where an example contradicts its schema, the schema wins and the difference is stated here: the tag and
 * subscription attach examples send {@code id} as a number ({@code 81}, {@code 106}) where the schema types a string
 * (the SDK sends {@code "81"}); the note create example sends {@code admin_id} as a number where the schema types a
 * string (the SDK sends a string) and {@code contact_id}, which the schema lacks (the SDK sends it, as the examples do).
 */
class ContactsSpecExamplesTest {
    private static JsonNode spec;

    private static final Map<String, Class<?>> SINGLE = new LinkedHashMap<>();
    private static final Map<String, Class<?>> LIST_ITEMS = new LinkedHashMap<>();

    static {
        for (String op : List.of("GET /contacts/{contact_id}", "PUT /contacts/{contact_id}", "POST /contacts/merge",
                "POST /contacts", "GET /contacts/find_by_external_id/{external_id}")) {
            SINGLE.put(op, Contact.class);
        }
        SINGLE.put("POST /contacts/{contact_id}/tags", Tag.class);
        SINGLE.put("DELETE /contacts/{contact_id}/tags/{tag_id}", Tag.class);
        SINGLE.put("POST /contacts/{contact_id}/subscriptions", SubscriptionType.class);
        SINGLE.put("DELETE /contacts/{contact_id}/subscriptions/{subscription_id}", SubscriptionType.class);
        SINGLE.put("POST /contacts/{contact_id}/notes", Note.class);
        SINGLE.put("GET /notes/{note_id}", Note.class);
        LIST_ITEMS.put("GET /contacts", Contact.class);
        LIST_ITEMS.put("POST /contacts/search", Contact.class);
        LIST_ITEMS.put("GET /contacts/{contact_id}/companies", Company.class);
        LIST_ITEMS.put("GET /contacts/{contact_id}/segments", Segment.class);
        LIST_ITEMS.put("GET /contacts/{contact_id}/subscriptions", SubscriptionType.class);
        LIST_ITEMS.put("GET /contacts/{contact_id}/tags", Tag.class);
        LIST_ITEMS.put("GET /contacts/{contact_id}/notes", Note.class);
    }

    @BeforeAll
    static void load() {
        spec = IntercomSpec.load();
    }

    private static JsonNode operation(String key) {
        String[] mp = key.split(" ", 2);
        JsonNode op = spec.path("paths").path(mp[1]).path(mp[0].toLowerCase(java.util.Locale.ROOT));
        assertTrue(op.isObject(), "the spec has no " + key);
        return op;
    }

    private static List<JsonNode> responseExamples(String key) {
        List<JsonNode> out = new java.util.ArrayList<>();
        operation(key).path("responses").properties().forEach(r -> {
            if (r.getKey().startsWith("2")) {
                r.getValue().path("content").path("application/json").path("examples")
                        .forEach(e -> out.add(e.path("value")));
            }
        });
        return out;
    }

    private static JsonNode requestExample(String key, String name) {
        return operation(key).path("requestBody").path("content").path("application/json").path("examples").path(name)
                .path("value");
    }

    private static <T> T decode(JsonNode node, Class<T> type) {
        return Json.decode(Json.writeBytes(node), type, "spec example");
    }

    @Test
    void everyResponseExampleRoundTripsThroughItsModel() {
        Assumptions.assumeTrue(spec != null, "shared/specs is not beside the project");
        int checked = 0;
        for (Map.Entry<String, Class<?>> e : SINGLE.entrySet()) {
            for (JsonNode example : responseExamples(e.getKey())) {
                IntercomSpec.assertRoundTrip(example, e.getValue());
                checked++;
            }
        }
        for (Map.Entry<String, Class<?>> e : LIST_ITEMS.entrySet()) {
            for (JsonNode example : responseExamples(e.getKey())) {
                assertEquals("list", example.path("type").asText(), e.getKey());
                for (JsonNode item : example.path("data")) {
                    IntercomSpec.assertRoundTrip(item, e.getValue());
                    checked++;
                }
            }
        }
        assertTrue(checked >= 20, "found " + checked + " examples");
    }

    @Test
    void theExamplesReadAsTheySay() {
        Assumptions.assumeTrue(spec != null, "shared/specs is not beside the project");
        Contact c = decode(responseExamples("GET /contacts/{contact_id}").get(0), Contact.class);
        assertEquals(List.of("6762f0d01bb69f9f2193bb7d", "70", ContactRole.USER, Instant.ofEpochSecond(1_734_537_424L)),
                List.of(c.id(), c.externalId(), c.role(), c.signedUpAt()));
        assertNull(c.lastSeenAt());
        assertNull(c.avatar());
        assertEquals(List.of(), c.socialProfiles());
        assertEquals("/contacts/6762f0d01bb69f9f2193bb7d/tags", c.tags().url());
        assertEquals(0, c.companies().totalCount());
        assertEquals(Boolean.FALSE, c.notes().hasMore());
        Contact order = decode(responseExamples("PUT /contacts/{contact_id}").get(1), Contact.class);
        assertEquals("Order.list", ((Map<?, ?>) order.customAttributes().get("order")).get("type"));
        JsonNode notes = responseExamples("GET /contacts/{contact_id}/notes").get(0);
        Note first = decode(notes.path("data").path(0), Note.class);
        assertEquals(List.of("26", "6762f0ab1bb69f9f2193bb60", "Ciaran122 Lee", "<p>This is a note.</p>"),
                List.of(first.id(), first.contact().id(), first.author().name(), first.body()));
        assertEquals(1, notes.path("pages").path("total_pages").asInt(), "one page of notes: the page-number paging ends");
        SubscriptionType s = decode(responseExamples("POST /contacts/{contact_id}/subscriptions").get(0),
                SubscriptionType.class);
        assertEquals(List.of("106", ConsentType.OPT_IN, List.of(SubscriptionContentType.SMS_MESSAGE)), List.of(s.id(), s.consentType(),
                s.contentTypes()));
        Segment seg = decode(responseExamples("GET /contacts/{contact_id}/segments").get(0).path("data").path(0),
                Segment.class);
        assertEquals(List.of("segment", "user"), List.of(seg.name(), seg.personType().value()));
        JsonNode companies = responseExamples("GET /contacts/{contact_id}/companies").get(0);
        assertTrue(companies.has("data") && !companies.has("companies"),
                "the example lists the companies under data, as ContactsClient.companies reads them");
    }

    @Test
    void theRequestExamplesAreWhatTheBuildersSend() {
        Assumptions.assumeTrue(spec != null, "shared/specs is not beside the project");
        assertEquals(requestExample("POST /contacts", "successful"),
                tree(ContactRequest.builder().email("joebloggs@intercom.io").build().toJson()));
        assertEquals(requestExample("PUT /contacts/{contact_id}", "successful"),
                tree(ContactRequest.builder().email("joebloggs@intercom.io").name("joe bloggs").build().toJson()));
        assertEquals(requestExample("PUT /contacts/{contact_id}",
                "update_a_contact_with_an_association_to_a_custom_object_instance"),
                tree(ContactRequest.builder().customAttribute("order", List.of("21")).build().toJson()));
        assertEquals(requestExample("POST /contacts/merge", "successful"),
                tree(Map.of("from", "6762f0d51bb69f9f2193bb7f", "into", "6762f0d51bb69f9f2193bb80")));
        JsonNode search = requestExample("POST /contacts/search", "successful");
        SearchRequest ours = SearchRequest.of(SearchQuery.and(SearchQuery.field("created_at").gt("1306054154")), 5);
        assertEquals(search, tree(ours));
        JsonNode tag = requestExample("POST /contacts/{contact_id}/tags", "successful");
        assertTrue(tag.path("id").isNumber(), "the example's id is a number; the schema's a string, which is sent");
        JsonNode note = requestExample("POST /contacts/{contact_id}/notes", "successful_response");
        assertTrue(note.has("contact_id") && note.path("admin_id").isNumber());
    }

    private static JsonNode tree(Object value) {
        return Json.tree(Json.writeBytes(value), "ours");
    }
}
