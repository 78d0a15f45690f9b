package dev.switchboard.webhooks.livechat;

import static dev.switchboard.webhooks.livechat.LiveChatFixtures.decode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each action decodes to its typed view with the right fields. */
class LiveChatActionsTest {

    @Test
    void envelopeFields() {
        IncomingChat w = decode("incoming_chat", IncomingChat.class);
        LiveChatEnvelope e = w.envelope();
        assertEquals("wh-4c1d9e", e.webhookId());
        assertEquals(LiveChatFixtures.SECRET, e.secretKey());
        assertEquals("incoming_chat", w.action());
        assertEquals("0c5d2f7e-8a41-4b6c-9e13-5f2a7d9b1c40", e.organizationId());
        assertNull(e.licenseId());
        assertNull(e.requester());
        assertEquals(List.of("alice@example.org", "d4c3b2a1-0f9e-4d8c-b7a6-958473625140"), e.additionalData().chatPresenceUserIds());
        assertEquals(true, e.additionalData().chatProperties().get("routing").get("pinned"));
    }

    @Test
    void incomingChat() {
        Chat chat = decode("incoming_chat", IncomingChat.class).payload().chat();
        assertEquals("QX7TLB2K9M", chat.id());
        assertEquals(3, chat.users().size());
        assertEquals(1, chat.agents().size());
        assertEquals("Alice Moreau", chat.agents().get(0).name());
        Customer customer = chat.customers().get(0);
        assertEquals("Grace Okafor", customer.name());
        assertEquals("+442071838750", customer.phoneNumber());
        assertEquals("London", customer.visit().geolocation().city());
        assertEquals("51.5072", customer.visit().geolocation().latitude());
        assertEquals(List.of(Map.of("plan", "pro"), Map.of("cart_value", "129.90")), customer.sessionFields());
        assertEquals(12, customer.statistics().visitsCount());
        assertEquals(List.of(0, 7), customer.groupIds());
        assertEquals(8123456789012L, customer.carts().get(0).items().get(0).id());
        assertEquals(44012345678901L, customer.carts().get(0).items().get(0).variantId());
        assertEquals(new BigDecimal("139.9"), customer.carts().get(0).total());
        assertEquals("SW1A 2AA", customer.address().postalCode());
        assertEquals("S1699999999.a1b2c3d4e5", customer.json().get("__priv_lc2_customer_id"));
        assertInstanceOf(UnknownUser.class, chat.users().get(2), "a bot user is kept, not rejected");
        assertEquals("bot", chat.users().get(2).type());
        assertEquals(Map.of("typo", Map.of("kept", true)), chat.json().get("properites"));
        assertEquals(1, chat.properties().get("rating").get("score"));

        ChatThread thread = chat.thread();
        assertEquals("QX1", thread.id());
        assertTrue(thread.active());
        assertEquals(List.of("orders"), thread.tags());
        assertEquals(1, thread.queue().position());
        assertEquals(Instant.parse("2026-03-02T09:14:06Z"), thread.queue().queuedAt().toInstant().orElseThrow());
        assertEquals("QW9", thread.previousThreadId());
        assertEquals("Customer asks about order 42.", thread.summary().text());
        assertEquals("GB", thread.customerVisit().geolocation().countryCode());
        assertEquals(List.of(7), thread.access().groupIds());
        assertEquals(12, thread.events().size());
    }

