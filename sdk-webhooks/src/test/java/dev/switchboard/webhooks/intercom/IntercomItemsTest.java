package dev.switchboard.webhooks.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.ContactReference;
import dev.switchboard.conversations.intercom.admins.ActivityType;
import dev.switchboard.conversations.intercom.articles.ArticleState;
import dev.switchboard.conversations.intercom.contacts.ContactRole;
import dev.switchboard.conversations.intercom.subscriptions.ConsentType;
import dev.switchboard.conversations.intercom.subscriptions.SubscriptionType;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.webhooks.TestFiles;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every item type of the API 2.14 topics decodes to its own item class, with exact values; only unknown types stay raw. */
class IntercomItemsTest {
    private static final String CONTACT = "{\"type\":\"contact\",\"id\":\"6762f2dd1bb69f9f2193bc55\",\"role\":\"user\"}";
    private static final String COMPANY = "{\"type\":\"company\",\"id\":\"6761a0c4e2b7d5f0a1c3b9e2\",\"name\":\"Acme Corp\"}";

    private static IntercomItem item(String topic, String itemJson) {
        return IntercomWebhooks.decodeWithoutVerification(IntercomDelivery.builder(topic, "notif_t").itemJson(itemJson).toBytes())
                .item();
    }

    /** One row per topic group of the 2.14 reference: a topic, the item it delivers, the class it decodes to. */
    static Stream<Arguments> topicGroups() {
        return Stream.of(
                Arguments.of("admin.logged_in", "{\"type\":\"admin\",\"id\":991268013,\"name\":\"Grace Hopper\"}", AdminItem.class),
                Arguments.of("admin.activity_log_event.created", "{\"type\":\"admin_activity_log_event\",\"id\":\"f98f\","
                        + "\"activity_type\":\"admin_logout\"}", ActivityLogItem.class),
                Arguments.of("article.deleted", "{\"type\":\"article\",\"id\":\"8812301\",\"deleted\":true}", ArticleItem.class),
                Arguments.of("call.started", "{\"type\":\"call\",\"id\":\"7731\",\"state\":\"ringing\"}", CallItem.class),
                Arguments.of("company.deleted", "{\"id\":\"6761a0c4e2b7d5f0a1c3b9e2\",\"type\":\"company\",\"deleted\":true}",
                        CompanyItem.class),
                Arguments.of("company.contact.detached", "{\"company\":" + COMPANY + ",\"contact\":" + CONTACT + "}",
                        CompanyContactItem.class),
                Arguments.of("contact.lead.created", "{\"type\":\"contact\",\"id\":\"c1\",\"role\":\"lead\"}", ContactItem.class),
                Arguments.of("contact.lead.tag.deleted", "{\"type\":\"contact_tag\",\"tag\":{\"type\":\"tag\",\"id\":\"1\","
                        + "\"name\":\"VIP\"},\"contact\":" + CONTACT + "}", ContactTagItem.class),
                Arguments.of("contact.subscribed", "{\"type\":\"contact_subscribe\",\"contact\":" + CONTACT
                        + ",\"subscription_types\":{\"type\":\"list\",\"data\":[]},\"created_at\":1767225597}",
                        SubscriptionItem.class),
                Arguments.of("content_stat.survey", "{\"type\":\"content_stat.survey\",\"created_at\":\"2026-01-01T08:59:58.000Z\","
                        + "\"content_stat\":{\"stat_type\":\"completion\"},\"contact\":" + CONTACT + "}", ContentStatItem.class),
                Arguments.of("conversation.admin.closed", "{\"type\":\"conversation\",\"id\":\"215468\",\"state\":\"closed\"}",
                        ConversationItem.class),
                Arguments.of("conversation_part.redacted", "{\"type\":\"conversation\",\"id\":\"215468\"}", ConversationItem.class),
                Arguments.of("event.created", "{\"type\":\"event\",\"event_name\":\"ordered-item\",\"created_at\":1767225592}",
                        DataEventItem.class),
                Arguments.of("job.completed", "{\"type\":\"job\",\"id\":\"20\",\"status\":\"success\"}", JobItem.class),
                Arguments.of("ping", "{\"type\":\"ping\",\"message\":\"hello\"}", PingItem.class),
                Arguments.of("granular.unsubscribe", "{\"type\":\"granular_unsubscribe\",\"contact\":" + CONTACT + "}",
                        SubscriptionItem.class),
                Arguments.of("ticket.closed", "{\"type\":\"ticket\",\"id\":\"642\",\"open\":false}", TicketItem.class),
                Arguments.of("visitor.signed_up", "{\"type\":\"user\",\"id\":\"6762f5a18c0d4e2b9f1a3c77\",\"anonymous\":false}",
                        VisitorItem.class));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("topicGroups")
    void eachTopicGroupDecodesToItsItemClass(String topic, String itemJson, Class<? extends IntercomItem> expected) {
        byte[] body = IntercomDelivery.builder(topic, "notif_t").itemJson(itemJson).toBytes();
        IntercomNotification n = IntercomWebhooks.decodeWithoutVerification(body);
        IntercomItem item = n.item();
        assertInstanceOf(expected, item, topic);
        assertTrue(n.topic().isKnown(), topic);
        assertEquals(Json.object(TestFiles.utf8(itemJson), "item"), item.raw());
        assertEquals(item.raw().getString("type") == null ? "" : item.raw().getString("type"), item.type(), "type() is as sent");
        assertSame(item.raw(), ((JsonModel) item.model()).json(), "the model views the item's JSON");
        TestFiles.assertSameJson(body, Json.toTree(n));
    }

    @Test
    void theTableCoversEveryTopicGroupOfThe214Reference() {
        Set<String> families = IntercomTopic.knownValues().stream().map(IntercomTopic::family)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> covered = topicGroups().map(a -> IntercomTopic.of((String) a.get()[0]).family())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(families, covered);
    }

    /** What each known topic delivers, by the reference's object column and the captured deliveries. */
    private static String itemTypeOf(String topic) {
        if (topic.equals("admin.activity_log_event.created")) {
            return "admin_activity_log_event";
        }
        if (topic.startsWith("company.contact.")) {
            return null;
        }
        if (topic.startsWith("contact.") && topic.contains(".tag.")) {
            return "contact_tag";
        }
        if (topic.equals("contact.subscribed") || topic.equals("contact.unsubscribed")) {
            return topic.equals("contact.subscribed") ? "contact_subscribe" : "contact_unsubscribe";
        }
        if (topic.startsWith("granular.")) {
            return "granular_" + topic.substring("granular.".length());
        }
        if (topic.startsWith("content_stat.")) {
            return topic;
        }
        if (topic.startsWith("conversation_part.")) {
            return "conversation";
        }
        if (topic.startsWith("visitor.")) {
            return "user";
        }
        return IntercomTopic.of(topic).family();
    }

    @Test
    void noKnownTopicEndsAsARawItem() {
        List<String> raw = IntercomTopic.knownValues().stream().map(IntercomTopic::value).filter(topic -> {
            String type = itemTypeOf(topic);
            String json = type == null ? "{\"company\":" + COMPANY + ",\"contact\":" + CONTACT + "}"
                    : "{\"type\":\"" + type + "\",\"id\":\"1\"}";
            return item(topic, json) instanceof RawItem;
        }).toList();
        assertEquals(List.of(), raw);
        assertEquals(90, IntercomTopic.knownValues().size());
    }

    @Test
    void everyContentStatKindIsAContentStatItem() {
        List<String> kinds = IntercomTopic.knownValues().stream().map(IntercomTopic::value).filter(t -> t.startsWith("content_stat."))
                .map(t -> assertInstanceOf(ContentStatItem.class, item(t, "{\"type\":\"" + t + "\"}"), t).kind()).toList();
        assertEquals(List.of("banner", "carousel", "chat", "checklist", "custom_bot", "email", "news_item", "post", "push", "series",
                "series.webhook", "sms", "survey", "tooltip_group", "tour"), kinds);
        assertEquals("whiteboard", assertInstanceOf(ContentStatItem.class,
                item("content_stat.whiteboard", "{\"type\":\"content_stat.whiteboard\"}")).kind(), "kinds added later too");
        assertInstanceOf(RawItem.class, item("content_stat.email", "{\"type\":\"content_stats\"}"), "only the prefix with its dot");
    }

    @Test
    void adminItem() {
        AdminItem a = assertInstanceOf(AdminItem.class, IntercomDecodeTest.decode("admin.away_mode_updated").item());
        assertEquals("admin", a.type());
        assertEquals("991268013", a.admin().id(), "sent as a number, read as its digits");
        assertEquals("Grace Hopper", a.admin().name());
        assertEquals("grace@example.com", a.admin().email());
        assertEquals("Support lead", a.admin().jobTitle());
        assertTrue(a.admin().isAway());
        assertEquals(Boolean.TRUE, a.admin().awayModeReassign());
        assertEquals(List.of(5017691L, 5017692L), a.admin().teamIds());
        assertEquals("https://static.intercomassets.com/avatars/991268013/square_128/grace.png", a.admin().avatarUrl());
        assertEquals("On a break", a.raw().get("away_status_reason"));
        assertSame(a.admin(), a.model());
    }

    @Test
    void activityLogItem() {
        ActivityLogItem a = assertInstanceOf(ActivityLogItem.class,
                IntercomDecodeTest.decode("admin.activity_log_event.created").item());
        assertEquals("admin_activity_log_event", a.type());
        assertEquals("0b6c3f1e-6a52-4f3e-9d7b-2a1c8e4d5f60", a.activityLog().id());
        assertEquals(ActivityType.ADMIN_AWAY_MODE_CHANGE, a.activityLog().activityType());
        assertEquals("Grace Hopper changed their status to away.", a.activityLog().activityDescription());
        assertEquals(Instant.ofEpochSecond(1767225590), a.activityLog().createdAt());
        assertEquals("991268013", a.activityLog().performedBy().id());
        assertEquals("198.51.100.7", a.activityLog().performedBy().ip());
        assertEquals(Boolean.TRUE, a.activityLog().metadata().json().get("away_mode"));
    }

    @Test
    void articleItem() {
        ArticleItem a = assertInstanceOf(ArticleItem.class, IntercomDecodeTest.decode("article.published").item());
        assertEquals("8812301", a.article().id());
        assertEquals(ArticleState.PUBLISHED, a.article().state());
        assertEquals("Returning an order", a.article().title());
        assertEquals(991268013L, a.article().authorId());
        assertEquals("5501", a.article().parentId());
        assertEquals(List.of("5501"), a.article().parentIds());
        assertEquals(Instant.parse("2026-01-01T08:59:30Z"), a.article().updatedAt(), "ISO text, read as an Instant");
        assertEquals(0L, a.article().statistics().views());
        assertEquals("https://help.example.com/en/articles/8812301-returning-an-order", a.article().url());
    }

    @Test
    void companyItem() {
        CompanyItem c = assertInstanceOf(CompanyItem.class, IntercomDecodeTest.decode("company.updated").item());
        assertEquals("company", c.type());
        assertEquals("6761a0c4e2b7d5f0a1c3b9e2", c.company().id());
        assertEquals("acme-042", c.company().companyId());
        assertEquals("Acme Corp", c.company().name());
        assertEquals("Enterprise", c.company().plan().name());
        assertEquals(120L, c.company().size());
        assertEquals(new BigDecimal("1530"), c.company().monthlySpend());
        assertEquals(Instant.parse("2026-01-01T08:59:40.512Z"), c.company().updatedAt());
        assertEquals(Instant.ofEpochSecond(1700000000), c.company().remoteCreatedAt());
        assertEquals("gold", c.company().customAttributes().get("tier"));
    }

    @Test
    void companyContactItemCarriesBothAndNoType() {
        IntercomNotification n = IntercomDecodeTest.decode("company.contact.attached");
        CompanyContactItem cc = assertInstanceOf(CompanyContactItem.class, n.item());
        assertEquals("", cc.type(), "Intercom sends no type for this item");
        assertEquals("Acme Corp", cc.company().name());
        assertEquals("acme-042", cc.company().companyId());
        assertEquals("6762f2dd1bb69f9f2193bc55", cc.contact().id());
        assertEquals("Ada Lovelace", cc.contact().name());
        assertEquals("6761a0c4e2b7d5f0a1c3b9e2", cc.contact().companies().data().get(0).id());
        assertSame(cc.companyContact(), cc.model());
        assertInstanceOf(RawItem.class, item("company.contact.attached", "{\"company\":" + COMPANY + ",\"contact\":\"c1\"}"),
                "both must be objects");
        assertInstanceOf(RawItem.class, item("company.contact.attached", "{\"company\":" + COMPANY + "}"));
    }

    @Test
    void contactItemOfTheMinimalDeletedPayload() {
        ContactItem c = assertInstanceOf(ContactItem.class, IntercomDecodeTest.decode("contact.deleted").item());
        assertEquals("6762f2dd1bb69f9f2193bc99", c.contact().id());
        assertEquals("cust-902", c.contact().externalId());
        assertNull(c.contact().email());
        assertNull(c.contact().role());
        assertNull(c.contact().createdAt());
        assertEquals(Boolean.TRUE, c.raw().get("deleted"));
        assertEquals(Optional.empty(), c.mergedFrom());
        c.contact().validate();
    }

    @Test
    void contactMergedNamesTheContactMergedIntoIt() {
        ContactItem c = assertInstanceOf(ContactItem.class, IntercomDecodeTest.decode("contact.merged").item());
        assertEquals("6762f2dd1bb69f9f2193bc55", c.contact().id());
        ContactReference from = c.mergedFrom().orElseThrow();
        assertEquals("contact", from.type());
        assertEquals("6762f3b07a9e1c0d2b4f6a18", from.id());
        assertEquals(Instant.parse("2026-01-01T08:59:59Z"), c.contact().updatedAt());
    }

    @Test
    void aMistypedMergedFromFailsOnlyItsAccessorWithItsPathInTheDelivery() {
        ContactItem c = assertInstanceOf(ContactItem.class,
                item("contact.merged", "{\"type\":\"contact\",\"id\":\"c1\",\"merged_from\":\"c0\"}"));
        assertEquals("path $.data.item.merged_from", assertThrows(DecodeException.class, c::mergedFrom).location());
        assertEquals("c1", c.contact().id());
        ContactItem nested = assertInstanceOf(ContactItem.class, item("contact.merged",
                "{\"type\":\"contact\",\"id\":\"c1\",\"merged_from\":{\"type\":\"contact\",\"id\":[\"c0\"]}}"));
        ContactReference from = nested.mergedFrom().orElseThrow();
        assertEquals("contact", from.type());
        assertEquals("path $.data.item.merged_from.id", assertThrows(DecodeException.class, from::id).location());
    }

    @Test
    void contactTagItem() {
        ContactTagItem t = assertInstanceOf(ContactTagItem.class, IntercomDecodeTest.decode("contact.user.tag.created").item());
        assertEquals("contact_tag", t.type());
        assertEquals("7821033", t.tag().id());
        assertEquals("VIP", t.tag().name());
        assertEquals("6762f2dd1bb69f9f2193bc55", t.contact().id());
        assertEquals(ContactRole.USER, t.contact().role());
        assertEquals("7821033", t.contact().tags().data().get(0).id());
        assertEquals(Instant.ofEpochSecond(1767225590), t.createdAt());
        assertSame(t.contactTag(), t.model());
        assertNull(assertInstanceOf(ContactTagItem.class, item("contact.lead.tag.deleted", "{\"type\":\"contact_tag\"}")).createdAt(),
                "captured deliveries have no created_at");
    }

    @Test
    void granularSubscriptionItem() {
        SubscriptionItem s = assertInstanceOf(SubscriptionItem.class, IntercomDecodeTest.decode("granular.subscribe").item());
        assertEquals("granular_subscribe", s.type());
        assertTrue(s.subscribed());
        assertTrue(s.granular());
        assertEquals("ada@example.com", s.contact().email());
        SubscriptionType type = s.subscriptionTypes().get(0);
        assertEquals("1943066", type.id());
        assertEquals(ConsentType.OPT_IN, type.consentType());
        assertEquals("Product news", type.defaultTranslation().name());
        assertEquals(1, s.subscriptionTypes().size());
        assertEquals(Instant.ofEpochSecond(1767225595), s.change().createdAt());
        assertEquals("list", s.change().subscriptionTypeList().type());
    }

    @Test
    void emailUnsubscriptionItem() {
        SubscriptionItem s = assertInstanceOf(SubscriptionItem.class, IntercomDecodeTest.decode("contact.unsubscribed").item());
        assertEquals("contact_unsubscribe", s.type());
        assertFalse(s.subscribed());
        assertFalse(s.granular());
        assertEquals(Boolean.TRUE, s.contact().unsubscribedFromEmails());
        assertEquals(List.of(), s.subscriptionTypes());
        assertEquals(List.of(), assertInstanceOf(SubscriptionItem.class, item("contact.subscribed",
                "{\"type\":\"contact_subscribe\"}")).subscriptionTypes(), "absent: empty");
    }

    @Test
    void contentStatItem() {
        ContentStatItem s = assertInstanceOf(ContentStatItem.class, IntercomDecodeTest.decode("content_stat.email").item());
        assertEquals("content_stat.email", s.type());
        assertEquals("email", s.kind());
        assertEquals(Instant.parse("2026-01-01T08:59:58Z"), s.createdAt(), "ISO-8601 text");
        ContentStat stat = s.contentStat();
        assertEquals("4412987", stat.id());
        assertEquals("open", stat.statType());
        assertEquals("email", stat.contentType());
        assertEquals("33710001", stat.contentId());
        assertEquals("2207301", stat.rulesetId());
        assertNull(stat.seriesId());
        assertEquals("ada@example.com", s.contact().email());
        assertEquals("Acme Corp", s.company().name());
        assertSame(s.event(), s.model());
        ContentStatItem bare = assertInstanceOf(ContentStatItem.class, item("content_stat.post",
                "{\"type\":\"content_stat.post\",\"created_at\":1767225590}"));
        assertNull(bare.company(), "the company is optional");
        assertEquals(Instant.ofEpochSecond(1767225590), bare.createdAt(), "epoch seconds are read too");
    }

    @Test
    void dataEventItem() {
        DataEventItem e = assertInstanceOf(DataEventItem.class, IntercomDecodeTest.decode("event.created").item());
        assertEquals("event", e.type());
        assertEquals("ordered-item", e.event().eventName());
        assertEquals("cust-881", e.event().userId());
        assertEquals("6762f2dd1bb69f9f2193bc55", e.event().intercomUserId());
        assertEquals("ada@example.com", e.event().email());
        assertEquals(Instant.ofEpochSecond(1767225592), e.event().createdAt());
        assertEquals("A-1009", e.event().metadata().get("order_id"));
    }

    @Test
    void visitorItemOfTheUserTypeTheTopicSends() {
        VisitorItem v = assertInstanceOf(VisitorItem.class, IntercomDecodeTest.decode("visitor.signed_up").item());
        assertEquals("user", v.type(), "as sent");
        assertEquals("6762f5a18c0d4e2b9f1a3c77", v.visitor().id());
        assertEquals("visitor-5c1e", v.visitor().userId());
        assertEquals(Boolean.FALSE, v.visitor().anonymous());
        assertEquals("Charles Babbage", v.visitor().name());
        assertEquals("Lyon", v.visitor().locationData().cityName());
        assertEquals(Instant.parse("2026-01-01T08:59:20Z"), v.visitor().signedUpAt());
        assertEquals(2L, v.visitor().sessionCount());
        assertEquals("visitor", assertInstanceOf(VisitorItem.class, item("visitor.signed_up", "{\"type\":\"visitor\",\"id\":\"v1\"}"))
                .type());
    }

    @Test
    void aMistypedFieldStillDecodesTheItemAndFailsOnlyThatAccessor() {
        byte[] body = IntercomDelivery.builder("contact.user.updated", "notif_m")
                .itemJson("{\"type\":\"contact\",\"id\":\"c1\",\"email\":42,\"name\":\"Ada Lovelace\","
                        + "\"created_at\":1767225500}").toBytes();
        IntercomNotification n = IntercomWebhooks.decodeWithoutVerification(body);
        ContactItem c = assertInstanceOf(ContactItem.class, n.item());
        DecodeException e = assertThrows(DecodeException.class, c.contact()::email);
        assertEquals("path $.data.item.email", e.location());
        assertEquals("c1", c.contact().id());
        assertEquals("Ada Lovelace", c.contact().name());
        assertEquals(Instant.ofEpochSecond(1767225500), c.contact().createdAt());
        TestFiles.assertSameJson(body, Json.toTree(n));

        ContactTagItem t = assertInstanceOf(ContactTagItem.class, item("contact.user.tag.created",
                "{\"type\":\"contact_tag\",\"tag\":\"VIP\",\"contact\":" + CONTACT + "}"));
        assertEquals("path $.data.item.tag", assertThrows(DecodeException.class, t::tag).location());
        assertEquals("6762f2dd1bb69f9f2193bc55", t.contact().id());

        ContentStatItem s = assertInstanceOf(ContentStatItem.class, item("content_stat.email",
                "{\"type\":\"content_stat.email\",\"created_at\":\"last tuesday\",\"content_stat\":{\"stat_type\":7}}"));
        assertEquals("path $.data.item.created_at", assertThrows(DecodeException.class, s::createdAt).location());
        assertEquals("path $.data.item.content_stat.stat_type", assertThrows(DecodeException.class, s.contentStat()::statType)
                .location());
        assertEquals("email", s.kind());

        SubscriptionItem sub = assertInstanceOf(SubscriptionItem.class, item("granular.subscribe",
                "{\"type\":\"granular_subscribe\",\"subscription_types\":{\"type\":\"list\",\"data\":{}}}"));
        assertEquals("path $.data.item.subscription_types.data", assertThrows(DecodeException.class, sub::subscriptionTypes)
                .location());
        assertTrue(sub.subscribed());
    }
}
