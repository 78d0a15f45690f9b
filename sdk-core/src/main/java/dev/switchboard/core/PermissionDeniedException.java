package dev.switchboard.core;

/** The credentials are valid but not allowed to do this: HTTP 403. */
public class PermissionDeniedException extends ApiException {
    private static final long serialVersionUID = 1L;

    /** @param error the failed response */
    public PermissionDeniedException(ApiError error) {
        super(error);
    }
}
