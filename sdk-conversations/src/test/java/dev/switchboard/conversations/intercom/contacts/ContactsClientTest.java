package dev.switchboard.conversations.intercom.contacts;

import dev.switchboard.conversations.intercom.companies.Company;
import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.SearchQuery;
import dev.switchboard.conversations.intercom.SearchRequest;
import dev.switchboard.conversations.intercom.Tag;
import dev.switchboard.conversations.intercom.reporting.MoreTestSupport;
import dev.switchboard.conversations.intercom.subscriptions.ConsentType;
import dev.switchboard.conversations.intercom.subscriptions.SubscriptionContentType;
import dev.switchboard.conversations.intercom.subscriptions.SubscriptionType;
import dev.switchboard.conversations.intercom.subscriptions.SubscriptionTypeState;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.PaginationException;
import dev.switchboard.core.ValidationException;
import dev.switchboard.core.json.Patch;
import dev.switchboard.testkit.FakeResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Exact requests of every {@link ContactsClient} method and exact decoding of what Intercom answers. */
class ContactsClientTest {
    static final String ID = "6762f0d01bb69f9f2193bb7d";

    private final MoreTestSupport t = new MoreTestSupport();
    private final ContactsClient contacts = new ContactsClient(t.connection);

    @AfterEach
    void close() {
        t.close();
    }

