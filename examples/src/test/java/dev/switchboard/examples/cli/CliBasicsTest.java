package dev.switchboard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliBasicsTest {

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help"})
    void helpGoesToStdoutWithStatusZero(String flag) {
        CliRun r = CliRun.with().run(flag);
        assertEquals(0, r.exit, r::toString);
        assertEquals("", r.err);
        assertTrue(r.out.startsWith("switchboard: "), r::toString);
        assertEquals(Usage.text(), r.out);
    }

    @Test
    void usageListsCommandsCollectionsOptionsEnvironmentAndExitCodes() {
        String usage = CliRun.with().run("--help").out;
        for (String s : List.of("switchboard tour", "switchboard export <api> <collection>", "switchboard decode <livechat|intercom>",
                "--base-url URL", "--since ISO-8601", "--org ID", "--priorities P,...", "--dm-only", "--contact ID", "--company ID", "--newsfeed ID", "--max N", "--debug",
                "--secret S", "--header", "--version",
                "intercom    tickets, conversations, calls, companies, segments, tags, teams, admins, contacts,\n"
                        + "              notes, data-events,",
                "  --newsfeed ID       required by, and only for: intercom newsfeed-items",
                "moveworks   conversations, interactions, plugin-calls, plugin-resources, users",
                "suger       events, messages",
                "aloochat    notifications",
                "INTERCOM_TOKEN", "MOVEWORKS_API_KEY", "MOVEWORKS_CLIENT_ID", "MOVEWORKS_CLIENT_SECRET", "SUGER_API_KEY",
                "SUGER_ORG_ID", "ALOOCHAT_API_KEY",
                "  0  success", "  1  API or transport failure", "  2  usage error", "  3  decode: the delivery failed verification")) {
            assertTrue(usage.contains(s), () -> "usage lacks: " + s + "\n" + usage);
        }
    }

    @Test
    void noArgumentsPrintsUsageOnStderrWithStatusTwo() {
        CliRun r = CliRun.with().run();
        assertEquals(2, r.exit);
        assertEquals("", r.out);
        assertEquals(Usage.text(), r.err);
    }

    @Test
    void versionPrintsOneLine() {
        CliRun r = CliRun.with().run("--version");
        assertEquals(0, r.exit);
        assertEquals("", r.err);
        assertEquals(1, r.outLines().size(), r::toString);
        assertTrue(r.out.matches("switchboard \\S+\n"), r::toString);
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRun r = CliRun.with().run("frobnicate", "--max", "3");
        assertEquals(2, r.exit);
        assertEquals("", r.out);
        assertEquals("error: unknown command 'frobnicate' (try --help)\n", r.err);
    }

    @Test
    void unknownCommandNeverEchoesACredential() {
        CliRun r = CliRun.with().env(Map.of("INTERCOM_TOKEN", "tok-0123456789")).run("tok-0123456789");
        assertEquals(2, r.exit);
        assertEquals("error: unknown command '***' (try --help)\n", r.err);
    }

    @ParameterizedTest
    @ValueSource(strings = {"export", "decode", "tour"})
    void helpAfterACommandPrintsTheUsage(String command) {
        CliRun r = CliRun.with().run(command, "--help");
        assertEquals(0, r.exit, r::toString);
        assertEquals(Usage.text(), r.out);
        assertEquals("", r.err);
    }

    @Test
    void helpWinsOverOtherMistakes() {
        CliRun r = CliRun.with().run("export", "--bogus", "-h");
        assertEquals(0, r.exit, r::toString);
        assertEquals(Usage.text(), r.out);
    }

    @Test
    void standardRegistersTheCoreLegFirstAndEachTargetOnce() {
        assertTrue(Targets.tourLegs().get(0) instanceof CoreTourLeg);
        assertEquals(Targets.tourLegs().size(), Targets.tourLegs().stream().map(Object::getClass).distinct().count(),
                "each tour leg once");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ExportTarget t : Targets.exports()) {
            assertTrue(seen.add(t.api() + " " + t.collection()), "registered twice: " + t.api() + " " + t.collection());
        }
        assertTrue(seen.contains("intercom tickets"), seen::toString);
    }

    @Test
    void rejectsTargetsForUnknownOrDuplicatedCollections() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        ByteArrayInputStream in = new ByteArrayInputStream(new byte[0]);
        assertThrows(IllegalArgumentException.class, () -> new Cli(in, sink, sink, Map.of(),
                List.of(new FakeExportTarget("intercom", "users", List.of())), List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Cli(in, sink, sink, Map.of(),
                List.of(new FakeExportTarget("suger", "events", List.of()), new FakeExportTarget("suger", "events", List.of())),
                List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Cli(in, sink, sink, Map.of(), List.of(),
                List.of(new FakeDecodeTarget("slack", (b, s, h) -> null)), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Cli(in, sink, sink, Map.of(), List.of(),
                List.of(new FakeDecodeTarget("intercom", (b, s, h) -> null), new FakeDecodeTarget("intercom", (b, s, h) -> null)),
                List.of()));
    }
}
