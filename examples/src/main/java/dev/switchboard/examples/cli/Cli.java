package dev.switchboard.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code switchboard} command line: {@code tour}, {@code export}, {@code decode}, {@code --help} and
 * {@code --version}. Streams, environment and targets are injected, so the whole tool runs in tests without a
 * process; {@link #run} returns the exit status instead of exiting.
 *
 * <ul>
 *   <li>0: success; 1: an API or transport failure, or a failed tour leg; 2: a usage error, or (decode) a malformed
 *       or undecodable delivery; 3: (decode) the delivery failed verification.</li>
 *   <li>Data goes to stdout; progress, summaries and errors to stderr. An error is one line starting with
 *       {@code error: }, with credentials from the environment masked; a stack trace only with {@code --debug}.</li>
 * </ul>
 */
public final class Cli {
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final List<ExportTarget> exports;
    private final List<DecodeTarget> decoders;
    private final List<TourLeg> tourLegs;

    /**
     * @param in stdin, read by {@code decode}
     * @param out stdout
     * @param err stderr
     * @param env the environment, for credentials
     * @param exports the export targets, each for a collection registered in {@link Targets#exports()}, at most once
     * @param decoders the webhook decoders, each for a source registered in {@link Targets#decoders()}, at most once
     * @param tourLegs the legs of {@code tour}, in order
     * @throws IllegalArgumentException if a target names an unknown or already registered collection or source
     */
    public Cli(InputStream in, PrintStream out, PrintStream err, Map<String, String> env, List<ExportTarget> exports,
            List<DecodeTarget> decoders, List<TourLeg> tourLegs) {
        this.in = Objects.requireNonNull(in, "in");
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.env = Map.copyOf(env);
        this.exports = List.copyOf(exports);
        this.decoders = List.copyOf(decoders);
        this.tourLegs = List.copyOf(tourLegs);
        Set<String> seen = new HashSet<>();
        for (ExportTarget t : this.exports) {
            if (!ExportCatalog.known(t.api(), t.collection())) {
                throw new IllegalArgumentException("export target for unknown collection: " + t.api() + " " + t.collection());
            }
            if (!seen.add(t.api() + " " + t.collection())) {
                throw new IllegalArgumentException("two export targets for " + t.api() + " " + t.collection());
            }
        }
        seen.clear();
        for (DecodeTarget t : this.decoders) {
            if (!DecodeCommand.SOURCES.contains(t.source())) {
                throw new IllegalArgumentException("decoder for unknown source: " + t.source());
            }
            if (!seen.add(t.source())) {
                throw new IllegalArgumentException("two decoders for " + t.source());
            }
        }
    }

    /**
     * @param in stdin
     * @param out stdout
     * @param err stderr
     * @param env the environment
     * @return the tool with the targets of this build, from {@link Targets}
     */
    public static Cli standard(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
        return new Cli(in, out, err, env, Targets.exports(), Targets.decoders(), Targets.tourLegs());
    }

    /**
     * @param args the command line
     * @return the exit status
     */
    public int run(String... args) {
        try {
            return dispatch(Arrays.asList(args));
        } catch (RuntimeException e) {
            // A bug, not a usage error or an API failure: still one error line, no trace unless asked.
            new ErrorReporter(err, Scrubber.of(env, List.of()))
                    .failure("unexpected failure: " + ErrorReporter.messageOf(e), e, Arrays.asList(args).contains("--debug"));
            return ExitCodes.FAILURE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int dispatch(List<String> args) {
        if (args.isEmpty()) {
            err.print(Usage.text());
            return ExitCodes.USAGE;
        }
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        switch (command) {
            case "--help":
            case "-h":
            case "help":
                out.print(Usage.text());
                return ExitCodes.OK;
            case "--version":
                out.println("switchboard " + CliVersion.get());
                return ExitCodes.OK;
            case "tour":
                return new TourCommand(out, err, env, tourLegs).run(rest);
            case "export":
                return new ExportCommand(out, err, env, exports).run(rest);
            case "decode":
                return new DecodeCommand(in, out, err, env, decoders).run(rest);
            default:
                new ErrorReporter(err, Scrubber.of(env, List.of())).error("unknown command '" + command + "' (try --help)");
                return ExitCodes.USAGE;
        }
    }
}
