package dev.switchboard.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs a {@link Cli} in memory and keeps what it printed. */
public final class CliRun {
    final int exit;
    final String out;
    final String err;

    private CliRun(int exit, String out, String err) {
        this.exit = exit;
        this.out = out;
        this.err = err;
    }

    /** @return a builder for a run with no targets, empty stdin and an empty environment */
    static Builder with() {
        return new Builder();
    }

    /**
     * Runs the command in memory with the given targets and legs, for the tests of each API's targets.
     *
     * @param env the environment
     * @param exports export targets
     * @param legs tour legs
     * @param args the command line
     * @return the outcome
     */
    public static CliRun run(Map<String, String> env, List<ExportTarget> exports, List<TourLeg> legs, String... args) {
        Builder b = with().env(env).legs(legs);
        exports.forEach(b::export);
        return b.run(args);
    }

    /** @return the exit status */
    public int exit() {
        return exit;
    }

    /** @return what was written to stdout */
    public String out() {
        return out;
    }

    /** @return what was written to stderr */
    public String err() {
        return err;
    }

    /** @return stdout split into lines (no empty trailing line) */
    /** @return stdout's lines */
    public List<String> outLines() {
        return lines(out);
    }

    /** @return stderr split into lines (no empty trailing line) */
    /** @return stderr's lines */
    public List<String> errLines() {
        return lines(err);
    }

    private static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        String trimmed = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(trimmed.split("\n", -1));
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }

    /** Configures a run. */
    static final class Builder {
        private byte[] stdin = new byte[0];
        private Map<String, String> env = Map.of();
        private final List<ExportTarget> exports = new ArrayList<>();
        private final List<DecodeTarget> decoders = new ArrayList<>();
        private List<TourLeg> legs = new ArrayList<>();
        private boolean standard;

        Builder stdin(byte[] body) {
            this.stdin = body;
            return this;
        }

        Builder stdin(String body) {
            return stdin(body.getBytes(StandardCharsets.UTF_8));
        }

        Builder env(Map<String, String> env) {
            this.env = env;
            return this;
        }

        Builder export(ExportTarget target) {
            exports.add(target);
            return this;
        }

        Builder decoder(DecodeTarget target) {
            decoders.add(target);
            return this;
        }

        Builder legs(List<TourLeg> legs) {
            this.legs = new ArrayList<>(legs);
            return this;
        }

        /** Uses {@link Cli#standard}, the targets of this build. */
        Builder standard() {
            this.standard = true;
            return this;
        }

        CliRun run(String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
            PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
            ByteArrayInputStream in = new ByteArrayInputStream(stdin);
            Cli cli = standard ? Cli.standard(in, outStream, errStream, env)
                    : new Cli(in, outStream, errStream, env, exports, decoders, legs);
            int exit = cli.run(args);
            return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
