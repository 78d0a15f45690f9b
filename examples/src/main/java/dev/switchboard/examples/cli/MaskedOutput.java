package dev.switchboard.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Runs a tour leg's steps against a buffer and only then prints what they wrote, with every secret masked, so even
 * a failing leg prints nothing secret. A step's failure is rethrown after the output is printed; a secret that made
 * it into the output is itself a failure.
 */
public final class MaskedOutput {
    private MaskedOutput() {
    }

    /**
     * @param out where the leg's lines go
     * @param secrets literal secrets to mask; read after the steps ran, so they may add the tokens they were issued
     * @param patterns secret patterns to mask (for example issued tokens), read after the steps ran
     * @param steps the leg's steps, writing to the stream they are given
     * @throws RuntimeException the steps' own failure, after the output is printed
     * @throws IllegalStateException if a secret appeared in the output
     */
    public static void run(PrintStream out, Collection<String> secrets, Collection<Pattern> patterns, Consumer<PrintStream> steps) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream lines = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        RuntimeException failure = null;
        try {
            steps.accept(lines);
        } catch (RuntimeException e) {
            failure = e;
        }
        lines.flush();
        String text = buffer.toString(StandardCharsets.UTF_8);
        String shown = text;
        for (String secret : secrets) {
            shown = shown.replace(secret, Scrubber.MASK);
        }
        for (Pattern p : patterns) {
            shown = p.matcher(shown).replaceAll(Scrubber.MASK);
        }
        out.print(shown);
        out.flush();
        if (failure != null) {
            throw failure;
        }
        if (!shown.equals(text)) {
            throw new IllegalStateException("a secret appeared in the tour's output");
        }
    }
}
