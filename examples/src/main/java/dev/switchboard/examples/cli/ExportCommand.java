package dev.switchboard.examples.cli;

import dev.switchboard.core.SwitchboardException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * {@code switchboard export}: validates the command line, finds the registered {@link ExportTarget}, streams its
 * records to stdout and maps the outcome to an exit status.
 */
final class ExportCommand {
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final List<ExportTarget> targets;

    ExportCommand(PrintStream out, PrintStream err, Map<String, String> env, List<ExportTarget> targets) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.targets = targets;
    }

    /**
     * @param args the arguments after {@code export}
     * @return the exit status
     */
    int run(List<String> args) {
        ErrorReporter reporter = new ErrorReporter(err, Scrubber.of(env, List.of()));
        ExportRequest request;
        try {
            OptionParser.ParsedArgs parsed = ExportArguments.PARSER.parse(args);
            if (parsed.help()) {
                out.print(Usage.text());
                return ExitCodes.OK;
            }
            request = ExportArguments.toRequest(parsed, env);
        } catch (UsageException e) {
            reporter.error(e.getMessage());
            return ExitCodes.USAGE;
        }
        ExportTarget target = find(request.api(), request.collection());
        if (target == null) {
            reporter.error("export of " + request.api() + " " + request.collection() + " is not available in this build");
            return ExitCodes.USAGE;
        }
        RecordSink sink = new RecordSink(out, request.max());
        try {
            target.export(request, sink, err);
        } catch (SwitchboardException e) {
            reporter.failure(e, request.debug());
            return ExitCodes.FAILURE;
        } catch (IllegalArgumentException e) {
            reporter.failure(e, request.debug());
            return ExitCodes.USAGE;
        } catch (RuntimeException e) {
            reporter.failure(e, request.debug());
            return ExitCodes.FAILURE;
        } finally {
            sink.close();
            out.flush();
        }
        if (sink.broken() || out.checkError()) {
            reporter.error("could not write to stdout (" + sink.count() + " " + request.collection() + " written)");
            return ExitCodes.FAILURE;
        }
        err.println("exported " + sink.count() + " " + request.collection() + " from " + request.api());
        return ExitCodes.OK;
    }

    private ExportTarget find(String api, String collection) {
        for (ExportTarget t : targets) {
            if (t.api().equals(api) && t.collection().equals(collection)) {
                return t;
            }
        }
        return null;
    }
}