    @Test
    void everyEventTypeInTheThread() {
        List<Event> events = decode("incoming_chat", IncomingChat.class).payload().chat().thread().events();
        MessageEvent hello = assertInstanceOf(MessageEvent.class, events.get(0));
        assertTrue(hello.text().contains("\uD83D\uDCE6"), "multibyte text kept");
        assertEquals(false, hello.properties().get("lc2").get("welcome_message"));
        MessageEvent callMe = assertInstanceOf(MessageEvent.class, events.get(1));
        assertEquals("action_call", callMe.postback().id());
        assertEquals("phone", callMe.postback().type());
        assertEquals(2, callMe.postback().ecommerce().quantity());
        SystemMessageEvent sys = assertInstanceOf(SystemMessageEvent.class, events.get(2));
        assertEquals("routing.assigned", sys.systemMessageType());
        assertEquals("Alice Moreau", sys.textVars().get("agent"));
        assertNull(sys.authorId());
        SystemEvent order = assertInstanceOf(SystemEvent.class, events.get(3));
        assertEquals("cdp", order.source());
        assertEquals("store_order_was_created", order.subtype());
        assertEquals(1, order.version());
        assertInstanceOf(String.class, order.details(), "details kept as the JSON-encoded string it arrived as");
        assertEquals("gid://shop/Order/42", order.parsedDetails().orElseThrow().getObject("order").getString("id"));
        RichMessageEvent cards = assertInstanceOf(RichMessageEvent.class, events.get(4));
        assertEquals("cards", cards.templateId());
        assertEquals("Track", cards.elements().get(0).buttons().get(0).text());
        assertEquals(320, cards.elements().get(0).image().width());
        assertEquals("compact", cards.elements().get(0).buttons().get(1).webviewHeight());
        RichMessageEvent shop = assertInstanceOf(RichMessageEvent.class, events.get(5));
        RichMessageEvent.Product product = shop.elements().get(0).ecommerce();
        assertEquals("swatch", product.viewType());
        assertEquals("19.99", product.options().get(0).price());
        RichMessageEvent.ProductAddon addon = product.addons().get(0);
        assertEquals("discount", addon.addonType());
        assertEquals("2", addon.rangeFrom());
        assertEquals("5", addon.rangeTo());
        assertEquals("GBP", addon.currency());
        assertEquals(2, addon.json().get("range_from"), "the number stays a number in the JSON");
        FileEvent file = assertInstanceOf(FileEvent.class, events.get(6));
        assertEquals("receipt.png", file.name());
        assertEquals(98765L, file.size());
        assertEquals("https://cdn.example.org/f/receipt-t2.png", file.thumbnail2xUrl());
        FormEvent form = assertInstanceOf(FormEvent.class, events.get(7));
        assertEquals("prechat", form.formType());
        assertEquals("Returns", form.fields().get(1).options().get(1).label());
        assertTrue(form.fields().get(0).required());
        FilledFormEvent filled = assertInstanceOf(FilledFormEvent.class, events.get(8));
        assertEquals(new FormAnswer.Text("Grace Okafor"), filled.fields().get(0).answer());
        assertEquals("Grace Okafor", filled.fields().get(0).answerText());
        FormAnswer.Choice topic = assertInstanceOf(FormAnswer.Choice.class, filled.fields().get(1).answer());
        assertEquals("Orders", topic.label());
        assertNull(filled.fields().get(2).answer());
        assertEquals(2, filled.fields().get(2).answers().size());
        assertEquals("gadgets", ((FormAnswer.Choice) filled.fields().get(2).answers().get(1)).label());
        assertEquals(7, ((FormAnswer.Choice) filled.fields().get(3).answer()).groupId());
        CustomEvent custom = assertInstanceOf(CustomEvent.class, events.get(9));
        assertEquals("order_lookup", custom.content().get("kind"));
        UnknownEvent hologram = assertInstanceOf(UnknownEvent.class, events.get(10));
        assertEquals("hologram", hologram.type());
        assertEquals(Map.of("intensity", 3), hologram.json().get("beam"));
        MessageEvent deleted = assertInstanceOf(MessageEvent.class, events.get(11));
        assertTrue(deleted.isDeleted());
        assertNull(deleted.text());
    }

    @Test
    void chatDeactivatedAccessAndTransfer() {
        ChatDeactivated.Payload d = decode("chat_deactivated", ChatDeactivated.class).payload();
        assertEquals("QX1", d.threadId());
        assertEquals("alice@example.org", d.userId());
        ChatAccessUpdated.Payload a = decode("chat_access_updated", ChatAccessUpdated.class).payload();
        assertEquals("QX7TLB2K9M", a.id());
        assertEquals(List.of(0, 3), a.access().groupIds());
        ChatTransferred t = decode("chat_transferred", ChatTransferred.class);
        assertNull(t.envelope().additionalData(), "absent additional_data is fine");
        assertEquals("manual", t.payload().reason());
        assertEquals(List.of(3), t.payload().transferredTo().groupIds());
        assertEquals(List.of("bob@example.org"), t.payload().transferredTo().agentIds());
        assertEquals(45, t.payload().queue().waitTime());
        assertEquals("lead@example.org", t.payload().requesterId());
    }

    @Test
    void usersAddedAndRemoved() {
        UserAddedToChat.Payload added = decode("user_added_to_chat", UserAddedToChat.class).payload();
        Agent agent = assertInstanceOf(Agent.class, added.user());
        assertEquals("alice@example.org", agent.email());
        assertEquals("agent", added.userType());
        UserRemovedFromChat.Payload removed = decode("user_removed_from_chat", UserRemovedFromChat.class).payload();
        assertEquals("alice@example.org", removed.userId());
        assertEquals("manual", removed.reason());
    }

