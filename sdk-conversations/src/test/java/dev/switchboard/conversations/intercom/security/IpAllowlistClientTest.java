package dev.switchboard.conversations.intercom.security;

import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertLossless;
import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.reporting.MoreTestSupport;
import dev.switchboard.core.ValidationException;
import dev.switchboard.testkit.intercom.FakeIntercomWorkspace;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The IP allowlist against {@link FakeIntercomWorkspace}: read, replace, the lockout refusal, and entry checks. */
class IpAllowlistClientTest {
    private final MoreTestSupport t = new MoreTestSupport();
    private final FakeIntercomWorkspace fake = FakeIntercomWorkspace.on(t.server, MoreTestSupport.TOKEN);
    private final IpAllowlistClient allowlist = new IpAllowlistClient(t.connection);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void readsAndReplacesTheList() throws Exception {
        IpAllowlist now = allowlist.get();
        assertRequest(t.server.takeRequest(), "GET", "/ip_allowlist", null);
        assertEquals(List.of("ip_allowlist", false), List.of(now.type(), now.enabled()));
        assertEquals(List.of(), now.ipAllowlist());
        IpAllowlist on = allowlist.update(IpAllowlistUpdate.of(true, List.of("127.0.0.0/24", "10.0.0.1", "2001:db8::/32")));
        assertRequest(t.server.takeRequest(), "PUT", "/ip_allowlist",
                "{\"enabled\":true,\"ip_allowlist\":[\"127.0.0.0/24\",\"10.0.0.1\",\"2001:db8::/32\"]}");
        assertEquals(List.of("127.0.0.0/24", "10.0.0.1", "2001:db8::/32"), on.ipAllowlist());
        IpAllowlist off = allowlist.updateAsync(IpAllowlistUpdate.enabled(false)).get();
        assertRequest(t.server.takeRequest(), "PUT", "/ip_allowlist", "{\"enabled\":false}");
        assertEquals(Boolean.FALSE, off.enabled());
        assertEquals(3, off.ipAllowlist().size(), "the list is kept");
        assertEquals(Boolean.FALSE, allowlist.getAsync().get().enabled());
    }

    @Test
    void anUpdateThatWouldLockTheCallerOutIsAValidationException() {
        fake.callerIp("1.2.3.4");
        ValidationException e = assertThrows(ValidationException.class,
                () -> allowlist.update(IpAllowlistUpdate.of(true, List.of("192.168.1.0/24"))));
        assertEquals(422, e.status());
        assertEquals("parameter_invalid", e.details().get(0).code());
        assertTrue(e.getMessage().contains("Your IP (1.2.3.4) is not on the allowlist"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.168.0.1", "192.168.0.0/24", "0.0.0.0/0", "10.0.0.1/32", "::", "::1", "2001:db8::/32",
        "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "fe80::1ff:fe23:4567:890a/64", "::ffff:192.0.2.128", "1::", "::/128"})
    void addressesAndRangesAreAccepted(String entry) {
        assertEquals(List.of(entry), IpAllowlistUpdate.of(true, List.of(entry)).toJson().get("ip_allowlist"));
        assertNull(Cidr.problem(entry));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "example.com", "localhost", "256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.4/33",
        "1.2.3.4/", "1.2.3.4/x", "2001:db8::/129", "1:2:3:4:5:6:7:8:9", "1::2::3", ":1", "12345::", "g::1", "1.2.3.4 ",
        "１.2.3.4", "::1.2.3", "1.2.3.4::"})
    void anythingElseIsRefusedBeforeSendingNamingTheEntry(String entry) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> allowlist.update(IpAllowlistUpdate.of(true, List.of("10.0.0.1", entry))));
        assertTrue(e.getMessage().startsWith("ipAllowlist[1] '" + entry + "'"), e.getMessage());
        assertEquals(0, t.server.requestCount());
    }

    @Test
    void settingsKeepWhatWasSent() {
        assertLossless("{\"type\":\"ip_allowlist\",\"enabled\":true,\"ip_allowlist\":[\"192.168.1.0/24\",null],\"x\":{}}",
                IpAllowlist.class);
        assertThrows(NullPointerException.class, () -> IpAllowlistUpdate.of(true, null));
    }
}
