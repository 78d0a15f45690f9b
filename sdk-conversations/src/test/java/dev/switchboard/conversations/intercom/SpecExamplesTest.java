package dev.switchboard.conversations.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.core.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example of Intercom's 2.14 OpenAPI description for the call, call list, conversation, conversation list,
 * conversation part and message schemas decodes into this SDK's models and re-encodes to the same JSON tree. Two
 * kinds of examples are checked:
 *
 * <ul>
 *   <li>response examples of every operation whose success response is one of those schemas (and of
 *       {@code POST /calls/search}, whose items are calls), and</li>
 *   <li>component examples: the schema's example assembled from the {@code example} of each property, recursively
 *       (the spec has no whole-object examples for these schemas).</li>
 * </ul>
 *
 * Runs only when the spec is present beside the project ({@code shared/specs/intercom/api-2.14.yaml} in the working
 * directory or one of its parents); otherwise the tests are skipped. Where an example contradicts its own schema so
 * that equality is impossible, the normalisation is applied to the expected tree and named here:
 *
 * <ol>
 *   <li><b>Not a conversation.</b> The examples of {@code POST /conversations/{id}/customers} and
 *       {@code DELETE /conversations/{id}/customers/{contact_id}} are {@code {"customers": [...]}} although the
 *       response schema is {@code conversation}; they are skipped.</li>
 *   <li><b>Admin ids as integers in request examples.</b> The reply examples send {@code admin_id} as an integer
 *       although {@code admin_reply_conversation_request.admin_id} is a string; this SDK sends the string, so the
 *       expected {@code admin_id} is turned into a string.</li>
 *   <li><b>A contact's quick reply.</b> The reply example {@code contact_quick_reply_reply} sends
 *       {@code "message_type": "quick_reply"} for a contact, which the contact schema does not allow (only
 *       {@code comment}); it is not reproduced.</li>
 * </ol>
 *
 * The request examples of conversation update and reply are also rebuilt with this SDK's request builders and must
 * match exactly. The message examples are not: {@code admin_message_created} uses {@code "message_type":
 * "conversation"} and a string {@code from.id}, both outside the schema, and the others are deliberately invalid
 * requests (no body, no subject).
 */
class SpecExamplesTest {
    private static final Map<String, Class<?>> MODELS = new LinkedHashMap<>();

    static {
        MODELS.put("call", Call.class);
        MODELS.put("call_list", CallList.class);
        MODELS.put("conversation", Conversation.class);
        MODELS.put("conversation_list", ConversationList.class);
        MODELS.put("conversation_list_item", ConversationListItem.class);
        MODELS.put("conversation_part", ConversationPart.class);
        MODELS.put("message", Message.class);
    }

    /** Examples whose body is not the schema at all (normalisation 1). */
    private static final Set<String> NOT_THE_SCHEMA = Set.of(
            "POST /conversations/{conversation_id}/customers: Attach a contact to a conversation",
            "DELETE /conversations/{conversation_id}/customers/{contact_id}: Detach a contact from a group conversation");

    private static JsonNode spec;

    @BeforeAll
    static void loadSpec() {
        spec = IntercomSpec.load();
    }

    private static void assumeSpec() {
        Assumptions.assumeTrue(spec != null, "shared/specs/intercom/api-2.14.yaml is not beside the project");
    }