    @Test
    void eventActions() {
        IncomingEvent in = decode("incoming_event", IncomingEvent.class);
        assertEquals("QX1", in.payload().threadId());
        assertInstanceOf(MessageEvent.class, in.payload().event());
        EventUpdated up = decode("event_updated", EventUpdated.class);
        assertEquals("Hello! Where is my order #42?", ((MessageEvent) up.payload().event()).text());
        assertEquals("QX1_1", decode("event_deleted", EventDeleted.class).payload().eventId());
        IncomingRichMessagePostback.Payload p = decode("incoming_rich_message_postback", IncomingRichMessagePostback.class).payload();
        assertEquals("QX1_6", p.eventId());
        assertEquals("buy", p.postback().id());
        assertTrue(p.postback().toggled());
        assertEquals("message", p.postback().buttonType());
        assertEquals("Buy", p.postback().buttonValue());
        assertEquals("blue-m", p.postback().ecommerce().optionId());
    }

    @Test
    void propertiesUpdatedKeepJsonTypes() {
        PropertiesUpdate chat = decode("chat_properties_updated", ChatPropertiesUpdated.class).payload();
        Map<String, Object> rating = chat.properties().get("rating");
        assertEquals(0, rating.get("score"));
        assertEquals("slow", rating.get("comment"));
        assertEquals(new BigDecimal("0.75"), rating.get("weight"));
        assertEquals(Map.of("escalate", true), rating.get("flags"));
        assertEquals(true, decode("thread_properties_updated", ThreadPropertiesUpdated.class).payload().properties()
                .get("routing").get("idle"));
        PropertiesUpdate event = decode("event_properties_updated", EventPropertiesUpdated.class).payload();
        assertEquals("QX1_1", event.eventId());
        assertEquals("Bonjour", event.properties().get("translation").get("text"));
    }

    @Test
    void propertiesDeletedAreNameLists() {
        assertEquals(Map.of("rating", List.of("score", "comment")),
                decode("chat_properties_deleted", ChatPropertiesDeleted.class).payload().properties());
        assertEquals(Map.of("routing", List.of("idle")),
                decode("thread_properties_deleted", ThreadPropertiesDeleted.class).payload().properties());
        PropertiesDeletion e = decode("event_properties_deleted", EventPropertiesDeleted.class).payload();
        assertEquals("QX1_1", e.eventId());
        assertEquals(Map.of("translation", List.of("text")), e.properties());
    }

    @Test
    void tagsStatusAndSessionFields() {
        assertEquals("orders", decode("thread_tagged", ThreadTagged.class).payload().tag());
        assertEquals("spam", decode("thread_untagged", ThreadUntagged.class).payload().tag());
        RoutingStatusSet.Payload status = decode("routing_status_set", RoutingStatusSet.class).payload();
        assertEquals("alice@example.org", status.agentId());
        assertEquals("not accepting chats", status.status().value());
        assertEquals(RoutingStatus.NOT_ACCEPTING_CHATS, status.status().canonical());
        CustomerSessionFieldsUpdated.Payload s = decode("customer_session_fields_updated", CustomerSessionFieldsUpdated.class).payload();
        assertEquals("QX7TLB2K9M", s.activeChat().chatId());
        assertEquals(List.of(Map.of("plan", "enterprise"), Map.of("seats", "25")), s.sessionFields());
    }

    @Test
    void productAddonBoundsAreTextWhetherSentAsStringsOrNumbersAndOtherTypesFailOnlyTheirAccessor() {
        RichMessageEvent.ProductAddon a = new RichMessageEvent.ProductAddon(JsonObject.of("addon_type", "warranty",
                "range_from", "2.50", "range_to", new BigDecimal("10.00"), "currency", "USD"));
        assertEquals("2.50", a.rangeFrom());
        assertEquals("10.00", a.rangeTo());
        RichMessageEvent.ProductAddon bad = new RichMessageEvent.ProductAddon(JsonObject.of("range_from", true,
                "range_to", List.of(1), "addon_type", 3));
        assertThrows(DecodeException.class, bad::rangeFrom);
        assertThrows(DecodeException.class, bad::rangeTo);
        assertThrows(DecodeException.class, bad::addonType);
        assertNull(bad.currency());
    }

