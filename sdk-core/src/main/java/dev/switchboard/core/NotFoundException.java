package dev.switchboard.core;

/** The resource does not exist (or is not visible to these credentials): HTTP 404. */
public class NotFoundException extends ApiException {
    private static final long serialVersionUID = 1L;

    /** @param error the failed response */
    public NotFoundException(ApiError error) {
        super(error);
    }
}
