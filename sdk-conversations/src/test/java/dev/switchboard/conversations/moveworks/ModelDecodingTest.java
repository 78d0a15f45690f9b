package dev.switchboard.conversations.moveworks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.json.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Decoding this module's own fixtures: SysEvent types and details, unknown values, nulls, and lossless re-encoding. */
class ModelDecodingTest {

    private static <T> Map<String, T> byId(String fixture, Class<T> type, Function<T, String> id) {
        Map<String, T> out = new LinkedHashMap<>();
        for (JsonNode n : TestData.fixtureRecords(fixture)) {
            T t = Json.convert(n, type);
            out.put(id.apply(t), t);
        }
        return out;
    }

    private static Map<String, Conversation> conversations() {
        return byId("conversations-sysevents.json", Conversation.class, Conversation::id);
    }

    @Test
    void everyFixtureRecordReEncodesToTheSameJsonTree() {
        Map<String, Class<?>> fixtures = Map.of(
                "conversations-sysevents.json", Conversation.class,
                "interactions-sysevents.json", Interaction.class,
                "plugin-calls-sysevents.json", PluginCall.class,
                "plugin-resources-sysevents.json", PluginResource.class,
                "users.json", User.class);
        fixtures.forEach((file, type) -> {
            for (JsonNode record : TestData.fixtureRecords(file)) {
                Object decoded = Json.convert(record, type);
                assertEquals(record, Json.toTree(decoded), () -> file + ": " + record);
                String text = Json.write(decoded);
                assertEquals(record, Json.tree(text.getBytes(StandardCharsets.UTF_8), "re-encoded"), text);
            }
        });
    }

    @Test
    void dmConversationHasNoDetailAndIsUserInitiated() {
        Conversation c = conversations().get("dmConv000001");
        assertEquals(ConversationRoute.DM, c.route());
        assertEquals(Domain.IT, c.primaryDomain());
        assertNull(c.type());
        assertNull(c.rawDetail());
        assertEquals(Optional.empty(), c.detail());
        assertTrue(c.isUserInitiated());
        assertFalse(c.isSysEvent());
        assertEquals(Instant.parse("2026-04-02T09:15:00.125Z"), c.createdTime());
        assertEquals("12648661461218723099", c.userId(), "a 20-digit user id stays a string");
        // the explicit nulls of type and detail are kept for re-encoding
        assertTrue(c.json().isNull("type"));
        assertTrue(c.json().isNull("detail"));
        assertTrue(Json.write(c).contains("\"type\":null,\"detail\":null"), Json.write(c));
    }

    @Test
    void legacyNotificationIsASysEventWithoutType() {
        Conversation c = conversations().get("legacyNote01");
        assertEquals(ConversationRoute.NOTIFICATION, c.route());
        assertNull(c.type());
        assertNull(c.primaryDomain());
        assertTrue(c.isSysEvent());
        assertFalse(c.isUserInitiated());
        assertEquals(Optional.empty(), c.detail());
    }

