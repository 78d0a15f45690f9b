package dev.switchboard.webhooks.livechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.json.JsonArray;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import dev.switchboard.webhooks.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every webhook sample of LiveChat's 3.6 and 3.5 references ({@code shared/specs/livechat/examples}), when present:
 * made valid JSON by {@link LiveChatSamples#prepare} (comments, trailing commas and the documented repairs), each one
 * decodes to its type and is written back byte for byte, secret included through the raw accessor only.
 *
 * <p>All three {@code auto_accesses_updated} samples say {@code "action": "auto_access_added"} (a copy-paste slip in the
 * reference); they decode to {@link AutoAccessesUpdated} because their payload is an array, with the action kept.
 */
class LiveChatSpecExamplesTest {
    private static final String SECRET = LiveChatSamples.SECRET;

    static Stream<Arguments> examples() {
        List<Path> all = LiveChatSamples.examples();
        if (all.isEmpty()) {
            return Stream.of(Arguments.of("(shared/specs absent)", null));
        }
        Path dir = LiveChatSamples.examplesDir().orElseThrow();
        return all.stream().map(p -> Arguments.of(dir.relativize(p).toString(), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void decodesToItsTypeAndRoundTrips(String name, Path file) {
        Assumptions.assumeTrue(file != null, "shared/specs is not present next to this checkout");
        byte[] body = TestFiles.utf8(LiveChatSamples.prepare(file));
        LiveChatWebhook webhook = LiveChatWebhooks.builder().secrets(SECRET).build().verify(body);
        assertEquals(LiveChatFixtures.TYPES.get(LiveChatSamples.action(file)), webhook.getClass(), name);
        assertNotNull(webhook.envelope().organizationId(), name);
        String exact = Json.write(Json.object(body, name));
        assertEquals(exact, Json.write(webhook.rawJsonWithSecret()), name);
        assertEquals(exact.replace("\"" + SECRET + "\"", "\"[redacted]\""), Json.write(webhook), name);
        assertFalse(webhook.toString().contains(SECRET), name);
        webhook.envelope().requester();
        webhook.payload();
    }

    private static LiveChatWebhook example(String relative) {
        Path file = TestFiles.requireSpecs("livechat/examples/" + relative);
        return LiveChatWebhooks.builder().secrets(SECRET).build().verify(TestFiles.utf8(LiveChatSamples.prepare(file)));
    }

    @Test
    void sampleFieldsAreRead() {
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

    private static byte[] read(Path dir, String file) throws IOException {
        return Files.readAllBytes(dir.resolve(file));
    }

    /** Asserts the model writes back exactly the sample's JSON (compact), and returns it. */
    private static <M extends JsonModel> M exact(byte[] sample, M model) {
        assertEquals(Json.write(Json.object(sample, "sample")), Json.write(model));
        return model;
    }

    /** The data-structure samples of the 3.6 reference decode into their models and are written back exactly. */
    @Test
    void dataStructureSamples() throws IOException {
        Path dir = TestFiles.requireSpecs("livechat/data-structures/v3.6");
        for (String event : List.of("custom", "deletedEvent", "file", "filledForm", "form", "message", "richMessage", "system",
                "systemMessage")) {
            byte[] json = read(dir, "events." + event + ".json");
            Event e = Event.of(Json.object(json, event));
            assertFalse(e instanceof UnknownEvent, event);
            exact(json, (JsonModel) e);
        }
        assertInstanceOf(SystemEvent.class, Event.of(Json.object(read(dir, "events.system.json"), "system")));
        for (String user : List.of("agent", "customer", "myProfile")) {
            byte[] json = read(dir, "users." + user + ".json");
            User u = User.of(Json.object(json, user));
            assertFalse(u instanceof UnknownUser, user);
            exact(json, (JsonModel) u);
        }
        Agent me = (Agent) User.of(Json.object(read(dir, "users.myProfile.json"), "me"));
        assertEquals(RoutingStatus.ACCEPTING_CHATS, me.routingStatus());
        byte[] chatJson = read(dir, "other-structures.chat.json");
        Chat chat = exact(chatJson, Json.decode(chatJson, Chat.class, "chat"));
        assertEquals(1, chat.threads().size());
        assertTrue(chat.json().containsKey("properites"), "the sample's misspelt field is kept");
        byte[] threadJson = read(dir, "other-structures.thread.json");
        ChatThread thread = exact(threadJson, Json.decode(threadJson, ChatThread.class, "thread"));
        assertEquals("You can't access threads older than 60 days on starter plan", thread.restrictedAccess());
        byte[] agentJson = read(dir, "configuration.getAgent.json");
        exact(agentJson, Json.decode(agentJson, AgentAccount.class, "agent"));
        byte[] botJson = read(dir, "configuration.getBot.json");
        exact(botJson, Json.decode(botJson, Bot.class, "bot"));
        byte[] groupJson = read(dir, "configuration.getGroup.json");
        exact(groupJson, Json.decode(groupJson, Group.class, "group"));
        JsonArray tags;
        try (JsonParser p = Json.parser(Files.newInputStream(dir.resolve("configuration.listTags.json")))) {
            p.nextToken();
            tags = (JsonArray) Json.readValue(p);
        }
        Tag positive = new Tag((JsonObject) tags.get(1));
        assertEquals("2017-11-13T15:37:36.000000+01:00", positive.createdAt().raw());
        assertEquals(List.of(0), positive.groupIds());
        byte[] cartJson = read(dir, "other-structures.cart.json");
        Customer.Cart cart = exact(cartJson, Json.decode(cartJson, Customer.Cart.class, "cart"));
        assertEquals(9876543210L, cart.items().get(0).variantId());
        byte[] filled = read(dir, "other-structures.filledFormFields.json");
        FilledFormEvent form = exact(filled, Json.decode(filled, FilledFormEvent.class, "fields"));
        FormAnswer.Choice department = assertInstanceOf(FormAnswer.Choice.class, form.fields().get(4).answer());
        assertEquals("2", department.id(), "a numeric option id is read as its digits");
        assertEquals(2, department.json().get("id"), "and kept as the number it was");
        assertEquals(1, department.groupId());
    }
}
