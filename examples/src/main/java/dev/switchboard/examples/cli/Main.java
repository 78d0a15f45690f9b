package dev.switchboard.examples.cli;

/** Entry point of {@code switchboard-cli.jar}: runs {@link Cli#standard} and exits with its status. */
public final class Main {
    private Main() {
    }

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(Cli.standard(System.in, System.out, System.err, System.getenv()).run(args));
    }
}