    @Test
    void everyConversationTypeDecodesIntoItsTypedDetail() {
        Map<String, Conversation> all = conversations();
        ConversationDetail.ApprovalUpdate approval = assertInstanceOf(ConversationDetail.ApprovalUpdate.class,
                all.get("approvalUpd1").detail().orElseThrow());
        assertEquals(ConversationType.APPROVAL_UPDATE_NOTIFICATION, approval.type());
        assertEquals("REQUEST_ITEM", approval.approvalType());
        assertEquals("snow", approval.source());
        assertEquals(Domain.IT, approval.domain());

        ConversationDetail.CommsCampaign comms = assertInstanceOf(ConversationDetail.CommsCampaign.class,
                all.get("commsCampgn1").detail().orElseThrow());
        assertEquals("cmp-2026-04", comms.campaignId());
        assertEquals("Open enrollment", comms.campaignName());
        ConversationDetail.CommsCampaign numeric = assertInstanceOf(ConversationDetail.CommsCampaign.class,
                all.get("commsCampgn2").detail().orElseThrow());
        assertEquals("90210", numeric.campaignId(), "a numeric id reads as text");
        assertEquals(90210, numeric.raw().get("campaign_id"), "and stays a number in the raw detail");

        ConversationDetail.UseCase ambient = assertInstanceOf(ConversationDetail.UseCase.class,
                all.get("ambientAgnt1").detail().orElseThrow());
        assertEquals(ConversationType.AMBIENT_AGENT_NOTIFICATION, ambient.type());
        assertEquals("uc-17", ambient.usecaseId());
        assertEquals("Laptop refresh", ambient.usecaseName());
        ConversationDetail.UseCase events = assertInstanceOf(ConversationDetail.UseCase.class,
                all.get("eventsNote01").detail().orElseThrow());
        assertEquals(ConversationType.EVENTS_NOTIFICATION, events.type());
        assertEquals("Benefits webinar", events.usecaseName());

        Map<String, String> tickets = Map.of("tktUpdate001", "INC0012550", "tktWaiting01", "INC0012551",
                "tktWatcher01", "HR-1630", "tktNudge0001", "RITM0010536");
        tickets.forEach((id, ticket) -> {
            ConversationDetail.Ticket t = assertInstanceOf(ConversationDetail.Ticket.class, all.get(id).detail().orElseThrow());
            assertEquals(ticket, t.ticketId());
            assertEquals(all.get(id).type(), t.type());
        });

        for (String id : List.of("pwdExpired01", "pwdExpiring1", "lockedAcct01", "csatSurvey01")) {
            ConversationDetail.NoDetail none = assertInstanceOf(ConversationDetail.NoDetail.class,
                    all.get(id).detail().orElseThrow(), id);
            assertEquals(Map.of(), none.raw());
            assertTrue(all.get(id).isSysEvent());
        }
        assertEquals(Map.of(), all.get("pwdExpiring1").rawDetail(), "an empty detail object is kept as such");
        assertNull(all.get("pwdExpired01").rawDetail());

        ConversationDetail.TicketInterception ti = assertInstanceOf(ConversationDetail.TicketInterception.class,
                all.get("tktIntercpt1").detail().orElseThrow());
        assertEquals(ConversationRoute.TICKET, all.get("tktIntercpt1").route());
        assertEquals("INC0012600", ti.ticketId());
        assertEquals("VPN keeps dropping since the update; it's blocking O'Brien's team", ti.content());

        ConversationDetail.ChannelInterception ci = assertInstanceOf(ConversationDetail.ChannelInterception.class,
                all.get("chnIntercpt1").detail().orElseThrow());
        assertEquals(ConversationRoute.CHANNEL, all.get("chnIntercpt1").route());
        assertEquals("C08NLE975K7", ci.channelId());
        assertEquals("ask-hr", ci.channelName());
        assertEquals("How do I update my W-4? \u00e9\u00e8 \ud83d\ude00", ci.content());
        assertEquals(Domain.HR, all.get("chnIntercpt1").primaryDomain());

        long typed = all.values().stream().filter(c -> c.type() != null && c.type().isKnown()).map(Conversation::type).distinct().count();
        assertEquals(ConversationType.values().size(), typed, "the fixture covers every known conversation type");
    }

    @Test
    void unknownTypeRouteAndDomainKeepTheirRawValuesAndDetail() {
        Conversation c = conversations().get("futureType01");
        assertEquals("CONVERSATION_TYPE_SHIFT_REMINDER_NOTIFICATION", c.type().value());
        assertFalse(c.type().isKnown());
        assertEquals("Shift", c.route().value());
        assertFalse(c.route().isKnown());
        assertEquals("FACILITIES_V2", c.primaryDomain().value());
        assertTrue(c.isSysEvent());
        ConversationDetail.Unknown unknown = assertInstanceOf(ConversationDetail.Unknown.class, c.detail().orElseThrow());
        assertEquals(c.type(), unknown.type());
        assertEquals(42, unknown.raw().get("shift_id"));
        assertEquals(new BigDecimal("1.10"), unknown.raw().get("ratio"), "decimals keep their scale");
        Map<?, ?> nested = assertInstanceOf(Map.class, unknown.raw().get("nested"));
        assertTrue(nested.containsKey("a"));
        assertNull(nested.get("a"));
        assertEquals(java.util.Arrays.asList(1, "two", null), nested.get("list"));
        assertEquals("acme-corp", c.json().get("org"), "an unknown top-level field is kept");
        assertTrue(Json.write(c).contains("\"ratio\":1.10"), Json.write(c));
    }

