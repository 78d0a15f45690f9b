package dev.switchboard.core;

/** The server failed: HTTP 5xx. Idempotent requests were already retried within the call's budget. */
public class ServerException extends ApiException {
    private static final long serialVersionUID = 1L;

    /** @param error the failed response */
    public ServerException(ApiError error) {
        super(error);
    }
}