    @Test
    void theVersion34WorkSchedulerDayMapIsTyped() {
        WorkScheduler v34 = new WorkScheduler(Json.object(("{\"sunday\":{\"start\":\"13:00\",\"end\":\"15:00\"},"
                + "\"monday\":{\"start\":\"08:30\",\"end\":\"16:30\"},\"tuesday\":null}").getBytes(), "scheduler"));
        assertTrue(v34.isDayMap());
        assertEquals(List.of("monday", "tuesday", "sunday"), List.copyOf(v34.days().keySet()), "in week order");
        assertEquals("08:30", v34.days().get("monday").start());
        assertEquals("16:30", v34.days().get("monday").end());
        assertNull(v34.days().get("tuesday"));
        assertEquals("13:00", v34.days().get("sunday").start());
        assertNull(v34.schedule());
        WorkScheduler fixture = decode("agent_updated.v3.4", AgentUpdated.class).payload().workScheduler();
        assertEquals(List.of("monday", "friday", "sunday"), List.copyOf(fixture.days().keySet()));
        assertEquals("13:00", fixture.days().get("friday").end());
        WorkScheduler v35 = new WorkScheduler(Json.object(("{\"timezone\":\"Europe/Warsaw\",\"schedule\":[{\"day\":"
                + "\"monday\",\"enabled\":true,\"start\":\"08:30\",\"end\":\"12:30\"}]}").getBytes(), "scheduler"));
        assertFalse(v35.isDayMap());
        assertEquals(Map.of(), v35.days());
        DecodeException e = assertThrows(DecodeException.class, () -> new WorkScheduler(JsonObject.of("friday", "9-5"))
                .days());
        assertTrue(e.getMessage().contains("friday"), e.getMessage());
    }

    @Test
    void agentActions() {
        AgentCreated created = decode("agent_created", AgentCreated.class);
        assertEquals("ops@example.org", created.envelope().requester().userId());
        assertEquals("9f8e7d6c5b4a39281706f5e4d3c2b1a0", created.envelope().requester().clientId());
        AgentAccount a = created.payload();
        assertEquals("carol@example.org", created.agentId());
        assertEquals("administrator", a.role());
        assertTrue(a.loginStatus().acceptingChats());
        assertEquals(7, a.groups().get(1).id());
        assertEquals("first", a.groups().get(1).priority());
        assertEquals(List.of("daily_summary"), a.emailSubscriptions());
        assertEquals("America/Los_Angeles", a.workScheduler().timezone());
        assertEquals("17:00", a.workScheduler().schedule().get(0).end());
        assertFalse(a.workScheduler().schedule().get(1).enabled());
        assertEquals("Head of support", decode("agent_updated", AgentUpdated.class).payload().jobTitle());
        for (Class<? extends LiveChatWebhook> type : List.of(AgentApproved.class, AgentSuspended.class, AgentUnsuspended.class,
                AgentDeleted.class)) {
            String action = switch (type.getSimpleName()) {
                case "AgentApproved" -> "agent_approved";
                case "AgentSuspended" -> "agent_suspended";
                case "AgentUnsuspended" -> "agent_unsuspended";
                default -> "agent_deleted";
            };
            AgentAccount only = (AgentAccount) decode(action, type).payload();
            assertEquals("carol@example.org", only.id());
            assertNull(only.name());
        }
    }

    @Test
    void autoAccessesUpdatedHasAnArrayPayload() {
        List<AutoAccessChange> changes = decode("auto_accesses_updated", AutoAccessesUpdated.class).payload();
        assertEquals(3, changes.size());
        assertEquals("r-2", changes.get(0).nextId());
        AutoAccessChange added = changes.get(1);
        assertEquals("added", added.status());
        assertEquals(List.of(7), added.access().groups());
        assertEquals("/careers", added.conditions().url().excludeValues().get(0).value());
        assertTrue(added.conditions().domain().values().get(0).exactMatch());
        assertEquals("GB", added.conditions().geolocation().values().get(0).countryCode());
        assertEquals("", added.nextId());
        assertEquals("deleted", changes.get(2).status());
    }