    @TestFactory
    List<DynamicTest> responseExamplesRoundTrip() {
        assumeSpec();
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                for (Map.Entry<String, JsonNode> response : op.getValue().path("responses").properties()) {
                    if (!response.getKey().startsWith("2")) {
                        continue;
                    }
                    JsonNode content = response.getValue().path("content").path("application/json");
                    Class<?> model = modelOf(content.path("schema"));
                    if (model == null) {
                        continue;
                    }
                    for (Map.Entry<String, JsonNode> example : content.path("examples").properties()) {
                        String name = op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey() + ": "
                                + example.getKey();
                        if (NOT_THE_SCHEMA.contains(name)) {
                            continue;
                        }
                        JsonNode value = example.getValue().path("value");
                        tests.add(DynamicTest.dynamicTest(name + " as " + model.getSimpleName(),
                                () -> IntercomSpec.assertRoundTrip(value, model)));
                    }
                }
            }
        }
        assertTrue(tests.size() >= 15, "expected the calls, conversations and messages examples, found " + tests.size());
        return tests;
    }

    @Test
    void everyOperationOfThisModuleHasExamplesChecked() {
        assumeSpec();
        for (String[] op : new String[][] {{"/calls", "get"}, {"/calls/{call_id}", "get"}, {"/calls/search", "post"},
            {"/conversations", "get"}, {"/conversations/{conversation_id}", "get"}, {"/conversations/{conversation_id}", "put"},
            {"/conversations/search", "post"}, {"/conversations/{conversation_id}/reply", "post"}, {"/messages", "post"}}) {
            JsonNode content = spec.path("paths").path(op[0]).path(op[1]).path("responses").path("200").path("content")
                    .path("application/json");
            assertTrue(modelOf(content.path("schema")) != null, op[1] + " " + op[0] + " is not mapped to a model");
            assertTrue(content.path("examples").size() > 0, op[1] + " " + op[0] + " has no examples");
        }
    }

    @TestFactory
    List<DynamicTest> componentExamplesRoundTrip() {
        assumeSpec();
        List<DynamicTest> tests = new ArrayList<>();
        MODELS.forEach((schema, model) -> tests.add(DynamicTest.dynamicTest("components/schemas/" + schema, () -> {
            JsonNode example = IntercomSpec.example(spec, spec.path("components").path("schemas").path(schema));
            assertTrue(example != null && example.size() > 1, "no example could be assembled for " + schema);
            IntercomSpec.assertRoundTrip(example, model);
        })));
        return tests;
    }

    @Test
    void updateRequestExamplesAreReproduced() {
        assumeSpec();
        JsonNode examples = spec.path("paths").path("/conversations/{conversation_id}").path("put").path("requestBody")
                .path("content").path("application/json").path("examples");
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("issue_type", "Billing");
        attrs.put("priority", "High");
        assertSameJson(examples.path("conversation_found").path("value"), ConversationUpdate.builder()
                .read(true).title("new conversation title").customAttributes(attrs).build());
        assertSameJson(examples.path("update_a_conversation_with_an_association_to_a_custom_object_instance").path("value"),
                ConversationUpdate.builder().customAttribute("order", List.of("21")).build());
    }

    @Test
    void replyRequestExamplesAreReproduced() {
        assumeSpec();
        JsonNode examples = spec.path("paths").path("/conversations/{conversation_id}/reply").path("post")
                .path("requestBody").path("content").path("application/json").path("examples");
        assertSameJson(examples.path("user_reply").path("value"), ConversationReply.contactComment(
                ContactIdentifier.intercomUserId("6762f1571bb69f9f2193bbbb"), "Thanks again :)").build());
        JsonNode note = examples.path("admin_note_reply").path("value");
        assertSameJson(adminIdAsString(note), ConversationReply.adminNote("991267696", note.path("body").asText()).build());
        JsonNode quick = examples.path("admin_quick_reply_reply").path("value");
        assertSameJson(adminIdAsString(quick), ConversationReply.adminQuickReply("991267698", List.of(
                QuickReplyOption.of("Yes", "a5e1c524-5ddd-4c3e-9328-6bca5d6e3edb"),
                QuickReplyOption.of("No", "f4a98af1-be56-4948-a57e-e1a83f8484c6"))).build());
    }

    private static JsonNode adminIdAsString(JsonNode example) {
        ObjectNode copy = example.deepCopy();
        copy.put("admin_id", copy.path("admin_id").asText());
        return copy;
    }

    private static void assertSameJson(JsonNode expected, Object request) {
        assertTrue(expected.isObject(), "the spec example is missing");
        assertEquals(Json.tree(Json.writeBytes(expected), "spec example"), Json.tree(Json.writeBytes(request), "request"));
    }

    /** The model of a response schema: a {@code $ref} to a known schema, or an inline list of {@code call}s. */
    private static Class<?> modelOf(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return MODELS.get(ref.substring("#/components/schemas/".length()));
        }
        JsonNode items = schema.path("properties").path("data").path("items");
        for (JsonNode part : items.path("allOf")) {
            if ("#/components/schemas/call".equals(part.path("$ref").asText())) {
                return CallList.class;
            }
        }
        return null;
    }
}
