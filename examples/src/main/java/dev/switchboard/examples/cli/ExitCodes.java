package dev.switchboard.examples.cli;

/** The exit statuses of the tool. */
final class ExitCodes {
    /** Success. */
    static final int OK = 0;
    /** An API or transport failure, or a failed tour leg. */
    static final int FAILURE = 1;
    /** A usage error, or (decode) a malformed or undecodable delivery. */
    static final int USAGE = 2;
    /** (decode) The delivery failed verification. */
    static final int VERIFICATION = 3;

    private ExitCodes() {
    }
}
