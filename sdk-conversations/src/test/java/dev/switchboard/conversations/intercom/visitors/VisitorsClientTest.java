package dev.switchboard.conversations.intercom.visitors;

import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertLossless;
import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertRequest;
import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.decode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.reporting.MoreTestSupport;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.intercom.FakeIntercomWorkspace;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Visitors against {@link FakeIntercomWorkspace}: read by user id, update, convert, with exact requests. */
class VisitorsClientTest {
    private static final String USER_ID = "3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3";

    private final MoreTestSupport t = new MoreTestSupport();
    private final FakeIntercomWorkspace fake = FakeIntercomWorkspace.on(t.server, MoreTestSupport.TOKEN);
    private final VisitorsClient visitors = new VisitorsClient(t.connection);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void readsAVisitorByItsUserIdInTheQuery() throws Exception {
        Visitor v = visitors.getByUserId(USER_ID);
        assertRequest(t.server.takeRequest(), "GET", "/visitors?user_id=" + USER_ID, null);
        assertEquals(List.of("visitor", "6762f30c1bb69f9f2193bc5e", USER_ID, "Violet Suitcase"),
                List.of(v.type(), v.id(), v.userId(), v.pseudonym()));
        assertEquals(Boolean.TRUE, v.anonymous());
        assertEquals("", v.email());
        assertNull(v.name());
        assertEquals("avatar", v.avatar().type());
        assertTrue(v.avatar().imageUrl().endsWith("violet-suitcase.png"));
        assertNull(v.locationData().cityName(), "{} when Intercom does not know");
        assertNull(v.lastRequestAt());
        assertEquals(0L, v.sessionCount());
        assertEquals("tag.list", v.tags().type());
        assertEquals("company.list", v.companies().get("type"));
        assertEquals(Instant.ofEpochSecond(1_777_636_800L), v.signedUpAt());
        Visitor jane = visitors.getByUserIdAsync("8a88a590-e1c3-41e2-a502-e0649dbf721c").get();
        assertEquals("Dublin", jane.locationData().cityName());
        assertEquals("Europe/Dublin", jane.locationData().timezone());
        assertTrue(assertThrows(NotFoundException.class, () -> visitors.getByUserId("fail")).getMessage()
                .contains("Visitor Not Found"));
    }

    @Test
    void updatesByIdOrUserIdInTheBodyWithAttributeTypesKept() throws Exception {
        Visitor v = visitors.update(VisitorUpdate.byId("6762f30c1bb69f9f2193bc5e").name("Gareth Bale")
                .customAttribute("paid_subscriber", true).customAttribute("monthly_spend", 155.5)
                .customAttribute("team_mates", 9).build());
        assertRequest(t.server.takeRequest(), "PUT", "/visitors", "{\"id\":\"6762f30c1bb69f9f2193bc5e\",\"name\":\"Gareth Bale\","
                + "\"custom_attributes\":{\"paid_subscriber\":true,\"monthly_spend\":155.5,\"team_mates\":9}}");
        assertEquals("Gareth Bale", v.name());
        assertEquals(Boolean.TRUE, v.customAttributes().get("paid_subscriber"));
        assertEquals(9, v.customAttributes().get("team_mates"));
        visitors.updateAsync(VisitorUpdate.byUserId(USER_ID).customAttribute("team_mates", null).build()).get();
        assertRequest(t.server.takeRequest(), "PUT", "/visitors",
                "{\"user_id\":\"" + USER_ID + "\",\"custom_attributes\":{\"team_mates\":null}}");
        assertThrows(NotFoundException.class, () -> visitors.update(VisitorUpdate.byUserId("fail").name("Christian Fail")
                .build()));
    }

    @Test
    void convertsAVisitorIntoAUserOnce() throws Exception {
        ConvertedContact c = visitors.convert(VisitorConversion.toUser("user_id", USER_ID).userEmail("foo@bar.com").build());
        FakeRequest r = t.server.takeRequest();
        assertRequest(r, "POST", "/visitors/convert",
                "{\"type\":\"user\",\"user\":{\"email\":\"foo@bar.com\"},\"visitor\":{\"user_id\":\"" + USER_ID + "\"}}");
        assertEquals(List.of("contact", "user", "foo@bar.com"), List.of(c.type(), c.role(), c.email()));
        assertNull(c.externalId());
        assertEquals("this_is_an_id716_that_should_be_at_least_", c.workspaceId());
        assertEquals("list", c.json().getObject("tags").get("type"), "the whole contact is kept");
        assertEquals(1, fake.visitorCount());
        assertThrows(NotFoundException.class, () -> visitors.getByUserId(USER_ID));
        ConvertedContact lead = visitors.convertAsync(VisitorConversion.toLead("email", "jane.doe@example.com")
                .userId("6762f3101bb69f9f2193bc64").userExternalId("jane-1").build()).get();
        assertRequest(t.server.requests().get(t.server.requestCount() - 1), "POST", "/visitors/convert",
                "{\"type\":\"lead\",\"user\":{\"id\":\"6762f3101bb69f9f2193bc64\",\"user_id\":\"jane-1\"},"
                        + "\"visitor\":{\"email\":\"jane.doe@example.com\"}}");
        assertEquals(List.of("lead", "jane-1"), List.of(lead.role(), lead.externalId()));
    }

    @Test
    void argumentsAreCheckedBeforeAnythingIsSent() {
        assertEquals("a visitor update needs a name or a custom attribute", assertThrows(IllegalArgumentException.class,
                () -> VisitorUpdate.byId("v").build()).getMessage());
        assertEquals("userId must not be blank", assertThrows(IllegalArgumentException.class,
                () -> VisitorUpdate.byUserId("")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> VisitorUpdate.byId("v")
                .customAttribute("tags", List.of("a"))).getMessage().startsWith("custom attribute tags must be"));
        assertEquals("visitorField must be id, user_id or email, was 'phone'", assertThrows(IllegalArgumentException.class,
                () -> VisitorConversion.toUser("phone", "1")).getMessage());
        assertEquals("a visitor conversion needs the user's id, user_id or email", assertThrows(
                IllegalArgumentException.class, () -> VisitorConversion.toLead("id", "v").build()).getMessage());
        assertEquals("userId must not be blank", assertThrows(IllegalArgumentException.class,
                () -> visitors.getByUserId(" ")).getMessage());
        assertTrue(visitors.convertAsync(null).isCompletedExceptionally());
        assertEquals(0, t.server.requestCount());
    }

    @Test
    void visitorsKeepWhatWasSentAndReadTheSpecsMisspelledField() {
        assertLossless("{\"type\":\"visitor\",\"id\":\"530370b477ad7120001d\",\"las_request_at\":1663597260,\"phone\":null,"
                + "\"custom_attributes\":{\"a\":1.50,\"b\":true},\"location_data\":{},\"x\":[null]}", Visitor.class);
        assertEquals(Instant.ofEpochSecond(1_663_597_260L),
                decode("{\"las_request_at\":1663597260}", Visitor.class).lastRequestAt(), "the schema's name");
        assertEquals(Instant.ofEpochSecond(1_663_597_261L), decode("{\"las_request_at\":1663597260,"
                + "\"last_request_at\":1663597261}", Visitor.class).lastRequestAt(), "the answers' name wins");
        Visitor odd = decode("{\"session_count\":\"many\",\"avatar\":\"none\",\"id\":5}", Visitor.class);
        assertEquals("5", odd.id());
        assertThrows(DecodeException.class, odd::sessionCount);
        assertThrows(DecodeException.class, odd::avatar);
    }
}
