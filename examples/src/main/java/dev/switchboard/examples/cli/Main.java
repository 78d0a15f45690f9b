package dev.switchboard.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * Entry point of {@code switchboard-cli.jar}: runs {@link Cli#standard} and exits with its status.
 *
 * <p>For {@code export}, standard output is wrapped in a 64 KiB buffer without auto-flush: {@code System.out}
 * flushes on every write, which for an export costs system calls per record. {@link Cli#run} flushes it when it
 * ends, failure included. The other commands print a few lines as they go and keep {@code System.out}.
 */
public final class Main {
    private static final int STDOUT_BUFFER = 1 << 16;

    private Main() {
    }

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream out = args.length > 0 && args[0].equals("export")
                ? new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), STDOUT_BUFFER), false,
                        Charset.defaultCharset())
                : System.out;
        System.exit(Cli.standard(System.in, out, System.err, System.getenv()).run(args));
    }
}