    @Test
    void interactionsDecodeTheirTypedDetails() {
        Map<String, Interaction> all = byId("interactions-sysevents.json", Interaction.class, Interaction::id);

        Interaction user = all.get("userMsg00001");
        assertTrue(user.isUser());
        assertFalse(user.hasParent());
        assertEquals(Platform.SLACK, user.platform());
        InteractionDetail.FreeText text = assertInstanceOf(InteractionDetail.FreeText.class, user.detail());
        assertEquals("my vpn is broken", text.content());
        assertEquals(Domain.IT, text.domain());
        assertEquals("vpn", text.entity());

        Interaction reply = all.get("botReply0001");
        assertTrue(reply.isBot());
        assertEquals("userMsg00001", reply.parentInteractionId());
        assertEquals(Optional.of("Here is how to reconnect the VPN."), reply.detail().text());

        Interaction reachOut = all.get("sysBotMsg001");
        assertTrue(reachOut.isBot());
        assertFalse(reachOut.hasParent(), "a SysEvent message has no user trigger");
        assertInstanceOf(InteractionDetail.BotMessage.class, reachOut.detail());

        InteractionDetail.BotMessage blank = assertInstanceOf(InteractionDetail.BotMessage.class, all.get("sysBotBlank1").detail());
        assertNull(blank.content(), "null detail content decodes");
        assertEquals(Optional.empty(), blank.text());
        InteractionDetail.BotMessage noDetail = assertInstanceOf(InteractionDetail.BotMessage.class,
                all.get("sysBotNoDtl1").detail());
        assertNull(noDetail.content());
        assertEquals(Map.of(), noDetail.raw());
        assertNull(all.get("sysBotNoDtl1").rawDetail());
        assertEquals("lostParent01", all.get("sysBotOrphn1").parentInteractionId());

        assertEquals("Approve", assertInstanceOf(InteractionDetail.ButtonClick.class, all.get("btnClick0001").detail()).content());
        InteractionDetail.LinkClick help = assertInstanceOf(InteractionDetail.LinkClick.class, all.get("linkClick001").detail());
        assertEquals("GET_HELP", help.resourceId());
        assertEquals(ResourceType.INTERNAL_LINK, help.resourceType());
        InteractionDetail.LinkClick url = assertInstanceOf(InteractionDetail.LinkClick.class, all.get("linkClick002").detail());
        assertNull(url.resourceId());
        assertNull(url.resourceType());
        assertEquals("https://example.com/calendar?eid=1", url.content());
        InteractionDetail.UiFormSubmission form = assertInstanceOf(InteractionDetail.UiFormSubmission.class,
                all.get("formSubmit01").detail());
        assertEquals("RITM0010540", form.detail());
        assertEquals("13456300355053565537", form.resourceId());
        assertEquals(ResourceType.FORM, form.resourceType());
        assertEquals("file_ticket", all.get("formSubmit01").label());
        InteractionDetail.ContentUpload upload = assertInstanceOf(InteractionDetail.ContentUpload.class,
                all.get("upload000001").detail());
        assertEquals(List.of("pdf", "pdf"), upload.fileTypes());
        assertNull(upload.content());
        assertEquals(Platform.WEB, all.get("upload000001").platform());

        Interaction csat = all.get("csatAnswer01");
        assertEquals("INTERACTION_TYPE_CSAT_RESPONSE", csat.type().value());
        assertEquals("system", csat.actor().value());
        assertFalse(csat.isBot() || csat.isUser());
        assertEquals("webex", csat.platform().value());
        InteractionDetail.Unknown unknown = assertInstanceOf(InteractionDetail.Unknown.class, csat.detail());
        assertEquals(5, unknown.raw().get("score"));
        assertTrue(unknown.raw().containsKey("comment"));
    }

    @Test
    void pluginCallsMapToBotInteractionsAndReportLatency() {
        Map<String, PluginCall> all = byId("plugin-calls-sysevents.json", PluginCall.class, PluginCall::id);
        PluginCall dm = all.get("dmPlugCall01");
        assertEquals(Optional.of(Duration.ofMillis(1250)), dm.latency());
        assertTrue(dm.isServed() && dm.isUsed());
        assertNull(dm.pluginStatus());
        PluginCall sys = all.get("sysPlugCall1");
        assertEquals("sysBotMsg001", sys.interactionId());
        assertTrue(sys.isServed());
        assertFalse(sys.isUsed(), "waiting for the user's answer");
        assertEquals("WAITING_FOR_USER", sys.pluginStatus());
        PluginCall pending = all.get("sysPlugCall2");
        assertNull(pending.pluginUpdateTime());
        assertEquals(Optional.empty(), pending.latency());
        assertTrue(pending.json().isNull("plugin_update_time"));
    }