    @Test
    void threeFourAutoAccessActionsCarryOneRule() {
        AutoAccessAdded added = decode("auto_access_added.v3.4", AutoAccessAdded.class);
        assertEquals("r-9", added.payload().id());
        assertEquals(List.of(0), added.payload().access().groups());
        byte[] updated = LiveChatDelivery.builder("auto_access_updated", LiveChatFixtures.SECRET)
                .payloadJson("{\"id\":\"r-9\",\"description\":\"Some\"}").toBytes();
        assertEquals("Some", ((AutoAccessUpdated) LiveChatFixtures.verifier().verify(updated)).payload().description());
        byte[] deleted = LiveChatDelivery.builder("auto_access_deleted", LiveChatFixtures.SECRET)
                .payloadJson("{\"id\":\"r-9\"}").toBytes();
        assertEquals("r-9", ((AutoAccessDeleted) LiveChatFixtures.verifier().verify(deleted)).payload().id());
    }

    @Test
    void botGroupAndTagActions() {
        Bot bot = decode("bot_created", BotCreated.class).payload();
        assertEquals("Order helper", bot.name());
        assertEquals("chatbot", bot.type());
        assertEquals(20, bot.maxChatsCount());
        assertEquals("Order assistant", decode("bot_updated", BotUpdated.class).payload().name());
        assertEquals("b0t5a1e5c0ffee", decode("bot_deleted", BotDeleted.class).payload().id());
        Group group = decode("group_created", GroupCreated.class).payload();
        assertEquals(7, group.id(), "group ids are integers");
        assertEquals("first", group.agentPriorities().get("carol@example.org"));
        assertEquals("Sales EMEA", decode("group_updated", GroupUpdated.class).payload().name());
        assertEquals(7, decode("group_deleted", GroupDeleted.class).payload().id());
        Tag tag = decode("tag_created", TagCreated.class).payload();
        assertEquals(List.of(0, 7), tag.groupIds());
        assertEquals("2026-03-01T10:00:00.000000+01:00", tag.createdAt().raw());
        assertEquals(Instant.parse("2026-03-01T09:00:00Z"), tag.createdAt().toInstant().orElseThrow());
        assertEquals(List.of(7), decode("tag_updated", TagUpdated.class).payload().groupIds());
        assertEquals("orders", decode("tag_deleted", TagDeleted.class).payload().name());
    }

    @Test
    void verbFirstGroupAndTagActionsAreAliases() {
        String[][] aliases = {{"create_group", "GroupCreated"}, {"update_group", "GroupUpdated"}, {"delete_group", "GroupDeleted"},
            {"create_tag", "TagCreated"}, {"update_tag", "TagUpdated"}, {"delete_tag", "TagDeleted"}};
        for (String[] a : aliases) {
            String payload = a[0].endsWith("group") ? "{\"id\":42}" : "{\"name\":\"vip\"}";
            byte[] body = LiveChatDelivery.builder(a[0], LiveChatFixtures.SECRET).payloadJson(payload).toBytes();
            LiveChatWebhook w = LiveChatFixtures.verifier().verify(body);
            assertEquals(a[1], w.getClass().getSimpleName(), a[0]);
            assertEquals(a[0], w.action(), "the action is kept as sent");
        }
    }

    @Test
    void otherActions() {
        EventsMarkedAsSeen.Payload seen = decode("events_marked_as_seen", EventsMarkedAsSeen.class).payload();
        assertEquals(Instant.parse("2026-03-02T09:17:30Z"), seen.seenUpTo().toInstant().orElseThrow());
        ThreadSummarySet.Payload summary = decode("thread_summary_set", ThreadSummarySet.class).payload();
        assertEquals("ok", summary.summary().status());
        assertEquals("QX1", summary.threadId());
    }

    @Test
    void incomingCustomerInBothShapes() {
        IncomingCustomer wrapped = decode("incoming_customer", IncomingCustomer.class);
        assertTrue(wrapped.wrapped());
        assertEquals("Grace Okafor", wrapped.customer().name());
        assertEquals("London", wrapped.customer().lastVisit().geolocation().city());
        assertEquals(wrapped.customer().lastVisit(), wrapped.customer().latestVisit());
        IncomingCustomer bare = decode("incoming_customer.bare", IncomingCustomer.class);
        assertFalse(bare.wrapped());
        assertEquals(wrapped.customer(), bare.customer());
    }

    @Test
    void licenseIdOfOldDeliveries() {
        ThreadTagged old = decode("thread_tagged.license_id", ThreadTagged.class);
        assertEquals(11223344L, old.envelope().licenseId());
        assertNull(old.envelope().organizationId());
    }

