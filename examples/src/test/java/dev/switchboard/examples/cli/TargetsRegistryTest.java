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

    /**
     * @return the "Export collections:" section of the usage, API to collections (a line indented past the API
     *     column continues the API above, and no line is wider than 100 columns)
     */
    private static Map<String, List<String>> listedBy(String usage) {
        List<String> lines = List.of(usage.split("\n", -1));
        Map<String, List<String>> listed = new LinkedHashMap<>();
        String api = null;
        for (int i = lines.indexOf("Export collections:") + 1; i < lines.size() && !lines.get(i).isEmpty(); i++) {
            String line = lines.get(i);
            assertTrue(line.length() <= 100, line);
            String[] apiAndCollections = line.startsWith("   ") ? new String[] {api, line.strip()}
                    : line.strip().split("\\s+", 2);
            api = apiAndCollections[0];
            List<String> names = new ArrayList<>(listed.getOrDefault(api, List.of()));
            for (String name : apiAndCollections[1].split(",")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
            listed.put(api, List.copyOf(names));
        }
        return listed;
    }

    @Test
    void exportHelpListsExactlyTheRegisteredCollectionsInOrder() {
        CliRun r = CliRun.with().standard().run("export", "--help");
        assertEquals(0, r.exit, r::toString);
        assertEquals(registered(), listedBy(r.out));
        assertEquals(ExportCollections.ALL, listedBy(r.out));
    }

    @Test
    void everyRegisteredCollectionIsExportableFromTheSandbox() {
        List<String> exported = new ArrayList<>();
        for (ExportTarget t : Targets.exports()) {
            List<String> args = new ArrayList<>(List.of("export", t.api(), t.collection(), "--max", "1"));
            if (t.api().equals("intercom")) {
                args.addAll(ExportCollections.SANDBOX_PARENTS.getOrDefault(t.collection(), List.of()));
            }
            CliRun r = CliRun.with().standard().run(args.toArray(String[]::new));
            assertEquals(0, r.exit, r::toString);
            assertEquals(1, r.outLines().size(), r::toString);
            assertTrue(TestJson.parse(r.outLines().get(0)).isObject(), r::toString);
            assertTrue(r.err.endsWith("exported 1 " + t.collection() + " from " + t.api() + "\n"), r::toString);
            exported.add(t.api() + " " + t.collection());
        }
        assertEquals(ExportCollections.ALL.values().stream().mapToInt(List::size).sum(), exported.size(), exported::toString);
    }

    @Test
    void aCollectionNobodyRegisteredIsRefusedNamingTheRegisteredOnes() {
        CliRun r = CliRun.with().standard().run("export", "intercom", "users");
        assertEquals(2, r.exit);
        assertEquals("error: unknown collection 'users' for intercom; valid: "
                + String.join(", ", ExportCollections.INTERCOM) + "\n", r.err);
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
