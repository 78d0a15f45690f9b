package dev.switchboard.examples.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Prints failures on stderr: one line starting with {@code error: }, known secrets masked, and the stack trace
 * (also masked) only when asked for with {@code --debug}.
 */
final class ErrorReporter {
    private final PrintStream err;
    private final Scrubber scrubber;

    ErrorReporter(PrintStream err, Scrubber scrubber) {
        this.err = err;
        this.scrubber = scrubber;
    }

    /** @param message what went wrong; printed as one {@code error: } line */
    void error(String message) {
        err.println("error: " + oneLine(scrubber.scrub(message)));
    }

    /**
     * @param failure what was thrown
     * @param debug whether to print the stack trace after the error line
     */
    void failure(Throwable failure, boolean debug) {
        failure(messageOf(failure), failure, debug);
    }

    /**
     * @param message the error line's text
     * @param failure what was thrown
     * @param debug whether to print the stack trace after the error line
     */
    void failure(String message, Throwable failure, boolean debug) {
        error(message);
        if (debug) {
            stackTrace(failure);
        }
    }

    /** @param failure printed with its causes, known secrets masked */
    void stackTrace(Throwable failure) {
        StringWriter trace = new StringWriter();
        try (PrintWriter w = new PrintWriter(trace)) {
            failure.printStackTrace(w);
        }
        err.print(scrubber.scrub(trace.toString()));
    }

    /** @return the scrubber this reporter masks with */
    Scrubber scrubber() {
        return scrubber;
    }

    /**
     * @param failure what was thrown
     * @return its message, or its simple class name when it has none
     */
    static String messageOf(Throwable failure) {
        String m = failure.getMessage();
        return m == null || m.isBlank() ? failure.getClass().getSimpleName() : m;
    }

    /**
     * @param text any text
     * @return the text on one line: each run of line breaks and other control characters becomes one space
     */
    static String oneLine(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean inControl = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                if (!inControl) {
                    sb.append(' ');
                }
                inControl = true;
            } else {
                sb.append(c);
                inControl = false;
            }
        }
        return sb.toString().strip();
    }
}
