package dev.switchboard.conversations.intercom.subscriptions;

import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertLossless;
import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertRequest;
import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.decode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.switchboard.conversations.intercom.reporting.MoreTestSupport;
import dev.switchboard.core.AuthenticationException;
import dev.switchboard.core.DecodeException;
import dev.switchboard.testkit.intercom.FakeIntercomWorkspace;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Subscription types against {@link FakeIntercomWorkspace}: the exact request and the decoded list. */
class SubscriptionTypesClientTest {
    private final MoreTestSupport t = new MoreTestSupport();
    private final FakeIntercomWorkspace fake = FakeIntercomWorkspace.on(t.server, MoreTestSupport.TOKEN);
    private final SubscriptionTypesClient types = new SubscriptionTypesClient(t.connection);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void listsEverySubscriptionTypeWithItsTranslations() throws Exception {
        List<SubscriptionType> all = types.list();
        assertRequest(t.server.takeRequest(), "GET", "/subscription_types", null);
        assertEquals(List.of("135", "136"), all.stream().map(SubscriptionType::id).toList());
        SubscriptionType news = all.get(0);
        assertEquals("subscription", news.type());
        assertEquals(SubscriptionTypeState.LIVE, news.state());
        assertEquals(ConsentType.OPT_OUT, news.consentType());
        assertEquals(List.of(SubscriptionContentType.EMAIL), news.contentTypes());
        assertEquals("Newsletters", news.defaultTranslation().name());
        assertEquals(List.of("en", "fr"), news.translations().stream().map(Translation::locale).toList());
        assertEquals(List.of(SubscriptionContentType.SMS_MESSAGE), types.listAsync().get().get(1).contentTypes());
    }

    @Test
    void aBadTokenIsAnAuthenticationException() {
        try (MoreTestSupport other = new MoreTestSupport()) {
            FakeIntercomWorkspace.on(other.server, "another-token");
            assertThrows(AuthenticationException.class, () -> new SubscriptionTypesClient(other.connection).list());
        }
    }

    @Test
    void unknownStatesAndMistypedFieldsAreKept() {
        assertLossless("{\"type\":\"subscription\",\"id\":135,\"state\":\"paused\",\"consent_type\":\"double_opt_in\","
                + "\"default_translation\":{\"name\":\"N\",\"locale\":\"en\",\"x\":1},\"translations\":[],"
                + "\"content_types\":[\"email\",\"whatsapp\"]}", SubscriptionType.class);
        SubscriptionType odd = decode("{\"id\":135,\"state\":\"paused\",\"content_types\":[\"whatsapp\"],"
                + "\"default_translation\":\"Newsletters\"}", SubscriptionType.class);
        assertEquals("135", odd.id());
        assertFalse(odd.state().isKnown());
        assertEquals("whatsapp", odd.contentTypes().get(0).value());
        assertThrows(DecodeException.class, odd::defaultTranslation);
        assertEquals(List.of(), decode("{\"type\":\"list\"}", SubscriptionTypeList.class).data());
    }
}