    static String fixture(String name) {
        try (InputStream in = ContactsClientTest.class.getResourceAsStream("/intercom/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void answer(String method, String path, String json) {
        t.server.route(method, path, r -> FakeResponse.json(json));
    }

    @Test
    void createSendsOnlyTheFieldsSetInTheSchemasOrderWithTheirJsonTypes() {
        answer("POST", "/contacts", fixture("contact.json"));
        Contact c = contacts.create(ContactRequest.builder()
                .customAttribute("paid_subscriber", true)
                .customAttribute("monthly_spend", new BigDecimal("155.5"))
                .customAttribute("seats", 12_345_678_901_234L)
                .customAttribute("churned_at", null)
                .ownerId("991267460").signedUpAt(Instant.ofEpochSecond(4_102_444_800L)).phone(Patch.ofNull())
                .unsubscribedFromEmails(false).email("ada@lovelace.example").externalId("70").role(ContactRole.USER)
                .build());
        assertRequest(t.server.takeRequest(), "POST", "/contacts", "{\"role\":\"user\",\"external_id\":\"70\","
                + "\"email\":\"ada@lovelace.example\",\"phone\":null,\"signed_up_at\":4102444800,\"owner_id\":991267460,"
                + "\"unsubscribed_from_emails\":false,\"custom_attributes\":{\"paid_subscriber\":true,"
                + "\"monthly_spend\":155.5,\"seats\":12345678901234,\"churned_at\":null}}");
        assertEquals(ID, c.id());
        contacts.create(ContactRequest.builder().email("b@x.example").customAttribute("spend", new BigDecimal("155.50"))
                .customAttribute("flag", "true").build());
        assertEquals("{\"email\":\"b@x.example\",\"custom_attributes\":{\"spend\":155.50,\"flag\":\"true\"}}",
                t.server.takeRequest().bodyUtf8(), "the decimal's scale and the string's type are sent as given");
        assertEquals(ContactRole.USER, c.role());
    }

    @Test
    void theContactDecodesEveryTimestampPast2038AndKeepsCustomAttributeTypes() {
        answer("GET", "/contacts/{id}", fixture("contact.json"));
        Contact c = contacts.get(ID);
        assertEquals(Instant.parse("2100-01-01T00:00:00Z"), c.signedUpAt());
        assertEquals(Instant.ofEpochSecond(1_734_537_429L, 500_000_000), c.lastSeenAt());
        assertEquals(Instant.parse("2024-12-18T15:57:09Z"), c.lastContactedAt());
        assertNull(c.lastRepliedAt());
        assertTrue(c.json().containsKey("last_replied_at"), "sent as null, kept");
        Map<String, Object> attrs = c.customAttributes();
        assertEquals(Boolean.TRUE, attrs.get("paid_subscriber"));
        assertEquals(new BigDecimal("155.50"), new BigDecimal(attrs.get("monthly_spend").toString()));
        assertEquals(12_345_678_901_234L, ((Number) attrs.get("seats")).longValue());
        assertTrue(attrs.containsKey("churned_at") && attrs.get("churned_at") == null);
        assertEquals("991267460", c.ownerId());
        assertEquals("https://static.intercomassets.example/avatars/ada.png", c.avatar().imageUrl());
        assertEquals(List.of("Twitter", "GitHub"), c.socialProfiles().stream().map(SocialProfile::name).toList());
        assertEquals("IRL", c.location().countryCode());
        assertEquals(List.of("81", "82"), c.tags().data().stream().map(Addressable::id).toList());
        assertEquals(12, c.tags().totalCount());
        assertEquals(Boolean.TRUE, c.tags().hasMore());
        assertEquals("/contacts/" + ID + "/notes", c.notes().url());
        assertEquals("/companies/6762f09a1bb69f9f2193bb34", c.companies().data().get(0).url());
        assertEquals("91", c.optedOutSubscriptionTypes().data().get(0).id());
        assertEquals(List.of(), c.optedInSubscriptionTypes().data());
        assertEquals("lovelace.example", c.emailDomain());
        assertEquals("iPhone 15", c.iosDevice());
        assertNull(c.enabledPushMessaging());
        assertEquals(Boolean.TRUE, c.unsubscribedFromEmails());
        assertRequest(t.server.takeRequest(), "GET", "/contacts/" + ID, null);
    }

    @Test
    void anUpdateClearsWithExplicitNullsAndNeverPutsThePathIdInTheBody() {
        answer("PUT", "/contacts/{id}", fixture("contact.json"));
        contacts.update(ID, ContactRequest.builder().name(Patch.ofNull()).avatar(Patch.ofNull()).ownerId(Patch.ofNull())
                .lastSeenAt(Patch.ofNull()).clearCustomAttributes().build());
        assertRequest(t.server.takeRequest(), "PUT", "/contacts/" + ID,
                "{\"name\":null,\"avatar\":null,\"last_seen_at\":null,\"owner_id\":null,\"custom_attributes\":null}");
        contacts.update(ID, ContactRequest.builder().customAttribute("order", List.of("21")).build());
        assertRequest(t.server.takeRequest(), "PUT", "/contacts/" + ID, "{\"custom_attributes\":{\"order\":[\"21\"]}}");
    }

    @Test
    void requestArgumentsAreCheckedBeforeAnythingIsSent() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> contacts.create(ContactRequest.builder().name("Ada").build()));
        assertTrue(e.getMessage().startsWith("a contact create needs an email, an externalId or a role"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ContactRequest.builder().build());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ContactRequest.builder().ownerId("admin-1"))
                .getMessage().startsWith("ownerId"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ContactRequest.builder().email(" "))
                .getMessage().startsWith("email"));
        assertThrows(IllegalArgumentException.class, () -> ContactRequest.builder().customAttribute("at", Instant.now()));
        assertThrows(IllegalArgumentException.class, () -> ContactRequest.builder().customAttribute("x", Double.NaN));
        assertThrows(NullPointerException.class, () -> contacts.update(ID, null));
        for (Runnable call : List.<Runnable>of(() -> contacts.get(" "), () -> contacts.delete(".."),
                () -> contacts.archive(""), () -> contacts.merge("", ID), () -> contacts.merge(ID, null),
                () -> contacts.findByExternalId(" "), () -> contacts.tags(null), () -> contacts.attachTag(ID, ""),
                () -> contacts.detachSubscription(ID, " "), () -> contacts.list(0), () -> contacts.list(151),
                () -> contacts.attachSubscription(ID, "93", ConsentType.of(" ")))) {
            assertThrows(IllegalArgumentException.class, call::run);
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> contacts.get(null)).getMessage()
                .startsWith("contactId"));
        assertThrows(NullPointerException.class, () -> contacts.attachSubscription(ID, "93", null));
        assertEquals(0, t.server.requestCount());
        assertEquals("ContactRequest{fields [email]}", ContactRequest.builder().email("ada@x.example").build().toString());
    }

    @Test
    void deleteArchiveUnarchiveBlockAndFindByExternalIdSendTheirMethodAndPath() {
        answer("DELETE", "/contacts/{id}", fixture("contact-deleted.json"));
        answer("POST", "/contacts/{id}/archive", fixture("contact-archived.json"));
        answer("POST", "/contacts/{id}/unarchive", "{\"type\":\"contact\",\"id\":\"" + ID + "\",\"archived\":false}");
        answer("POST", "/contacts/{id}/block", fixture("contact-blocked.json"));
        answer("GET", "/contacts/find_by_external_id/{external_id}", fixture("contact.json"));
        assertEquals(Boolean.TRUE, contacts.delete(ID).deleted());
        assertRequest(t.server.takeRequest(), "DELETE", "/contacts/" + ID, null);
        ContactArchived archived = contacts.archive(ID);
        assertEquals(List.of("contact", "6762f0d51bb69f9f2193bb7f", "70", true),
                List.of(archived.type(), archived.id(), archived.externalId(), archived.archived()));
        assertRequest(t.server.takeRequest(), "POST", "/contacts/" + ID + "/archive", null);
        assertEquals(Boolean.FALSE, contacts.unarchive(ID).archived());
        assertRequest(t.server.takeRequest(), "POST", "/contacts/" + ID + "/unarchive", null);
        assertEquals(Boolean.TRUE, contacts.block(ID).blocked());
        assertRequest(t.server.takeRequest(), "POST", "/contacts/" + ID + "/block", null);
        assertEquals(ID, contacts.findByExternalId("cdd29344 5e0c/4ef0").id());
        assertRequest(t.server.takeRequest(), "GET", "/contacts/find_by_external_id/cdd29344%205e0c%2F4ef0", null);
    }

    @Test
    void mergeSendsTheLeadAsFromAndTheUserAsInto() {
        answer("POST", "/contacts/merge", fixture("contact.json"));
        assertEquals(ID, contacts.merge("6762f0d51bb69f9f2193bb7f", ID).id());
        assertRequest(t.server.takeRequest(), "POST", "/contacts/merge",
                "{\"from\":\"6762f0d51bb69f9f2193bb7f\",\"into\":\"" + ID + "\"}");
    }

    @Test
    void theListFollowsStartingAfterInTheQueryAndStopsLoudlyOnAPageThatSaysMoreWithoutACursor() {
        t.server.route("GET", "/contacts", r -> FakeResponse.json(r.query("per_page") == null
                ? "{\"type\":\"list\",\"data\":[{\"id\":\"a\"}],"
                        + "\"pages\":{\"type\":\"pages\",\"page\":1,\"per_page\":1,\"total_pages\":3}}"
                : r.query("starting_after") == null
                ? "{\"type\":\"list\",\"data\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"total_count\":3,\"pages\":{\"type\":\"pages\","
                        + "\"page\":1,\"per_page\":2,\"total_pages\":2,\"next\":{\"per_page\":2,\"starting_after\":\"WzE3MzQ=\"}}}"
                : "{\"type\":\"list\",\"data\":[{\"id\":\"c\"}],\"total_count\":3,\"pages\":{\"type\":\"pages\",\"page\":2,"
                        + "\"per_page\":2,\"total_pages\":2,\"next\":null}}"));
        assertEquals(List.of("a", "b", "c"), contacts.list(2).stream().map(Contact::id).toList());
        assertRequest(t.server.takeRequest(), "GET", "/contacts?per_page=2", null);
        assertRequest(t.server.takeRequest(), "GET", "/contacts?per_page=2&starting_after=WzE3MzQ%3D", null);
        assertThrows(PaginationException.class, () -> contacts.list().stream().toList());
    }

    @Test
    void aSearchWithoutPaginationStillCarriesTheCursorInTheBody() {
        t.server.route("POST", "/contacts/search", r -> FakeResponse.json(r.json().path("query").path("field").asText()
                .equals("id") ? "{\"type\":\"list\",\"data\":[{\"id\":\"x\"}],\"pages\":{\"next\":{\"starting_after\":\"same\"}}}"
                : r.json().path("pagination").has("starting_after")
                ? "{\"type\":\"list\",\"data\":[{\"id\":\"c\"}],\"total_count\":2,\"pages\":{\"type\":\"pages\",\"page\":2}}"
                : "{\"type\":\"list\",\"data\":[{\"id\":\"l\"}],\"total_count\":2,\"pages\":{\"type\":\"pages\",\"page\":1,"
                        + "\"next\":{\"starting_after\":\"cur1\"}}}"));
        List<String> ids = contacts.search(SearchQuery.field("role").eq("lead")).stream().map(Contact::id).toList();
        assertEquals(List.of("l", "c"), ids);
        assertRequest(t.server.takeRequest(), "POST", "/contacts/search",
                "{\"query\":{\"field\":\"role\",\"operator\":\"=\",\"value\":\"lead\"}}");
        assertRequest(t.server.takeRequest(), "POST", "/contacts/search",
                "{\"query\":{\"field\":\"role\",\"operator\":\"=\",\"value\":\"lead\"},\"pagination\":{\"starting_after\":\"cur1\"}}");
        contacts.search(SearchQuery.field("role").eq("lead"), 5).firstPage();
        assertRequest(t.server.takeRequest(), "POST", "/contacts/search",
                "{\"query\":{\"field\":\"role\",\"operator\":\"=\",\"value\":\"lead\"},\"pagination\":{\"per_page\":5}}");
        assertThrows(PaginationException.class, () -> contacts.search(SearchRequest.of(SearchQuery.field("id").eq("x")))
                .stream().toList());
    }

    @Test
    void theAttachedListsFollowPageNumbersOrAreOnePage() {
        t.server.route("GET", "/contacts/{id}/companies", r -> FakeResponse.json("2".equals(r.query("page"))
                ? "{\"type\":\"list\",\"data\":[{\"type\":\"company\",\"id\":\"c2\"}],\"pages\":{\"type\":\"pages\",\"next\":null,"
                        + "\"page\":2,\"per_page\":1,\"total_pages\":2},\"total_count\":2}"
                : "{\"type\":\"list\",\"data\":[" + fixture("contact-company.json") + "],\"pages\":{\"type\":\"pages\","
                        + "\"next\":\"https://api.intercom.io/contacts/" + ID + "/companies?page=2\",\"page\":1,\"per_page\":1,"
                        + "\"total_pages\":2},\"total_count\":2}"));
        List<Company> companies = contacts.companies(ID).stream().toList();
        assertEquals(List.of("6762f0a61bb69f9f2193bb55", "c2"), companies.stream().map(Company::id).toList());
        assertEquals(new BigDecimal("99.50"), companies.get(0).monthlySpend());
        assertEquals(Boolean.TRUE, companies.get(0).customAttributes().get("vip"));
        assertRequest(t.server.takeRequest(), "GET", "/contacts/" + ID + "/companies", null);
        assertRequest(t.server.takeRequest(), "GET", "/contacts/" + ID + "/companies?page=2", null);
        answer("GET", "/contacts/{id}/segments", "{\"type\":\"list\",\"data\":[" + fixture("contact-segment.json") + "]}");
        answer("GET", "/contacts/{id}/subscriptions", "{\"type\":\"list\",\"data\":[" + fixture("subscription-type.json") + "]}");
        answer("GET", "/contacts/{id}/tags", "{\"type\":\"list\",\"data\":[{\"type\":\"tag\",\"id\":\"80\",\"name\":\"Manual tag\","
                + "\"applied_at\":1663597223,\"applied_by\":{\"type\":\"admin\",\"id\":\"456\"}}]}");
        assertEquals("Active", contacts.segments(ID).stream().findFirst().orElseThrow().name());
        SubscriptionType s = contacts.subscriptions(ID).stream().findFirst().orElseThrow();
        assertEquals(List.of(SubscriptionTypeState.LIVE, ConsentType.OPT_IN, "Newsletters", List.of(SubscriptionContentType.EMAIL,
                SubscriptionContentType.SMS_MESSAGE, SubscriptionContentType.of("whatsapp"))),
                List.of(s.state(), s.consentType(), s.defaultTranslation().name(), s.contentTypes()));
        assertEquals("fr", s.translations().get(1).locale());
        Tag tag = contacts.tags(ID).stream().findFirst().orElseThrow();
        assertEquals(List.of("80", "456"), List.of(tag.id(), tag.appliedBy().id()));
        t.server.clearRequests();
        contacts.tags(ID).stream().toList();
        contacts.segments(ID).stream().toList();
        contacts.subscriptions(ID).stream().toList();
        assertEquals(List.of("/contacts/" + ID + "/tags", "/contacts/" + ID + "/segments", "/contacts/" + ID + "/subscriptions"),
                t.server.requests().stream().map(r -> r.target()).toList());
    }

    @Test
    void tagsAndSubscriptionTypesAreAttachedWithTheirIdAndDetachedByPath() {
        String tag = "{\"type\":\"tag\",\"id\":\"81\",\"name\":\"Manual tag\",\"applied_at\":1663597223,"
                + "\"applied_by\":{\"type\":\"admin\",\"id\":\"456\"}}";
        answer("POST", "/contacts/{id}/tags", tag);
        answer("DELETE", "/contacts/{id}/tags/{tag}", tag);
        answer("POST", "/contacts/{id}/subscriptions", fixture("subscription-type.json"));
        answer("DELETE", "/contacts/{id}/subscriptions/{s}", fixture("subscription-type.json"));
        assertEquals("Manual tag", contacts.attachTag(ID, "81").name());
        assertRequest(t.server.takeRequest(), "POST", "/contacts/" + ID + "/tags", "{\"id\":\"81\"}");
        assertEquals(Instant.ofEpochSecond(1_663_597_223L), contacts.detachTag(ID, "81").appliedAt());
        assertRequest(t.server.takeRequest(), "DELETE", "/contacts/" + ID + "/tags/81", null);
        assertEquals("93", contacts.attachSubscription(ID, "93", ConsentType.OPT_IN).id());
        assertRequest(t.server.takeRequest(), "POST", "/contacts/" + ID + "/subscriptions",
                "{\"id\":\"93\",\"consent_type\":\"opt_in\"}");
        assertEquals(ConsentType.OPT_IN, contacts.detachSubscription(ID, "93").consentType());
        assertRequest(t.server.takeRequest(), "DELETE", "/contacts/" + ID + "/subscriptions/93", null);
    }

    @Test
    void intercomsErrorsBecomeTypedExceptionsAndAWrongTypeFailsOnlyItsAccessor() {
        t.server.route("GET", "/contacts/{id}", r -> r.pathParam("id").equals("x") ? FakeResponse.json("{\"type\":"
                + "\"contact\",\"id\":\"x\",\"created_at\":\"yesterday\",\"tags\":[],\"role\":\"visitor\",\"name\":\"Ada\"}")
                : FakeResponse.json(404, "{\"type\":\"error.list\",\"request_id\":"
                + "\"61c119c7-b2f0-4158-8457-fd53e83f936a\",\"errors\":[{\"code\":\"not_found\",\"message\":\"User Not Found\"}]}"));
        NotFoundException nf = assertThrows(NotFoundException.class, () -> contacts.get("nobody"));
        assertEquals("not_found", nf.details().get(0).code());
        assertEquals("61c119c7-b2f0-4158-8457-fd53e83f936a", nf.requestId().orElseThrow());
        t.server.route("POST", "/contacts/merge", r -> FakeResponse.json(422, "{\"type\":\"error.list\",\"errors\":"
                + "[{\"code\":\"parameter_invalid\",\"message\":\"Merging into a lead is not supported\"}]}"));
        ValidationException ve = assertThrows(ValidationException.class, () -> contacts.merge("a", "b"));
        assertEquals("Merging into a lead is not supported", ve.details().get(0).message());
        Contact odd = contacts.get("x");
        assertEquals("Ada", odd.name());
        assertFalse(odd.role().isKnown());
        assertEquals("visitor", odd.role().value());
        assertTrue(assertThrows(dev.switchboard.core.DecodeException.class, odd::createdAt).getMessage().contains("created_at"));
        assertThrows(dev.switchboard.core.DecodeException.class, odd::tags);
    }
}
