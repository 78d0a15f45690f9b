package dev.switchboard.conversations.intercom.data;

import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertLossless;
import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertRequest;
import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.decode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.ContactIdentifier;
import dev.switchboard.conversations.intercom.reporting.MoreTestSupport;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.ValidationException;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.intercom.FakeIntercomDataModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Data attributes and data events against {@link FakeIntercomDataModel}: exact requests, decoding, errors, checks. */
class DataClientsTest {
    private final MoreTestSupport t = new MoreTestSupport();
    private final FakeIntercomDataModel fake = FakeIntercomDataModel.on(t.server, MoreTestSupport.TOKEN, t.clock);
    private final DataAttributesClient attributes = new DataAttributesClient(t.connection);
    private final DataEventsClient events = new DataEventsClient(t.connection);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void listsEveryModelOrOneWithArchivedAttributesWhenAsked() throws Exception {
        List<DataAttribute> all = attributes.list();
        assertRequest(t.server.takeRequest(), "GET", "/data_attributes", null);
        assertEquals(8, all.size(), "the archived attribute is left out");
        DataAttribute ring = all.stream().filter(a -> "The One Ring".equals(a.name())).findFirst().orElseThrow();
        assertEquals("34", ring.id(), "an integer id reads as its digits");
        assertEquals(DataAttributeModel.COMPANY, ring.model());
        assertEquals(DataAttributeType.STRING, ring.dataType());
        assertEquals("custom_attributes.The One Ring", ring.fullName());
        assertEquals(List.of(true, true, false, true, false), List.of(ring.custom(), ring.apiWritable(), ring.uiWritable(),
                ring.messengerWritable(), ring.archived()));
        assertEquals("991267784", ring.adminId());
        assertEquals(Instant.ofEpochSecond(FakeIntercomDataModel.EPOCH), ring.createdAt());
        assertNull(all.get(0).id(), "standard attributes have no id");

        List<DataAttribute> contacts = attributes.listAsync(DataAttributeModel.CONTACT, true).get();
        assertRequest(t.server.takeRequest(), "GET", "/data_attributes?model=contact&include_archived=true", null);
        assertEquals(List.of("email", "paid_subscriber", "old_plan"), contacts.stream().map(DataAttribute::name).toList());
        attributes.list(DataAttributeModel.CONVERSATION, false);
        assertRequest(t.server.takeRequest(), "GET", "/data_attributes?model=conversation", null);
        assertEquals(8, attributes.listAsync().get().size());
    }

    @Test
    void createsScalarAndListAttributesWithTheirExactBodies() throws Exception {
        DataAttribute shirt = attributes.create(CreateDataAttributeRequest.of("Mithril Shirt", DataAttributeModel.COMPANY,
                DataAttributeType.STRING).description("Worn under the tunic").messengerWritable(true));
        assertRequest(t.server.takeRequest(), "POST", "/data_attributes", "{\"name\":\"Mithril Shirt\",\"model\":\"company\","
                + "\"data_type\":\"string\",\"description\":\"Worn under the tunic\",\"messenger_writable\":true}");
        assertEquals("custom_attributes.Mithril Shirt", shirt.fullName());
        assertEquals(MoreTestSupport.NOW, shirt.createdAt());
        DataAttribute size = attributes.createAsync(CreateDataAttributeRequest.list("Team size", DataAttributeModel.CONTACT,
                List.of("1-10", "11-50"))).get();
        assertRequest(t.server.takeRequest(), "POST", "/data_attributes", "{\"name\":\"Team size\",\"model\":\"contact\","
                + "\"data_type\":\"options\",\"options\":[{\"value\":\"1-10\"},{\"value\":\"11-50\"}]}");
        assertEquals(List.of("1-10", "11-50"), size.options());
        ValidationException taken = assertThrows(ValidationException.class, () -> attributes.create(
                CreateDataAttributeRequest.of("The One Ring", DataAttributeModel.COMPANY, DataAttributeType.STRING)));
        assertTrue(taken.getMessage().contains("You already have 'The One Ring' in your company data"), taken.getMessage());
        assertEquals("parameter_invalid", taken.details().get(0).code());
    }

