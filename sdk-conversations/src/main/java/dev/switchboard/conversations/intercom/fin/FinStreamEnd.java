package dev.switchboard.conversations.intercom.fin;

/** Why a {@link FinEventStream} ended. */
public enum FinStreamEnd {
    /**
     * The turn is over: Fin replied ({@code awaiting_user_reply}), reached {@code complete} with no CSAT survey
     * expected, or delivered {@code csat_requested}; Intercom revokes the token at that point.
     */
    FINISHED,
    /** The stream's token was refused (401 or 403): revoked by Intercom or expired (it lives 3 minutes). */
    REVOKED,
    /** {@link FinEventStream#cancel()} was called. */
    CANCELLED,
    /** The stream's deadline passed. */
    DEADLINE,
    /** The stream failed: reconnects exhausted, an unexpected status, a malformed event, or the listener threw. */
    FAILED
}
