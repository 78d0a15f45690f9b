package dev.switchboard.webhooks.livechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.Json;
import dev.switchboard.webhooks.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every webhook sample of LiveChat's 3.6 and 3.5 references ({@code shared/specs/livechat/examples}), when present:
 * after removing comments and trailing commas each one decodes to its type and is written back as the same JSON.
 *
 * <p>A few samples are broken even then; each gets a minimal documented repair here (and the test first proves it is
 * still broken without it, so the list cannot go stale):
 * <ul>
 *   <li>{@code customer_session_fields_updated} (3.6 and 3.5): a stray {@code ]} after the {@code active_chat} object.</li>
 *   <li>{@code agent_deleted} and {@code group_updated} (3.6): no comma between {@code requester} and
 *       {@code additional_data}.</li>
 *   <li>{@code auto_accesses_updated.after-updating-auto-access-rule} (3.6 and 3.5): {@code conditions} is never closed
 *       and the comma before {@code next_id} is missing.</li>
 *   <li>{@code auto_accesses_updated.after-deleting-auto-access-rule} (3.5): no comma between {@code payload} and
 *       {@code additional_data}.</li>
 *   <li>{@code group_created}, {@code group_deleted}, {@code group_updated} (3.5): valid JSON, but only the payload; they
 *       are wrapped in an envelope with the action of their file name.</li>
 * </ul>
 * All three {@code auto_accesses_updated} samples say {@code "action": "auto_access_added"} (a copy-paste slip in the
 * reference); they decode to {@link AutoAccessesUpdated} because their payload is an array, with the action kept.
 */
class LiveChatSpecExamplesTest {
    private static final String SECRET = "<secret_key>";

    /** A repair: the regular expression to replace and its replacement. */
    private record Repair(String reason, String regex, String replacement) {
    }

    private static final Repair STRAY_BRACKET =
            new Repair("stray ] after active_chat", "\\}\\s*\\],\\s*\"session_fields\"", "}, \"session_fields\"");
    private static final Repair COMMA_BEFORE_ADDITIONAL_DATA =
            new Repair("missing comma before additional_data", "([}\\]])\\s*\"additional_data\"", "$1, \"additional_data\"");
    private static final Repair CONDITIONS_NOT_CLOSED =
            new Repair("conditions never closed, missing comma", "\\]\\s*\\}\\s*\"next_id\"", "]}}, \"next_id\"");

    /** Path under examples/ to its repair. */
    private static final Map<String, Repair> REPAIRS = Map.of(
            "customer_session_fields_updated.jsonc", STRAY_BRACKET,
            "v3.5/customer_session_fields_updated.jsonc", STRAY_BRACKET,
            "agent_deleted.jsonc", COMMA_BEFORE_ADDITIONAL_DATA,
            "group_updated.jsonc", COMMA_BEFORE_ADDITIONAL_DATA,
            "auto_accesses_updated.after-updating-auto-access-rule.jsonc", CONDITIONS_NOT_CLOSED,
            "v3.5/auto_accesses_updated.after-updating-auto-access-rule.jsonc", CONDITIONS_NOT_CLOSED,
            "v3.5/auto_accesses_updated.after-deleting-auto-access-rule.jsonc", COMMA_BEFORE_ADDITIONAL_DATA);

