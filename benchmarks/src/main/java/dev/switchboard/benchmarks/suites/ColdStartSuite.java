package dev.switchboard.benchmarks.suites;

import dev.switchboard.benchmarks.child.ColdStart;
import dev.switchboard.benchmarks.data.ApiRoutes;
import dev.switchboard.benchmarks.harness.Comparison;
import dev.switchboard.benchmarks.harness.Interleaved;
import dev.switchboard.benchmarks.process.Jvm;
import dev.switchboard.benchmarks.process.ProcessRun;
import dev.switchboard.benchmarks.server.LocalServer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A fresh JVM builds a client and decodes its first response ({@code GET /tickets/642}); the whole process is timed,
 * SDK and raw OkHttp + ObjectMapper runs interleaved.
 */
public final class ColdStartSuite implements Suite {
    private final Path root;

    /** @param root the working directory of the child processes */
    public ColdStartSuite(Path root) {
        this.root = root;
    }

    @Override
    public String name() {
        return "cold-start";
    }

    @Override
    public List<Comparison> run(Interleaved h) throws Exception {
        ApiRoutes routes = new ApiRoutes(1000, 1000, 150);
        File out = Files.createTempFile("bench-cold", ".txt").toFile();
        try (LocalServer server = LocalServer.start(routes)) {
            routes.at(server);
            List<String> sdk = Jvm.command(List.of(), ColdStart.class, "sdk", server.baseUrl());
            List<String> base = Jvm.command(List.of(), ColdStart.class, "baseline", server.baseUrl());
            return List.of(h.compare("cold_start.get_ticket", "fresh JVM: build a client, first decoded GET /tickets/{id}",
                    1, "process",
                    () -> ProcessRun.run(sdk, Map.of(), out, root.toFile()).requireSuccess().exitCode(),
                    () -> ProcessRun.run(base, Map.of(), out, root.toFile()).requireSuccess().exitCode()));
        } finally {
            Files.deleteIfExists(out.toPath());
        }
    }
}
