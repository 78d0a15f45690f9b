package dev.switchboard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.switchboard.core.SwitchboardException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Running {@code export} against a registered target. */
class ExportRunTest {
    private static final String TOKEN = "tok-0123456789abcdef";
    private static final Map<String, String> ENV = Map.of("INTERCOM_TOKEN", TOKEN);

    /** A typed model that keeps fields it does not name, as the SDK's models do. */
    record Ticket(String id, String title, Instant updatedAt, @JsonAnySetter @JsonAnyGetter Map<String, Object> other) {
        Ticket {
            other = other == null ? Map.of() : new LinkedHashMap<>(other);
        }
    }

    /** An API failure as the transport would throw it. */
    static final class FakeApiFailure extends SwitchboardException {
        private static final long serialVersionUID = 1L;

        FakeApiFailure(String message) {
            super(message);
        }

        FakeApiFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static List<Object> tickets(int n) {
        List<Object> t = new java.util.ArrayList<>();
        for (int i = 1; i <= n; i++) {
            t.add(new Ticket(String.valueOf(i), "Ticket " + i + " — café", Instant.parse("2024-05-01T12:00:00Z"),
                    Map.of("priority", i)));
        }
        return t;
    }

    @Test
    void writesOneJsonLinePerRecordAndASummary() {
        FakeExportTarget target = new FakeExportTarget("intercom", "tickets", tickets(3));
        CliRun r = CliRun.with().env(ENV).export(target).run("export", "intercom", "tickets");
        assertEquals(0, r.exit, r::toString);
        assertEquals(List.of(
                "{\"id\":\"1\",\"title\":\"Ticket 1 — café\",\"updatedAt\":\"2024-05-01T12:00:00Z\",\"priority\":1}",
                "{\"id\":\"2\",\"title\":\"Ticket 2 — café\",\"updatedAt\":\"2024-05-01T12:00:00Z\",\"priority\":2}",
                "{\"id\":\"3\",\"title\":\"Ticket 3 — café\",\"updatedAt\":\"2024-05-01T12:00:00Z\",\"priority\":3}"),
                r.outLines());
        assertEquals(List.of("exporting tickets from the fake intercom", "exported 3 tickets from intercom"), r.errLines());
    }

    @Test
    void maxStopsTheTarget() {
        FakeExportTarget target = new FakeExportTarget("intercom", "tickets", tickets(5));
        CliRun r = CliRun.with().export(target).run("export", "intercom", "tickets", "--max", "2");
        assertEquals(0, r.exit, r::toString);
        assertEquals(2, r.outLines().size());
        assertEquals(2, target.accepted, "the target saw full() and stopped");
        assertTrue(r.err.endsWith("exported 2 tickets from intercom\n"), r::toString);
    }

    @Test
    void maxHoldsEvenWhenTheTargetIgnoresFull() {
        FakeExportTarget target = FakeExportTarget.ignoringFull("intercom", "tickets", tickets(5));
        CliRun r = CliRun.with().export(target).run("export", "intercom", "tickets", "--max", "2");
        assertEquals(0, r.exit);
        assertEquals(2, r.outLines().size());
        assertEquals(5, target.accepted);
        assertTrue(r.err.endsWith("exported 2 tickets from intercom\n"), r::toString);
    }

    @Test
    void apiFailureIsStatusOneWithTheCredentialMaskedAndNoStackTrace() {
        FakeExportTarget target = FakeExportTarget.failing("intercom", "tickets", tickets(1),
                () -> new FakeApiFailure("HTTP 401 Unauthorized on GET /tickets: token " + TOKEN + " is not valid"));
        CliRun r = CliRun.with().env(ENV).export(target).run("export", "intercom", "tickets");
        assertEquals(1, r.exit, r::toString);
        assertEquals(1, r.outLines().size(), "records written before the failure stay");
        assertEquals(List.of("exporting tickets from the fake intercom",
                "error: HTTP 401 Unauthorized on GET /tickets: token *** is not valid"), r.errLines());
        assertFalse(r.err.contains(TOKEN));
        assertFalse(r.err.contains("\tat "), "no stack trace without --debug");
    }

    @Test
    void debugAddsTheStackTraceStillMasked() {
        FakeExportTarget target = FakeExportTarget.failing("intercom", "tickets", List.of(),
                () -> new FakeApiFailure("rejected " + TOKEN, new IllegalStateException("cause with " + TOKEN)));
        CliRun r = CliRun.with().env(ENV).export(target).run("export", "intercom", "tickets", "--debug");
        assertEquals(1, r.exit);
        assertEquals("error: rejected ***", r.errLines().get(1));
        assertTrue(r.err.contains("\tat "), r::toString);
        assertTrue(r.err.contains(FakeApiFailure.class.getName()), r::toString);
        assertTrue(r.err.contains("Caused by: java.lang.IllegalStateException: cause with ***"), r::toString);
        assertFalse(r.err.contains(TOKEN), r::toString);
    }

    @Test
    void badInputFromTheTargetIsStatusTwo() {
        FakeExportTarget target = FakeExportTarget.failing("suger", "events", List.of(),
                () -> new IllegalArgumentException("org id must not contain '/'"));
        CliRun r = CliRun.with().export(target).run("export", "suger", "events");
        assertEquals(2, r.exit);
        assertEquals("error: org id must not contain '/'", r.errLines().get(r.errLines().size() - 1));
    }

    @Test
    void anyOtherFailureIsStatusOneOnOneLine() {
        FakeExportTarget target = FakeExportTarget.failing("aloochat", "notifications", List.of(),
                () -> new IllegalStateException("line one\nline two"));
        CliRun r = CliRun.with().export(target).run("export", "aloochat", "notifications");
        assertEquals(1, r.exit);
        assertEquals("error: line one line two", r.errLines().get(r.errLines().size() - 1));

        FakeExportTarget silent = FakeExportTarget.failing("aloochat", "notifications", List.of(), NullPointerException::new);
        CliRun n = CliRun.with().export(silent).run("export", "aloochat", "notifications");
        assertEquals(1, n.exit);
        assertEquals("error: NullPointerException", n.errLines().get(n.errLines().size() - 1));
    }

    @Test
    void shortCredentialValuesAreNotMasked() {
        FakeExportTarget target = FakeExportTarget.failing("intercom", "tickets", List.of(),
                () -> new FakeApiFailure("failed at abc"));
        CliRun r = CliRun.with().env(Map.of("INTERCOM_TOKEN", "abc")).export(target).run("export", "intercom", "tickets");
        assertTrue(r.err.endsWith("error: failed at abc\n"), r::toString);
    }

    @Test
    void aClosedStdoutStopsTheExport() {
        OutputStream closed = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        FakeExportTarget target = new FakeExportTarget("intercom", "tickets", tickets(5));
        Cli cli = new Cli(new ByteArrayInputStream(new byte[0]), new PrintStream(closed, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), List.of(target), List.of(), List.of());
        assertEquals(1, cli.run("export", "intercom", "tickets"));
        assertEquals(1, target.accepted, "the target stopped after the first failed write");
        assertTrue(err.toString(StandardCharsets.UTF_8).endsWith("error: could not write to stdout (0 tickets written)\n"));
    }
}