    @Test
    void createArgumentsAreCheckedAsTheSchemaStatesThem() {
        int before = t.server.requestCount();
        assertEquals("model must be contact or company, was 'conversation'", assertThrows(IllegalArgumentException.class,
                () -> CreateDataAttributeRequest.of("x", DataAttributeModel.CONVERSATION, DataAttributeType.STRING))
                .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CreateDataAttributeRequest.of("x",
                DataAttributeModel.COMPANY, DataAttributeType.OPTIONS)).getMessage().contains("for options use list(...)"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CreateDataAttributeRequest.of("x",
                DataAttributeModel.COMPANY, DataAttributeType.of("mithril"))).getMessage().endsWith("was 'mithril'"));
        assertEquals("options needs at least 2 values, was 1", assertThrows(IllegalArgumentException.class,
                () -> CreateDataAttributeRequest.list("x", DataAttributeModel.COMPANY, List.of("1-10"))).getMessage());
        assertEquals("name must not be blank", assertThrows(IllegalArgumentException.class,
                () -> CreateDataAttributeRequest.of(" ", DataAttributeModel.COMPANY, DataAttributeType.DATE)).getMessage());
        assertTrue(attributes.createAsync(null).isCompletedExceptionally());
        assertEquals(before, t.server.requestCount());
    }

    @Test
    void updatesArchivesAndFailsAsIntercomDoes() throws Exception {
        DataAttribute updated = attributes.update("12878", UpdateDataAttributeRequest.builder().description("Paying")
                .options(List.of("yes", "no")).archived(false).build());
        assertRequest(t.server.takeRequest(), "PUT", "/data_attributes/12878", "{\"archived\":false,\"description\":\"Paying\","
                + "\"options\":[{\"value\":\"yes\"},{\"value\":\"no\"}]}");
        assertEquals("Paying", updated.description());
        assertEquals(List.of("yes", "no"), updated.options());
        NotFoundException missing = assertThrows(NotFoundException.class, () -> attributes.update("999",
                UpdateDataAttributeRequest.builder().archived(true).build()));
        assertEquals("field_not_found", missing.details().get(0).code());
        ExecutionException dependant = assertThrows(ExecutionException.class, () -> attributes.updateAsync("34",
                UpdateDataAttributeRequest.builder().archived(true).build()).get());
        assertEquals(422, ((ValidationException) dependant.getCause()).status());
        int before = t.server.requestCount();
        assertEquals("dataAttributeId must be an integer id, was 'abc'", assertThrows(IllegalArgumentException.class,
                () -> attributes.update("abc", UpdateDataAttributeRequest.builder().archived(true).build())).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UpdateDataAttributeRequest.builder().build())
                .getMessage().startsWith("a data attribute update needs"));
        assertEquals(before, t.server.requestCount());
    }

    @Test
    void submitsAnEventWithMetadataOfEveryDocumentedJsonType() throws Exception {
        events.submit(DataEventRequest.byUserId("user-2", "placed-order", Instant.ofEpochSecond(1_777_600_000L))
                .metadata("order_number", "ORD-3456").metadata("load", new BigDecimal("3.670"))
                .monetaryAmount("price", 34_999, "eur").richLink("article", "https://example.org/a.html", "the dude abides")
                .date("delivery_date", Instant.ofEpochSecond(1_392_036_272L)));
        FakeRequest r = t.server.takeRequest();
        assertEquals("{\"event_name\":\"placed-order\",\"created_at\":1777600000,\"user_id\":\"user-2\",\"metadata\":{"
                + "\"order_number\":\"ORD-3456\",\"load\":3.670,\"price\":{\"amount\":34999,\"currency\":\"eur\"},"
                + "\"article\":{\"url\":\"https://example.org/a.html\",\"value\":\"the dude abides\"},"
                + "\"delivery_date\":1392036272}}", r.bodyUtf8(), "number scale and nesting as documented");
        assertEquals("POST /events", r.method() + " " + r.target());
        events.submitAsync(DataEventRequest.byEmail("user3@example.com", "invited-friend", Instant.ofEpochSecond(5))).get();
        assertRequest(t.server.takeRequest(), "POST", "/events",
                "{\"event_name\":\"invited-friend\",\"created_at\":5,\"email\":\"user3@example.com\"}");
        assertThrows(NotFoundException.class, () -> events.submit(DataEventRequest.byId("nobody", "x", Instant.EPOCH)));
        assertEquals(2, fake.submittedEvents().size());
    }

    @Test
    void aSubmitIsRetriedBecauseIntercomDeduplicatesEvents() {
        fake.faults().statusSequence("POST", "/events", 503);
        events.submit(DataEventRequest.byUserId("user-2", "retried", Instant.ofEpochSecond(9)));
        assertEquals(2, t.server.requestCount(), "503, then the same event again");
        assertEquals(1, fake.submittedEvents().size());
        t.server.clearRequests();
        fake.faults().statusSequence("POST", "/events/summaries", 503);
        assertThrows(dev.switchboard.core.ServerException.class, () -> events.createSummaries(
                DataEventSummariesRequest.of("user-1", "x", 1, Instant.EPOCH, Instant.EPOCH)));
        assertEquals(1, t.server.requestCount(), "summaries add up: sent once");
    }

    @Test
    void eventArgumentsAreCheckedBeforeSending() {
        DataEventRequest e = DataEventRequest.byUserId("u", "x", Instant.EPOCH);
        for (int k = 0; k < 10; k++) {
            e = e.metadata("k" + k, k);
        }
        DataEventRequest full = e;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> full.metadata("k10", "x")).getMessage()
                .startsWith("an event tracks at most 10 metadata keys"));
        assertEquals(10, ((java.util.Map<?, ?>) full.toJson().get("metadata")).size());
        assertEquals("a date's metadata key must end with _date, was 'delivery'", assertThrows(IllegalArgumentException.class,
                () -> DataEventRequest.byEmail("a@b.c", "x", Instant.EPOCH).date("delivery", Instant.EPOCH)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> DataEventRequest.byId("1", "x", Instant.EPOCH)
                .monetaryAmount("price", 0, "eur"));
        assertEquals("eventName must not be blank", assertThrows(IllegalArgumentException.class,
                () -> DataEventRequest.byId("1", "", Instant.EPOCH)).getMessage());
        assertThrows(NullPointerException.class, () -> DataEventRequest.byId("1", "x", null));
        assertEquals("count must be at least 1, was 0", assertThrows(IllegalArgumentException.class,
                () -> DataEventSummariesRequest.of("u", "x", 0, Instant.EPOCH, Instant.EPOCH)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DataEventSummariesRequest.of("u", "x", 1,
                Instant.ofEpochSecond(2), Instant.EPOCH)).getMessage().startsWith("first must not be after last"));
        assertThrows(IllegalArgumentException.class, () -> events.list(ContactIdentifier.userId("u"), 0));
        assertTrue(events.summariesAsync(null).isCompletedExceptionally());
        assertEquals(0, t.server.requestCount());
    }

    @Test
    void listsAUsersEventsFollowingTheAbsoluteNextLinks() {
        List<DataEvent> all = events.list(ContactIdentifier.email("user1@example.com"), 2).stream().toList();
        assertEquals(List.of("updated-plan", "placed-order", "placed-order", "invited-friend", "signed-up"),
                all.stream().map(DataEvent::eventName).toList());
        assertRequest(t.server.takeRequest(), "GET", "/events?type=user&email=user1%40example.com&per_page=2", null);
        assertRequest(t.server.takeRequest(), "GET", "/events?type=user&email=user1%40example.com&per_page=2&page=2", null);
        assertRequest(t.server.takeRequest(), "GET", "/events?type=user&email=user1%40example.com&per_page=2&page=3", null);
        assertEquals(3, t.server.requestCount(), "no request after a page without pages.next");
        DataEvent e = all.get(0);
        assertEquals(List.of("user-1", "6762f22b1bb69f9f2193bc01", "user1@example.com", "event"),
                List.of(e.userId(), e.intercomUserId(), e.email(), e.type()));
        DataEvent priced = events.list(ContactIdentifier.userId("user-3")).stream().findFirst().orElseThrow();
        assertEquals(34_999, ((java.util.Map<?, ?>) priced.metadata().get("price")).get("amount"));
        assertThrows(NotFoundException.class, () -> events.list(ContactIdentifier.userId("nobody")).firstPage());
    }

    @Test
    void readsAndSubmitsSummaries() throws Exception {
        events.createSummaries(DataEventSummariesRequest.of("user-1", "placed-order", 4, Instant.ofEpochSecond(1_700_000_000L),
                Instant.ofEpochSecond(1_700_000_100L)));
        assertRequest(t.server.takeRequest(), "POST", "/events/summaries", "{\"user_id\":\"user-1\",\"event_summaries\":{"
                + "\"event_name\":\"placed-order\",\"count\":4,\"first\":1700000000,\"last\":1700000100}}");
        events.createSummariesAsync(DataEventSummariesRequest.of("user-1", "signed-up", 1, Instant.EPOCH, Instant.EPOCH)).get();
        t.server.takeRequest();
        DataEventSummary s = events.summaries(ContactIdentifier.intercomUserId("6762f22b1bb69f9f2193bc01"));
        assertRequest(t.server.takeRequest(), "GET", "/events?type=user&intercom_user_id=6762f22b1bb69f9f2193bc01&summary=true",
                null);
        assertEquals("event.summary", s.type());
        assertEquals("user-1", s.userId());
        DataEventSummaryItem orders = s.events().stream().filter(i -> i.name().equals("placed-order")).findFirst().orElseThrow();
        assertEquals(6L, orders.count());
        assertEquals(Instant.ofEpochSecond(1_700_000_000L), orders.first());
        assertNull(orders.description());
        assertEquals("user-1", events.summariesAsync(ContactIdentifier.userId("user-1")).get().userId());
    }

    @Test
    void modelsKeepWhatWasSentAndFailOnlyTheMistypedAccessor() {
        DataEventSummaryItem spaced = decode("{\"name\":\"placed-order\",\"first\":\"2014-01-16T23:12:21.000+00:00\","
                + "\"last\":\"2014-01-16T23:12:21.000+00:00 \",\"count\":1}", DataEventSummaryItem.class);
        assertEquals(Instant.parse("2014-01-16T23:12:21Z"), spaced.last(), "the spec's example ends in a space");
        assertLossless("{\"id\":37,\"type\":\"data_attribute\",\"model\":\"ticket\",\"data_type\":\"money\",\"options\":[\"a\",null],"
                + "\"created_at\":4102444800,\"x\":{\"y\":1.50}}", DataAttribute.class);
        DataAttribute odd = decode("{\"model\":\"ticket\",\"data_type\":\"money\",\"archived\":\"maybe\",\"id\":1.5}",
                DataAttribute.class);
        assertFalse(odd.model().isKnown());
        assertEquals("money", odd.dataType().value());
        assertThrows(DecodeException.class, odd::archived);
        assertThrows(DecodeException.class, odd::id);
        assertLossless("{\"type\":\"event\",\"event_name\":\"x\",\"created_at\":1671028894,\"metadata\":{\"load\":3.670,"
                + "\"flag\":true,\"none\":null,\"price\":{\"amount\":1,\"currency\":\"eur\"}}}", DataEvent.class);
        assertEquals(List.of(), decode("{\"type\":\"list\",\"data\":null}", DataAttributeList.class).data());
    }
}
