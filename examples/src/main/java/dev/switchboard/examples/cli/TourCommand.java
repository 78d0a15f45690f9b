package dev.switchboard.examples.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * {@code switchboard tour}: runs every {@link TourLeg}, each under a {@code == <name>} heading. A failing leg is
 * reported on stderr and the others still run; the status is 0 only when all passed.
 */
final class TourCommand {
    private static final String DEBUG = "--debug";
    private static final OptionParser PARSER = OptionParser.builder().option(DEBUG, OptionParser.Kind.FLAG).build();

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final List<TourLeg> legs;

    TourCommand(PrintStream out, PrintStream err, Map<String, String> env, List<TourLeg> legs) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.legs = legs;
    }

    /**
     * @param args the arguments after {@code tour}
     * @return the exit status
     */
    int run(List<String> args) {
        ErrorReporter reporter = new ErrorReporter(err, Scrubber.of(env, List.of()));
        OptionParser.ParsedArgs parsed;
        try {
            parsed = PARSER.parse(args);
            if (!parsed.help() && !parsed.positionals().isEmpty()) {
                throw new UsageException("tour takes no arguments, got '" + parsed.positionals().get(0) + "'");
            }
        } catch (UsageException e) {
            reporter.error(e.getMessage());
            return ExitCodes.USAGE;
        }
        if (parsed.help()) {
            out.print(Usage.text());
            return ExitCodes.OK;
        }
        int failed = 0;
        for (TourLeg leg : legs) {
            out.println("== " + leg.name());
            try {
                leg.run(out);
            } catch (RuntimeException | AssertionError e) {
                failed++;
                out.flush();
                reporter.failure("tour leg " + leg.name() + " failed: " + ErrorReporter.messageOf(e), e, parsed.has(DEBUG));
            }
        }
        if (failed > 0) {
            return ExitCodes.FAILURE;
        }
        out.println("tour complete: " + legs.size() + (legs.size() == 1 ? " leg" : " legs") + " passed");
        return ExitCodes.OK;
    }
}