    @Test
    void unknownActionKeepsTheRawPayload() {
        UnknownLiveChatWebhook w = decode("unknown_action", UnknownLiveChatWebhook.class);
        assertEquals("chat_teleported", w.action());
        JsonObject payload = assertInstanceOf(JsonObject.class, w.payload());
        assertEquals("Mars", payload.getObject("destination").getString("planet"));
        assertEquals(Map.of("v", 37), w.envelope().json().get("delivery_hint"));
    }

    @Test
    void valuesAreWrittenBackWithTheJsonTypeTheyCameWith() {
        String payload = "{\"user_id\":\"u\",\"chat_id\":5,\"thread_id\":\"T\",\"event_id\":\"E\",\"postback\":"
                + "{\"id\":\"buy\",\"toggled\":\"true\",\"ecommerce\":{\"product_id\":\"p\",\"quantity\":2.7}}}";
        byte[] body = LiveChatDelivery.builder("incoming_rich_message_postback", LiveChatFixtures.SECRET).payloadJson(payload).toBytes();
        IncomingRichMessagePostback w = (IncomingRichMessagePostback) LiveChatFixtures.verifier().verify(body);
        assertEquals("5", w.payload().chatId(), "an integer id reads as its digits");
        assertTrue(w.payload().postback().toggled(), "\"true\" reads as true");
        DecodeException fraction = assertThrows(DecodeException.class, () -> w.payload().postback().ecommerce().quantity());
        assertEquals("path $.payload.postback.ecommerce.quantity", fraction.location());
        assertEquals("p", w.payload().postback().ecommerce().productId());
        String written = Json.write(w);
        assertTrue(written.contains("\"chat_id\":5,"), written);
        assertTrue(written.contains("\"toggled\":\"true\""), written);
        assertTrue(written.contains("\"quantity\":2.7}"), written);

        byte[] added = LiveChatDelivery.builder("user_added_to_chat", LiveChatFixtures.SECRET)
                .payloadJson("{\"chat_id\":\"C\",\"user\":{\"id\":\"a\",\"type\":\"agent\",\"avatar\":null}}").toBytes();
        UserAddedToChat u = (UserAddedToChat) LiveChatFixtures.verifier().verify(added);
        Agent agent = assertInstanceOf(Agent.class, u.payload().user());
        assertNull(agent.avatar());
        assertTrue(agent.json().containsKey("avatar"), "null is kept, not dropped");
        assertTrue(Json.write(u).contains("\"avatar\":null"));

        byte[] status = LiveChatDelivery.builder("routing_status_set", LiveChatFixtures.SECRET)
                .payloadJson("{\"agent_id\":\"a\",\"status\":\"Not Accepting Chats\"}").toBytes();
        RoutingStatusSet r = (RoutingStatusSet) LiveChatFixtures.verifier().verify(status);
        assertEquals("Not Accepting Chats", r.payload().status().value(), "kept as spelled");
        assertEquals(RoutingStatus.NOT_ACCEPTING_CHATS, r.payload().status().canonical());
        assertTrue(Json.write(r).contains("\"status\":\"Not Accepting Chats\""));
    }

    @Test
    void aNumericOptionIdIsReadAsItsDigitsAndKept() {
        String event = "{\"chat_id\":\"C\",\"thread_id\":\"T\",\"event\":{\"type\":\"filled_form\",\"fields\":["
                + "{\"type\":\"group_chooser\",\"answer\":{\"id\":2,\"group_id\":1,\"label\":\"Marketing\"}},"
                + "{\"type\":\"checkbox\",\"answers\":[{\"id\":0,\"label\":\"a\"},\"free text\",3]}]}}";
        IncomingEvent w = (IncomingEvent) LiveChatFixtures.verifier().verify(
                LiveChatDelivery.builder("incoming_event", LiveChatFixtures.SECRET).payloadJson(event).toBytes());
        FilledFormEvent form = assertInstanceOf(FilledFormEvent.class, w.payload().event());
        FormAnswer.Choice choice = assertInstanceOf(FormAnswer.Choice.class, form.fields().get(0).answer());
        assertEquals("2", choice.id());
        assertEquals(1, choice.groupId());
        assertEquals("Marketing", form.fields().get(0).answerText());
        List<FormAnswer> answers = form.fields().get(1).answers();
        assertEquals("0", ((FormAnswer.Choice) answers.get(0)).id());
        assertEquals(new FormAnswer.Text("free text"), answers.get(1));
        assertEquals(new FormAnswer.Other(3), answers.get(2));
        assertTrue(Json.write(w).contains("{\"id\":2,\"group_id\":1,"), "the number is written back as a number");
    }
}
