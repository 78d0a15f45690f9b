package dev.switchboard.examples.cli;

/** A command line the tool cannot accept; printed as one {@code error: } line, exit status 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, one line, never a credential */
    UsageException(String message) {
        super(message, null, false, false);
    }
}
