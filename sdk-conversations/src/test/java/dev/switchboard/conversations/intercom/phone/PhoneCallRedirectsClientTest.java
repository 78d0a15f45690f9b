package dev.switchboard.conversations.intercom.phone;

import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertLossless;
import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.reporting.MoreTestSupport;
import dev.switchboard.core.ValidationException;
import dev.switchboard.testkit.intercom.FakeIntercomWorkspace;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Phone call redirects against {@link FakeIntercomWorkspace}: the request, the answer, and this endpoint's errors. */
class PhoneCallRedirectsClientTest {
    private final MoreTestSupport t = new MoreTestSupport();
    private final FakeIntercomWorkspace fake = FakeIntercomWorkspace.on(t.server, MoreTestSupport.TOKEN);
    private final PhoneCallRedirectsClient redirects = new PhoneCallRedirectsClient(t.connection);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void textsTheMessengerLinkWithCustomAttributesOfTheirJsonTypes() throws Exception {
        PhoneCallRedirect sent = redirects.create(PhoneCallRedirectRequest.of("+353832345678")
                .customAttribute("issue_type", "Billing").customAttributes(Map.of("vip", true)));
        assertRequest(t.server.takeRequest(), "POST", "/phone_call_redirects",
                "{\"phone\":\"+353832345678\",\"custom_attributes\":{\"issue_type\":\"Billing\",\"vip\":true}}");
        assertEquals("phone_call_redirect", sent.type());
        assertEquals("+353832345678", sent.phone());
        assertTrue(sent.url().startsWith("http://via.intercom.io/msgr/"));
        assertEquals(1, fake.phoneCallRedirects().size());
        redirects.createAsync(PhoneCallRedirectRequest.of("+14155550100")).get();
        assertRequest(t.server.takeRequest(), "POST", "/phone_call_redirects", "{\"phone\":\"+14155550100\"}");
    }

    @Test
    void thisEndpointsOwnErrorBodiesAreValidationExceptionsWithTheirMessage() {
        fake.failNextSms();
        ValidationException sms = assertThrows(ValidationException.class,
                () -> redirects.create(PhoneCallRedirectRequest.of("+353832345678")));
        assertEquals(400, sms.status());
        assertTrue(sms.getMessage().contains("SMS was not sent due to an unknown error"), sms.getMessage());
        assertTrue(sms.rawBody().contains("\"error_key\":\"sms_failed\""), sms.rawBody());
        assertEquals(1, t.server.requestCount(), "an SMS is never sent twice");
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> redirects.createAsync(PhoneCallRedirectRequest.of("+40241100100")).get());
        ValidationException unprocessable = (ValidationException) e.getCause();
        assertEquals(422, unprocessable.status());
        assertTrue(unprocessable.rawBody().contains("some_error"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1 1234567890", "353832345678", "+0123456", "+1", "+1234567890123456", "+35383-234-5678",
        "+1(415)5550100", "+１４１５"})
    void aNumberThatIsNotE164IsRefusedBeforeSending(String phone) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PhoneCallRedirectRequest.of(phone));
        assertTrue(e.getMessage().startsWith("phone must be an E.164 number"), e.getMessage());
        assertEquals(0, t.server.requestCount());
    }

    @Test
    void argumentsAndModels() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PhoneCallRedirectRequest.of("+12")
                .customAttribute("x", List.of())).getMessage().startsWith("custom attribute x must be"));
        assertFalse(PhoneCallRedirectRequest.of("+353832345678").toString().contains("353832345678"), "no number in logs");
        assertTrue(redirects.createAsync(null).isCompletedExceptionally());
        assertLossless("{\"url\":\"http://via.intercom.io/msgr/1add3dd1\",\"type\":\"phone_call_redirect\",\"phone\":null,"
                + "\"x\":1.50}", PhoneCallRedirect.class);
        assertEquals(0, t.server.requestCount());
    }
}