    static Stream<Arguments> examples() throws IOException {
        Path dir = TestFiles.specs().map(p -> p.resolve("livechat/examples")).filter(Files::isDirectory).orElse(null);
        if (dir == null) {
            return Stream.of(Arguments.of("(shared/specs absent)", null));
        }
        List<Arguments> all = new ArrayList<>();
        for (Path d : List.of(dir, dir.resolve("v3.5"))) {
            try (Stream<Path> files = Files.list(d)) {
                files.filter(Files::isRegularFile).sorted()
                        .forEach(p -> all.add(Arguments.of(dir.relativize(p).toString(), p)));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void decodesToItsTypeAndRoundTrips(String name, Path file) throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(file != null, "shared/specs is not present next to this checkout");
        byte[] body = TestFiles.utf8(prepare(file));
        LiveChatWebhook webhook = LiveChatWebhooks.builder().secrets(SECRET).build().verify(body);
        String stem = file.getFileName().toString();
        String action = stem.substring(0, stem.indexOf('.'));
        assertEquals(LiveChatFixtures.TYPES.get(action), webhook.getClass(), name);
        assertNotNull(webhook.envelope().organizationId(), name);
        TestFiles.assertSameJson(body, webhook.toJson());
        assertFalse(webhook.toString().contains(SECRET), name);
    }

    /** Strips comments and trailing commas, applies the documented repair, wraps bare 3.5 group payloads. */
    static String prepare(Path file) throws IOException {
        String name = file.getFileName().toString();
        String json = TestFiles.stripJsonc(Files.readString(file, StandardCharsets.UTF_8));
        boolean v35 = file.getParent().getFileName().toString().equals("v3.5");
        Repair repair = REPAIRS.get(v35 ? "v3.5/" + name : name);
        if (repair != null) {
            String broken = json;
            assertThrows(DecodeException.class, () -> Json.tree(TestFiles.utf8(broken), name),
                    name + " parses without its repair (" + repair.reason() + "): drop it from the list");
            json = json.replaceFirst(repair.regex(), repair.replacement());
        }
        if (v35 && name.startsWith("group_")) {
            String action = name.substring(0, name.indexOf('.'));
            json = "{\"webhook_id\":\"<webhook_id>\",\"secret_key\":\"<secret_key>\",\"action\":\"" + action
                    + "\",\"organization_id\":\"390e44e6-f1e6-0368c-z6ddb-74g14508c2ex\",\"payload\":" + json + "}";
        }
        return json;
    }

    private static LiveChatWebhook example(String relative) throws IOException {
        Path file = TestFiles.requireSpecs("livechat/examples/" + relative);
        return LiveChatWebhooks.builder().secrets(SECRET).build().verify(TestFiles.utf8(prepare(file)));
    }

    @Test
    void sampleFieldsAreRead() throws IOException {
        RoutingStatusSet status = (RoutingStatusSet) example("routing_status_set.jsonc");
        assertEquals("accepting chats", status.payload().status().value());
        assertTrue(status.payload().status().acceptingChats());

        ChatTransferred v36 = (ChatTransferred) example("chat_transferred.jsonc");
        ChatTransferred v35 = (ChatTransferred) example("v3.5/chat_transferred.jsonc");
        assertEquals(v36.payload().queue().queuedTime(), v35.payload().queue().queuedTime(), "3.5 queued_at_us is read too");
        assertEquals(List.of(19), v36.payload().transferredTo().groupIds());

        AgentCreated agent = (AgentCreated) example("agent_created.jsonc");
        assertEquals("user@example.com", agent.envelope().requester().userId(), "3.6 requester on configuration webhooks");
        assertEquals(3, agent.payload().groups().size());

        AutoAccessesUpdated added = (AutoAccessesUpdated) example("auto_accesses_updated.after-adding-auto-access-rule.jsonc");
        assertEquals("auto_access_added", added.action());
        assertEquals(List.of(0), added.payload().get(1).access().groups());

        IncomingRichMessagePostback postback = (IncomingRichMessagePostback) example("incoming_rich_message_postback.jsonc");
        assertEquals(2, postback.payload().postback().ecommerce().quantity());

        ThreadSummarySet summary = (ThreadSummarySet) example("thread_summary_set.json");
        assertTrue(summary.payload().summary().text().startsWith("• Customer asks"));

        IncomingCustomer customer = (IncomingCustomer) example("v3.5/incoming_customer.jsonc");
        assertTrue(customer.wrapped());

        GroupCreated group = (GroupCreated) example("v3.5/group_created.json");
        assertEquals(42, group.payload().id());
    }

    /** The data-structure samples of the 3.6 reference decode into their models and, where noted, round-trip. */
    @Test
    void dataStructureSamples() throws IOException {
        Path dir = TestFiles.requireSpecs("livechat/data-structures/v3.6");
        for (String event : List.of("custom", "deletedEvent", "file", "filledForm", "form", "message", "richMessage", "system",
                "systemMessage")) {
            byte[] json = Files.readAllBytes(dir.resolve("events." + event + ".json"));
            Event e = Json.decode(json, Event.class, event);
            assertFalse(e instanceof UnknownEvent, event);
            TestFiles.assertSameJson(json, Json.toTree(e));
        }
        assertInstanceOf(SystemEvent.class, Json.decode(Files.readAllBytes(dir.resolve("events.system.json")), Event.class, "system"));
        for (String user : List.of("agent", "customer", "myProfile")) {
            byte[] json = Files.readAllBytes(dir.resolve("users." + user + ".json"));
            User u = Json.decode(json, User.class, user);
            assertFalse(u instanceof UnknownUser, user);
            TestFiles.assertSameJson(json, Json.toTree(u));
        }
        Agent me = (Agent) Json.decode(Files.readAllBytes(dir.resolve("users.myProfile.json")), User.class, "me");
        assertEquals(RoutingStatus.ACCEPTING_CHATS, me.routingStatus());
        byte[] chatJson = Files.readAllBytes(dir.resolve("other-structures.chat.json"));
        Chat chat = Json.decode(chatJson, Chat.class, "chat");
        assertEquals(1, chat.threads().size());
        assertTrue(chat.extra().containsKey("properites"), "the sample's misspelt field is kept");
        TestFiles.assertSameJson(chatJson, Json.toTree(chat));
        byte[] threadJson = Files.readAllBytes(dir.resolve("other-structures.thread.json"));
        ChatThread thread = Json.decode(threadJson, ChatThread.class, "thread");
        assertEquals("You can't access threads older than 60 days on starter plan", thread.restrictedAccess());
        TestFiles.assertSameJson(threadJson, Json.toTree(thread));
        byte[] agentJson = Files.readAllBytes(dir.resolve("configuration.getAgent.json"));
        TestFiles.assertSameJson(agentJson, Json.toTree(Json.decode(agentJson, AgentAccount.class, "agent")));
        byte[] botJson = Files.readAllBytes(dir.resolve("configuration.getBot.json"));
        TestFiles.assertSameJson(botJson, Json.toTree(Json.decode(botJson, Bot.class, "bot")));
        byte[] groupJson = Files.readAllBytes(dir.resolve("configuration.getGroup.json"));
        TestFiles.assertSameJson(groupJson, Json.toTree(Json.decode(groupJson, Group.class, "group")));
        byte[] tagsJson = Files.readAllBytes(dir.resolve("configuration.listTags.json"));
        Tag[] tags = Json.decode(tagsJson, Tag[].class, "tags");
        assertEquals("2017-11-13T15:37:36.000000+01:00", tags[1].createdAt().raw());
        TestFiles.assertSameJson(tagsJson, Json.toTree(tags));
        byte[] cartJson = Files.readAllBytes(dir.resolve("other-structures.cart.json"));
        TestFiles.assertSameJson(cartJson, Json.toTree(Json.decode(cartJson, Customer.Cart.class, "cart")));
    }
}
