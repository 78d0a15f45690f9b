package dev.switchboard.conversations.intercom.helpcenter;

import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertLossless;
import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertRequest;
import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.decode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.knowledge.DeletedObject;
import dev.switchboard.conversations.intercom.reporting.MoreTestSupport;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.ValidationException;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.json.Patch;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.intercom.FakeIntercomArticles;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HelpCenterClientTest {
    private final MoreTestSupport t = new MoreTestSupport();
    private final FakeIntercomArticles fake = FakeIntercomArticles.on(t.server, MoreTestSupport.TOKEN, t.clock);
    private final HelpCenterClient helpCenter = new HelpCenterClient(t.connection);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void createsACollectionInAHelpCenterWithATranslation() {
        HelpCenterCollection c = helpCenter.createCollection(HelpCenterCollectionRequest.create("Thanks for everything")
                .description("English description").helpCenterId("2")
                .translation("fr", GroupContent.of("Merci").withDescription("Description")));
        assertRequest(t.server.takeRequest(), "POST", "/help_center/collections", "{\"name\":\"Thanks for everything\","
                + "\"description\":\"English description\",\"help_center_id\":2,\"translated_content\":{\"fr\":"
                + "{\"name\":\"Merci\",\"description\":\"Description\"}}}");
        assertEquals("Thanks for everything", c.name());
        assertEquals("English description", c.description());
        assertEquals("2", c.helpCenterId());
        assertNull(c.parentId());
        assertTrue(c.json().isNull("parent_id"));
        assertEquals("book-bookmark", c.icon());
        assertEquals(MoreTestSupport.NOW, c.createdAt());
        assertEquals("Merci", c.translatedContent().get("fr").name());
        assertEquals("en", c.defaultLocale());
        assertEquals(c, helpCenter.getCollection(c.id()));
        assertRequest(t.server.takeRequest(), "GET", "/help_center/collections/" + c.id(), null);
    }

    @Test
    void parentIdHasThreeStatesSectionTopLevelAndUntouched() {
        HelpCenterCollection section = helpCenter.updateCollection("103", HelpCenterCollectionRequest.update().parentId("101"));
        assertRequest(t.server.takeRequest(), "PUT", "/help_center/collections/103", "{\"parent_id\":\"101\"}");
        assertEquals("101", section.parentId());
        HelpCenterCollection top = helpCenter.updateCollection("103", HelpCenterCollectionRequest.update().name("API").clearParentId());
        FakeRequest put = t.server.takeRequest();
        assertRequest(put, "PUT", "/help_center/collections/103", "{\"name\":\"API\",\"parent_id\":null}");
        assertFalse(put.bodyUtf8().contains("collection_id"), "the path parameter is never in the body (IC-23)");
        assertNull(top.parentId());
        assertEquals("1", top.helpCenterId(), "moved to the top of the Help Center it was in");
        helpCenter.updateCollection("103", HelpCenterCollectionRequest.update().parentId("101").parentId(Patch.absent())
                .description("Every endpoint, v2"));
        assertRequest(t.server.takeRequest(), "PUT", "/help_center/collections/103",
                "{\"description\":\"Every endpoint, v2\"}");
        assertEquals("{\"parent_id\":null}", Json.write(HelpCenterCollectionRequest.update().parentId(Patch.ofNull())));
    }

    @Test
    void translatedContentGoesBackExactlyAsReceived() {
        GroupTranslatedContent received = helpCenter.getCollection("101").translatedContent();
        assertEquals(List.of("fr"), List.copyOf(received.locales().keySet()));
        t.server.clearRequests();
        GroupTranslatedContent changed = received.with("fr", received.get("fr").withName("Premiers pas, v2"));
        HelpCenterCollection updated = helpCenter.updateCollection("101", HelpCenterCollectionRequest.update().translatedContent(changed));
        assertRequest(t.server.takeRequest(), "PUT", "/help_center/collections/101", "{\"translated_content\":"
                + Json.write(received).replace("Premiers pas\"", "Premiers pas, v2\"") + "}");
        assertEquals(Json.write(changed), Json.write(updated.translatedContent()));
    }

    @Test
    void listsCollectionsAcrossPagesAndHelpCentersInOneAnswer() {
        assertEquals(List.of("103", "102", "101"), helpCenter.listCollections().stream().map(HelpCenterCollection::id).toList());
        assertRequest(t.server.takeRequest(), "GET", "/help_center/collections", null);
        assertRequest(t.server.takeRequest(), "GET", "/help_center/collections?page=2", null);
        t.server.clearRequests();
        List<HelpCenter> centers = helpCenter.listHelpCenters().stream().toList();
        assertRequest(t.server.takeRequest(), "GET", "/help_center/help_centers", null);
        assertEquals(1, t.server.requestCount(), "a list without pages is the only page");
        assertEquals(List.of("1", "2"), centers.stream().map(HelpCenter::id).toList());
        HelpCenter one = helpCenter.getHelpCenter("1");
        assertRequest(t.server.takeRequest(), "GET", "/help_center/help_centers/1", null);
        assertEquals("help-center-1", one.identifier());
        assertEquals(Boolean.TRUE, one.websiteTurnedOn());
        assertEquals("Help Center", one.displayName());
        assertEquals("https://help.example.com", one.url());
        assertEquals("help.example.com", one.customDomain());
        assertEquals(Instant.ofEpochSecond(FakeIntercomArticles.EPOCH), one.createdAt());
        assertNull(helpCenter.getHelpCenter("2").customDomain());
        assertThrows(NotFoundException.class, () -> helpCenter.getHelpCenter("3"));
    }

    @Test
    void deletesAndRefusesWhatIntercomRefuses() {
        DeletedObject gone = helpCenter.deleteCollection("101");
        assertRequest(t.server.takeRequest(), "DELETE", "/help_center/collections/101", null);
        assertEquals(List.of("101", "collection", true), List.of(gone.id(), gone.object(), gone.deleted()));
        assertEquals(2, fake.collectionCount());
        assertThrows(NotFoundException.class, () -> helpCenter.getCollection("101"));
        assertThrows(NotFoundException.class, () -> helpCenter.updateCollection("101", HelpCenterCollectionRequest.update()));
        assertThrows(NotFoundException.class, () -> helpCenter.deleteCollection("101"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> helpCenter.createCollection(HelpCenterCollectionRequest.create("X").helpCenterId("9")));
        assertEquals("parameter_invalid", e.details().get(0).code());
        assertThrows(ValidationException.class, () -> helpCenter.updateCollection("102",
                HelpCenterCollectionRequest.update().parentId("999")));
    }

    @Test
    void argumentsAreCheckedBeforeAnythingIsSent() {
        assertEquals("name must not be blank", assertThrows(IllegalArgumentException.class,
                () -> HelpCenterCollectionRequest.create(" ")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HelpCenterCollectionRequest.update().helpCenterId("1"))
                .getMessage().startsWith("helpCenterId is set on a create only"));
        assertThrows(IllegalArgumentException.class, () -> HelpCenterCollectionRequest.create("x").helpCenterId("abc"));
        assertThrows(IllegalArgumentException.class, () -> HelpCenterCollectionRequest.update().parentId(".."));
        assertThrows(IllegalArgumentException.class, () -> HelpCenterCollectionRequest.update().translation("type",
                GroupContent.of("x")));
        assertThrows(IllegalArgumentException.class, () -> GroupContent.of(""));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> helpCenter.createCollection(HelpCenterCollectionRequest.update())).getMessage().startsWith("request must be"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> helpCenter.getCollection("1x")).getMessage()
                .startsWith("collectionId"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> helpCenter.getHelpCenter(" ")).getMessage()
                .startsWith("helpCenterId"));
        assertThrows(NullPointerException.class, () -> helpCenter.updateCollection("1", null));
        CompletionException async = assertThrows(CompletionException.class,
                () -> helpCenter.deleteCollectionAsync("a/b").join());
        assertInstanceOf(IllegalArgumentException.class, async.getCause());
        assertEquals(0, t.server.requestCount());
    }

    @Test
    void asyncTwinsSendTheSameRequests() {
        HelpCenterCollection c = helpCenter.createCollectionAsync(HelpCenterCollectionRequest.create("Async")).join();
        assertEquals(c, helpCenter.getCollectionAsync(c.id()).join());
        assertEquals("Async 2", helpCenter.updateCollectionAsync(c.id(), HelpCenterCollectionRequest.update().name("Async 2"))
                .join().name());
        assertEquals(Boolean.TRUE, helpCenter.deleteCollectionAsync(c.id()).join().deleted());
        assertEquals("2", helpCenter.getHelpCenterAsync("2").join().id());
        CompletionException e = assertThrows(CompletionException.class, () -> helpCenter.getCollectionAsync(c.id()).join());
        assertInstanceOf(NotFoundException.class, e.getCause());
        assertEquals(List.of("POST", "GET", "PUT", "DELETE", "GET", "GET"),
                t.server.requests().stream().map(FakeRequest::method).toList());
    }

    @Test
    void aFieldOfTheWrongTypeFailsOnlyItsAccessor() {
        String json = "{\"id\":165,\"name\":\"Kept\",\"order\":\"1\",\"icon\":7,\"parent_id\":null,\"help_center_id\":81,"
                + "\"created_at\":4102444800,\"translated_content\":{\"type\":\"group_translated_content\",\"fr\":[],"
                + "\"de\":{\"name\":\"Behalten\",\"description\":null}},\"more\":{\"x\":1.10}}";
        assertLossless(json, HelpCenterCollection.class);
        HelpCenterCollection c = decode(json, HelpCenterCollection.class);
        assertEquals("165", c.id());
        assertEquals(1, c.order(), "the spec's example sends the order as a string");
        assertEquals("path $.icon", assertThrows(DecodeException.class, c::icon).location());
        assertEquals("81", c.helpCenterId());
        assertEquals(Instant.ofEpochSecond(4102444800L), c.createdAt(), "a date after 2038 (IC-19)");
        assertEquals("path $.translated_content.fr",
                assertThrows(DecodeException.class, () -> c.translatedContent().get("fr")).location());
        assertEquals("Behalten", c.translatedContent().get("de").name());
        assertNull(c.translatedContent().get("de").description());
        assertLossless("{\"id\":\"93\",\"website_turned_on\":\"false\",\"custom_domain\":null,\"x\":[]}", HelpCenter.class);
        assertEquals(Boolean.FALSE, decode("{\"website_turned_on\":\"false\"}", HelpCenter.class).websiteTurnedOn());
    }
}