    @Test
    void pluginResourcesDecodeTheirTypedDetailsAndNullableLinks() {
        Map<String, PluginResource> all = byId("plugin-resources-sysevents.json", PluginResource.class, PluginResource::id);
        PluginResourceDetail.Knowledge kb = assertInstanceOf(PluginResourceDetail.Knowledge.class,
                all.get("04b5dbabed91c38065591702614e5b11").detail());
        assertEquals(Domain.IT, kb.domain());
        assertEquals("KB0010001", kb.externalResourceId());
        assertEquals("Reconnect the VPN", kb.name());
        assertEquals("https://kb.example.com/KB0010001", kb.url());
        assertTrue(all.get("04b5dbabed91c38065591702614e5b11").isCited());

        PluginResource file = all.get("a95b86828feed8015cd310457b9a7917");
        assertFalse(file.hasPluginCall());
        assertEquals("0", file.resourceId());
        PluginResourceDetail.File f = assertInstanceOf(PluginResourceDetail.File.class, file.detail());
        assertNull(f.name());
        assertEquals("Return to office policy", f.snippet());

        PluginResourceDetail.Form form = assertInstanceOf(PluginResourceDetail.Form.class,
                all.get("0f0e0d0c0b0a09080706050403020100").detail());
        assertEquals("Request software", form.name());
        PluginResourceDetail.Approval approval = assertInstanceOf(PluginResourceDetail.Approval.class,
                all.get("1111111111111111aaaaaaaaaaaaaaaa").detail());
        assertEquals(Domain.UNKNOWN, approval.domain());
        assertEquals("REQUEST_ITEM", approval.approvalType());

        PluginResource autoFiled = all.get("2222222222222222bbbbbbbbbbbbbbbb");
        assertFalse(autoFiled.hasInteraction(), "a ticket auto-filed by channel interception has no interaction");
        assertFalse(autoFiled.hasPluginCall());
        PluginResourceDetail.Ticket ticket = assertInstanceOf(PluginResourceDetail.Ticket.class, autoFiled.detail());
        assertEquals("jira_service_desk", ticket.source());
        assertEquals("HR_CASE", ticket.ticketType());
        assertEquals("BOT_INITIATED_TICKET", ticket.origin());
        assertEquals(Domain.HR, ticket.domain());

        PluginResourceDetail.Other person = assertInstanceOf(PluginResourceDetail.Other.class,
                all.get("3333333333333333cccccccccccccccc").detail());
        assertEquals(ResourceType.PERSON, person.type());
        assertEquals(Map.of(), person.raw());

        PluginResource video = all.get("4444444444444444dddddddddddddddd");
        assertFalse(video.type().isKnown());
        PluginResourceDetail.Other other = assertInstanceOf(PluginResourceDetail.Other.class, video.detail());
        assertEquals("How to VPN", other.raw().get("title"));
        assertEquals(new BigDecimal("0.875"), video.json().get("relevance"));
    }

    @Test
    void usersKeepTwentyDigitIdsAndExternalIds() {
        Map<String, User> all = byId("users.json", User.class, User::id);
        User ada = all.get("12648661461218723099");
        assertEquals("O'Brien", ada.lastName());
        assertTrue(ada.hasAccessToBot());
        assertEquals(3, ada.externalIds().size());
        assertEquals(Optional.of("U08NLE975K7:T9Y2010KZ"), ada.externalId(ExternalIdSource.SLACK));
        ExternalId workday = ada.externalIds().get(2);
        assertEquals("WORKDAY", workday.source().value());
        assertFalse(workday.source().isKnown());
        assertEquals(true, workday.json().get("primary"));
        assertFalse(ada.looksDeprovisioned());

        User gone = all.get("99999999999999999999");
        assertNull(gone.firstName());
        assertNull(gone.externalIds());
        assertEquals(List.of(), gone.externalIdsOrEmpty());
        assertTrue(gone.looksDeprovisioned());
        assertEquals("Finance", gone.json().get("department"));
        assertTrue(gone.json().isNull("first_interaction_time"));
    }

