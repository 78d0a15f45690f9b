package dev.switchboard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.testkit.TestJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Targets} is the one registry: what it registers is what {@code export} accepts and {@code --help} lists. */
class TargetsRegistryTest {

    private static Map<String, List<String>> registered() {
        Map<String, List<String>> byApi = new LinkedHashMap<>();
        for (ExportTarget t : Targets.exports()) {
            byApi.computeIfAbsent(t.api(), a -> new ArrayList<>()).add(t.collection());
        }
        return byApi;
    }

    /** @return the "Export collections:" section of the usage, API to collections */
    private static Map<String, List<String>> listedBy(String usage) {
        List<String> lines = List.of(usage.split("\n", -1));
        Map<String, List<String>> listed = new LinkedHashMap<>();
        for (int i = lines.indexOf("Export collections:") + 1; i < lines.size() && !lines.get(i).isEmpty(); i++) {
            String[] apiAndCollections = lines.get(i).strip().split("\\s+", 2);
            listed.put(apiAndCollections[0], List.of(apiAndCollections[1].split(", ")));
        }
        return listed;
    }

    @Test
    void exportHelpListsExactlyTheRegisteredCollectionsInOrder() {
        CliRun r = CliRun.with().standard().run("export", "--help");
        assertEquals(0, r.exit, r::toString);
        assertEquals(registered(), listedBy(r.out));
        assertEquals(Map.of("intercom", List.of("tickets", "conversations", "calls", "data-attributes",
                        "subscription-types"),
                "moveworks", List.of("conversations", "interactions", "plugin-calls", "plugin-resources", "users"),
                "suger", List.of("events", "messages"), "aloochat", List.of("notifications")), listedBy(r.out));
    }

    @Test
    void everyRegisteredCollectionIsExportableFromTheSandbox() {
        List<String> exported = new ArrayList<>();
        for (ExportTarget t : Targets.exports()) {
            CliRun r = CliRun.with().standard().run("export", t.api(), t.collection(), "--max", "1");
            assertEquals(0, r.exit, r::toString);
            assertEquals(1, r.outLines().size(), r::toString);
            assertTrue(TestJson.parse(r.outLines().get(0)).isObject(), r::toString);
            assertTrue(r.err.endsWith("exported 1 " + t.collection() + " from " + t.api() + "\n"), r::toString);
            exported.add(t.api() + " " + t.collection());
        }
        assertEquals(13, exported.size(), exported::toString);
    }

    @Test
    void aCollectionNobodyRegisteredIsRefusedNamingTheRegisteredOnes() {
        CliRun r = CliRun.with().standard().run("export", "intercom", "users");
        assertEquals(2, r.exit);
        assertEquals("error: unknown collection 'users' for intercom; valid: tickets, conversations, calls, data-attributes, "
                + "subscription-types\n", r.err);
    }

    @Test
    void theDecodeSourcesAreTheRegisteredDecoders() {
        List<String> sources = Targets.decoders().stream().map(DecodeTarget::source).toList();
        assertEquals(List.of("livechat", "intercom"), sources);
        assertEquals(sources, DecodeCommand.SOURCES);
        assertTrue(Usage.text().contains("  switchboard decode <livechat|intercom> [--secret S]"), Usage.text());
        for (String source : sources) {
            CliRun r = CliRun.with().standard().stdin("{}").run("decode", source);
            assertEquals("", r.err, r::toString);
            assertTrue(r.out.startsWith("{\"ok\":"), r::toString);
        }
        CliRun unknown = CliRun.with().standard().run("decode", "slack");
        assertEquals("error: unknown decode source 'slack'; valid: livechat, intercom\n", unknown.err);
    }
}
