package dev.switchboard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a valid {@code export} command line becomes. */
class ExportArgumentsTest {

    private static ExportRequest request(Map<String, String> env, String api, String collection, String... args) {
        FakeExportTarget target = new FakeExportTarget(api, collection, List.of());
        String[] full = new String[args.length + 3];
        full[0] = "export";
        full[1] = api;
        full[2] = collection;
        System.arraycopy(args, 0, full, 3, args.length);
        CliRun r = CliRun.with().env(env).export(target).run(full);
        assertEquals(0, r.exit, r::toString);
        assertEquals(1, target.requests.size());
        return target.requests.get(0);
    }

    @Test
    void defaults() {
        ExportRequest r = request(Map.of(), "intercom", "tickets");
        assertEquals("intercom", r.api());
        assertEquals("tickets", r.collection());
        assertEquals(Optional.empty(), r.baseUrl());
        assertEquals(Optional.empty(), r.since());
        assertEquals(Optional.empty(), r.org());
        assertEquals(List.of(), r.priorities());
        assertFalse(r.dmOnly());
        assertEquals(OptionalLong.empty(), r.max());
        assertFalse(r.debug());
        assertTrue(r.sandbox());
        assertFalse(r.hasCredentials());
        assertEquals(Optional.empty(), r.parent());
    }

    @Test
    void contactIsTheTrimmedIdOfTheContactWhoseNotesAreExported() {
        ExportRequest r = request(Map.of(), "intercom", "notes", "--contact", " 6762f0d01bb69f9f2193b001 ");
        assertEquals(Optional.of("6762f0d01bb69f9f2193b001"), r.parent());
        assertTrue(r.toString().contains("parent=Optional[6762f0d01bb69f9f2193b001]"), r::toString);
    }

    @Test
    void companyAndNewsfeedNameTheRecordOfTheirCollections() {
        assertEquals(Optional.of("6762f07a1bb69f9f21930001"),
                request(Map.of(), "intercom", "company-contacts", "--company", "6762f07a1bb69f9f21930001").parent());
        assertEquals(Optional.of("53"), request(Map.of(), "intercom", "newsfeed-items", "--newsfeed", " 53").parent());
        assertEquals(Optional.of("c9"), request(Map.of(), "intercom", "data-events", "--contact", "c9").parent());
        assertEquals(Optional.empty(), request(Map.of(), "intercom", "activity-logs").parent());
    }

    @ParameterizedTest
    @CsvSource({
        "2024-05-01T12:00:00Z, 2024-05-01T12:00:00Z",
        "2024-05-01T12:00:00.250Z, 2024-05-01T12:00:00.250Z",
        "2024-05-01T14:00:00+02:00, 2024-05-01T12:00:00Z",
        "2024-05-01T12:00Z[UTC], 2024-05-01T12:00:00Z",
        "2024-05-01, 2024-05-01T00:00:00Z",
    })
    void sinceAcceptsInstantsOffsetsAndDates(String given, String expected) {
        ExportRequest r = request(Map.of(), "moveworks", "interactions", "--since", given);
        assertEquals(Optional.of(Instant.parse(expected)), r.since());
    }

    @Test
    void sinceAppliesToIntercomTickets() {
        assertEquals(Optional.of(Instant.parse("2024-01-01T00:00:00Z")),
                request(Map.of(), "intercom", "tickets", "--since=2024-01-01").since());
    }

    @Test
    void sugerAlwaysHasPrioritiesNormalisedToUpperCase() {
        assertEquals(List.of("LOW", "MEDIUM", "HIGH", "CRITICAL"), request(Map.of(), "suger", "events").priorities());
        assertEquals(List.of("HIGH", "CRITICAL"),
                request(Map.of(), "suger", "events", "--priorities", " high , Critical,HIGH").priorities());
    }

    @Test
    void sugerOrganizationFromTheOptionOrTheEnvironment() {
        Map<String, String> env = Map.of("SUGER_API_KEY", "key-123456", "SUGER_ORG_ID", "org-env");
        ExportRequest fromEnv = request(env, "suger", "messages");
        assertEquals(Optional.of("org-env"), fromEnv.org());
        assertTrue(fromEnv.hasCredentials());
        assertFalse(fromEnv.sandbox());
        assertEquals(Optional.of("org-flag"), request(env, "suger", "messages", "--org", "org-flag").org());
    }

    @Test
    void otherOptions() {
        ExportRequest r = request(Map.of(), "moveworks", "conversations", "--dm-only", "--max", "25", "--debug",
                "--base-url", "https://sandbox.example.com/api/");
        assertTrue(r.dmOnly());
        assertTrue(r.debug());
        assertEquals(OptionalLong.of(25), r.max());
        assertEquals(Optional.of("https://sandbox.example.com/api"), r.baseUrl());
        assertFalse(r.sandbox(), "a --base-url is called even without credentials");
    }

    @Test
    void optionsMayComeFirstAndNamesAreCaseInsensitive() {
        ExportRequest r = request(Map.of(), "aloochat", "notifications");
        assertEquals("aloochat", r.api());
        FakeExportTarget target = new FakeExportTarget("intercom", "tickets", List.of());
        CliRun run = CliRun.with().export(target).run("export", "--max=3", "Intercom", "TICKETS");
        assertEquals(0, run.exit, run::toString);
        assertEquals("tickets", target.requests.get(0).collection());
        assertEquals(OptionalLong.of(3), target.requests.get(0).max());
    }

    @Test
    void moveworksCredentials() {
        assertTrue(request(Map.of("MOVEWORKS_API_KEY", "mw-key-1"), "moveworks", "users").hasCredentials());
        assertTrue(request(Map.of("MOVEWORKS_CLIENT_ID", "id-1", "MOVEWORKS_CLIENT_SECRET", "secret-1"), "moveworks", "users")
                .hasCredentials());
        // With an API key, a lone client id does not matter.
        assertTrue(request(Map.of("MOVEWORKS_API_KEY", "mw-key-1", "MOVEWORKS_CLIENT_ID", "id-1"), "moveworks", "users")
                .hasCredentials());
        assertTrue(request(Map.of("MOVEWORKS_API_KEY", " "), "moveworks", "users").sandbox(), "a blank key is no key");
    }

    @Test
    void environmentIsPassedButNeverShown() {
        ExportRequest r = request(Map.of("INTERCOM_TOKEN", "tok-0123456789", "HOME", "/home/me"), "intercom", "calls");
        assertEquals(Optional.of("tok-0123456789"), r.env("INTERCOM_TOKEN"));
        assertEquals(Optional.empty(), r.env("ALOOCHAT_API_KEY"));
        assertEquals("/home/me", r.env().get("HOME"));
        assertFalse(r.toString().contains("tok-0123456789"), r::toString);
        assertTrue(r.toString().contains("INTERCOM_TOKEN"), r::toString);
    }

    @Test
    void requestIsImmutable() {
        ExportRequest r = request(Map.of(), "suger", "events");
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> r.priorities().add("LOW"));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> r.env().put("A", "B"));
    }
}
