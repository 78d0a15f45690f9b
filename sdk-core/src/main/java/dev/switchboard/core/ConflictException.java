package dev.switchboard.core;

/** The request conflicts with the resource's current state: HTTP 409. */
public class ConflictException extends ApiException {
    private static final long serialVersionUID = 1L;

    /** @param error the failed response */
    public ConflictException(ApiError error) {
        super(error);
    }
}
