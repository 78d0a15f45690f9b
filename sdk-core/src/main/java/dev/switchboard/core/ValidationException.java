package dev.switchboard.core;

/** The server rejected the request as invalid: HTTP 400 or 422. {@link #details()} usually names the field. */
public class ValidationException extends ApiException {
    private static final long serialVersionUID = 1L;

    /** @param error the failed response */
    public ValidationException(ApiError error) {
        super(error);
    }
}
