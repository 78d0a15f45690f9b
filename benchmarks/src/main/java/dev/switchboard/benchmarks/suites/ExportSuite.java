package dev.switchboard.benchmarks.suites;

import dev.switchboard.benchmarks.child.Collections;
import dev.switchboard.benchmarks.child.HandExporter;
import dev.switchboard.benchmarks.data.ApiRoutes;
import dev.switchboard.benchmarks.harness.Comparison;
import dev.switchboard.benchmarks.harness.Interleaved;
import dev.switchboard.benchmarks.process.Jvm;
import dev.switchboard.benchmarks.process.ProcessRun;
import dev.switchboard.benchmarks.server.LocalServer;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ./switchboard export} of whole collections to a file, as a user runs it (a fresh JVM through the script),
 * against the hand-written exporter in a fresh JVM of its own; each run is timed from process start to exit, and
 * both must write the same number of lines.
 */
public final class ExportSuite implements Suite {
    /** Credentials the CLI reads; the local server accepts anything. */
    static final Map<String, String> ENV = Map.of("MOVEWORKS_API_KEY", Sdk.TOKEN, "SUGER_API_KEY", Sdk.TOKEN,
            "INTERCOM_TOKEN", Sdk.TOKEN, "JAVA_OPTS", "");

    private final Path root;
    private final long moveworks;
    private final long suger;
    private final long intercom;
    private final List<Collections> collections;

    /**
     * @param root the repository root, where {@code ./switchboard} is
     * @param moveworks records per Moveworks entity
     * @param suger Suger events
     * @param intercom Intercom conversations
     * @param collections which collections to export
     */
    public ExportSuite(Path root, long moveworks, long suger, long intercom, List<Collections> collections) {
        this.root = root;
        this.moveworks = moveworks;
        this.suger = suger;
        this.intercom = intercom;
        this.collections = List.copyOf(collections);
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public List<Comparison> run(Interleaved h) throws Exception {
        ApiRoutes routes = new ApiRoutes(moveworks, suger, intercom);
        Path dir = Files.createTempDirectory("bench-export");
        List<Comparison> out = new ArrayList<>();
        try (LocalServer server = LocalServer.start(routes)) {
            routes.at(server);
            String base = server.baseUrl();
            File sdkOut = dir.resolve("sdk.jsonl").toFile();
            File handOut = dir.resolve("hand.jsonl").toFile();
            for (Collections c : collections) {
                long records = c == Collections.SUGER_EVENTS ? suger : c == Collections.INTERCOM_CONVERSATIONS ? intercom : moveworks;
                List<String> cli = new ArrayList<>();
                cli.add(root.resolve("switchboard").toString());
                cli.addAll(c.cliArgs(base));
                List<String> hand = Jvm.command(List.of(), HandExporter.class, c.name(), base);
                out.add(h.compare("export." + c.api() + "." + c.collection(), "switchboard export " + c.api() + " "
                        + c.collection() + " (" + records + " records) to a file, whole process", records, "record",
                        () -> lines(ProcessRun.run(cli, ENV, sdkOut, root.toFile()).requireSuccess(), sdkOut),
                        () -> lines(ProcessRun.run(hand, ENV, handOut, root.toFile()).requireSuccess(), handOut)));
            }
        } finally {
            for (File f : dir.toFile().listFiles()) {
                Files.deleteIfExists(f.toPath());
            }
            Files.deleteIfExists(dir);
        }
        return out;
    }

    /** @return the number of lines the run wrote */
    static long lines(ProcessRun run, File file) throws IOException {
        long n = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file.toPath())) {
            for (int r = in.read(buf); r > 0; r = in.read(buf)) {
                for (int i = 0; i < r; i++) {
                    if (buf[i] == '\n') {
                        n++;
                    }
                }
            }
        }
        return n;
    }
}