    @Test
    void absentFieldsAreNotAddedOnReEncoding() {
        Conversation c = Json.decode("{\"id\":\"x\",\"route\":\"DM\"}".getBytes(StandardCharsets.UTF_8),
                Conversation.class, "test");
        assertEquals("{\"id\":\"x\",\"route\":\"DM\"}", Json.write(c));
    }

    @Test
    void timestampsAreReadInAnyFormAndWrittenBackAsSent() {
        String sent = "{\"created_time\":\"2026-01-01T00:00:00Z\",\"plugin_update_time\":\"2026-01-01T01:00:00+01:00\","
                + "\"last_updated_time\":\"2026-04-02T00:00:00.123456Z\"}";
        PluginCall p = Json.decode(sent.getBytes(StandardCharsets.UTF_8), PluginCall.class, "test");
        assertEquals(Optional.of(Duration.ZERO), p.latency());
        assertEquals(Instant.parse("2026-04-02T00:00:00.123456Z"), p.lastUpdatedTime(), "microseconds are kept");
        assertEquals(sent, Json.write(p));
    }

    @Test
    void aKnownFieldOfTheWrongTypeFailsOnlyItsAccessorNamingTheField() {
        PluginCall call = Json.decode("{\"id\":\"x\",\"served\":\"yes\"}".getBytes(StandardCharsets.UTF_8),
                PluginCall.class, "plugin call");
        assertEquals("x", call.id(), "the record decodes; its other fields work");
        DecodeException e = assertThrows(DecodeException.class, call::served);
        assertTrue(e.getMessage().contains("path $.served"), e.getMessage());
        assertTrue(e.getMessage().contains("expected a boolean, was a string"), e.getMessage());
        assertFalse(e.getMessage().contains("yes"), "the payload is not quoted: " + e.getMessage());
        assertEquals("{\"id\":\"x\",\"served\":\"yes\"}", Json.write(call), "the raw value is written back as sent");

        Conversation c = Json.decode("{\"created_time\":\"yesterday\"}".getBytes(StandardCharsets.UTF_8), Conversation.class,
                "conversation");
        DecodeException t = assertThrows(DecodeException.class, c::createdTime);
        assertTrue(t.getMessage().contains("path $.created_time"), t.getMessage());
        assertThrows(DecodeException.class, c::validate);

        Conversation empty = Json.decode("{\"id\":\"e\",\"created_time\":\"\"}".getBytes(StandardCharsets.UTF_8),
                Conversation.class, "conversation");
        assertNull(empty.createdTime(), "an empty timestamp reads as null");
        assertEquals("{\"id\":\"e\",\"created_time\":\"\"}", Json.write(empty));

        User u = Json.decode("{\"external_ids\":[{\"source\":\"SLACK\"},{\"source\":7}]}".getBytes(StandardCharsets.UTF_8),
                User.class, "user");
        DecodeException list = assertThrows(DecodeException.class, () -> u.externalIds().get(1).source());
        assertTrue(list.getMessage().contains("path $.external_ids[1].source"), list.getMessage());
        assertEquals(ExternalIdSource.SLACK, u.externalIds().get(0).source());
    }

    @Test
    void modelsAreBuiltFromJson() {
        Conversation c = new Conversation(JsonObject.of("id", "x", "route", "DM", "type", null));
        assertEquals("{\"id\":\"x\",\"route\":\"DM\",\"type\":null}", Json.write(c));
        assertTrue(c.isUserInitiated());
        assertFalse(new Conversation(JsonObject.of("id", "y")).isSysEvent(), "no route: not a SysEvent");
        assertFalse(new Conversation(JsonObject.of("route", "DM", "type", "CONVERSATION_TYPE_COMMS_NOTIFICATION")).isSysEvent(),
                "a DM row is never a SysEvent, whatever its type");
    }

    @Test
    void recordsAreImmutable() {
        Conversation c = conversations().get("futureType01");
        assertThrows(UnsupportedOperationException.class, () -> c.json().put("x", 1));
        assertThrows(UnsupportedOperationException.class, () -> c.rawDetail().put("x", 1));
        Map<?, ?> nested = (Map<?, ?>) c.rawDetail().get("nested");
        assertThrows(UnsupportedOperationException.class, () -> nested.clear());
    }
}
