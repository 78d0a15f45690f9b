package dev.switchboard.webhooks.livechat;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.Json;
import dev.switchboard.webhooks.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * LiveChat's own samples under {@code shared/specs/livechat}, when present: the webhook examples of the 3.6 and 3.5
 * references, made valid JSON, and the 3.6 data-structure samples. Read in tests only, never copied into the project.
 *
 * <p>The webhook examples have {@code //} comments and trailing commas, which are removed. A few are broken even
 * then; each gets a minimal documented repair here (and {@link #prepare} first proves it is still broken without it,
 * so the list cannot go stale):
 * <ul>
 *   <li>{@code customer_session_fields_updated} (3.6 and 3.5): a stray {@code ]} after the {@code active_chat} object.</li>
 *   <li>{@code agent_deleted} and {@code group_updated} (3.6): no comma between {@code requester} and
 *       {@code additional_data}.</li>
 *   <li>{@code auto_accesses_updated.after-updating-auto-access-rule} (3.6 and 3.5): {@code conditions} is never closed
 *       and the comma before {@code next_id} is missing.</li>
 *   <li>{@code auto_accesses_updated.after-deleting-auto-access-rule} (3.5): no comma between {@code payload} and
 *       {@code additional_data}.</li>
 *   <li>{@code group_created}, {@code group_deleted}, {@code group_updated} (3.5): valid JSON, but only the payload; they
 *       are wrapped in an envelope with the action of their file name.</li>
 * </ul>
 */
public final class LiveChatSamples {
    /** The {@code secret_key} every sample carries. */
    public static final String SECRET = "<secret_key>";

    /** A repair: the regular expression to replace and its replacement. */
    private record Repair(String reason, String regex, String replacement) {
    }

    private static final Repair STRAY_BRACKET =
            new Repair("stray ] after active_chat", "\\}\\s*\\],\\s*\"session_fields\"", "}, \"session_fields\"");
    private static final Repair COMMA_BEFORE_ADDITIONAL_DATA =
            new Repair("missing comma before additional_data", "([}\\]])\\s*\"additional_data\"", "$1, \"additional_data\"");
    private static final Repair CONDITIONS_NOT_CLOSED =
            new Repair("conditions never closed, missing comma", "\\]\\s*\\}\\s*\"next_id\"", "]}}, \"next_id\"");

    /** Path under examples/ to its repair. */
    private static final Map<String, Repair> REPAIRS = Map.of(
            "customer_session_fields_updated.jsonc", STRAY_BRACKET,
            "v3.5/customer_session_fields_updated.jsonc", STRAY_BRACKET,
            "agent_deleted.jsonc", COMMA_BEFORE_ADDITIONAL_DATA,
            "group_updated.jsonc", COMMA_BEFORE_ADDITIONAL_DATA,
            "auto_accesses_updated.after-updating-auto-access-rule.jsonc", CONDITIONS_NOT_CLOSED,
            "v3.5/auto_accesses_updated.after-updating-auto-access-rule.jsonc", CONDITIONS_NOT_CLOSED,
            "v3.5/auto_accesses_updated.after-deleting-auto-access-rule.jsonc", COMMA_BEFORE_ADDITIONAL_DATA);

    private LiveChatSamples() {
    }

    /** @return {@code shared/specs/livechat/examples}, when present */
    public static Optional<Path> examplesDir() {
        return TestFiles.specs().map(p -> p.resolve("livechat/examples")).filter(Files::isDirectory);
    }

    /** @return {@code shared/specs/livechat/data-structures/v3.6}, when present */
    public static Optional<Path> dataStructuresDir() {
        return TestFiles.specs().map(p -> p.resolve("livechat/data-structures/v3.6")).filter(Files::isDirectory);
    }

    /** @return every webhook example (3.6, then 3.5), sorted; empty when the samples are absent */
    public static List<Path> examples() {
        Optional<Path> dir = examplesDir();
        if (dir.isEmpty()) {
            return List.of();
        }
        List<Path> all = new ArrayList<>();
        for (Path d : List.of(dir.get(), dir.get().resolve("v3.5"))) {
            try (Stream<Path> files = Files.list(d)) {
                files.filter(Files::isRegularFile).sorted().forEach(all::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    /**
     * @param file a webhook example
     * @return the action of its file name (the part before the first dot)
     */
    public static String action(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.indexOf('.'));
    }

    /**
     * Strips comments and trailing commas, applies the documented repair, wraps bare 3.5 group payloads.
     *
     * @param file a webhook example
     * @return it as a valid JSON delivery
     */
    public static String prepare(Path file) {
        String name = file.getFileName().toString();
        String json;
        try {
            json = TestFiles.stripJsonc(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean v35 = file.getParent().getFileName().toString().equals("v3.5");
        Repair repair = REPAIRS.get(v35 ? "v3.5/" + name : name);
        if (repair != null) {
            String broken = json;
            assertThrows(DecodeException.class, () -> Json.object(TestFiles.utf8(broken), name),
                    name + " parses without its repair (" + repair.reason() + "): drop it from the list");
            json = json.replaceFirst(repair.regex(), repair.replacement());
        }
        if (v35 && name.startsWith("group_")) {
            json = "{\"webhook_id\":\"<webhook_id>\",\"secret_key\":\"" + SECRET + "\",\"action\":\"" + action(file)
                    + "\",\"organization_id\":\"390e44e6-f1e6-0368c-z6ddb-74g14508c2ex\",\"payload\":" + json + "}";
        }
        return json;
    }
}
