package dev.switchboard.core;

/**
 * Paging stopped because continuing would be wrong: the server repeated a cursor (an endless loop), an offset did
 * not advance, or a next-page link pointed at another host than the configured base URL.
 */
public class PaginationException extends SwitchboardException {
    private static final long serialVersionUID = 1L;

    /** @param message what was wrong with the page sequence, free of secrets */
    public PaginationException(String message) {
        super(message);
    }
}
