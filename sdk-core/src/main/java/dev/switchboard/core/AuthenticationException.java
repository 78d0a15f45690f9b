package dev.switchboard.core;

/** The credentials were missing, wrong or expired: HTTP 401. */
public class AuthenticationException extends ApiException {
    private static final long serialVersionUID = 1L;

    /** @param error the failed response */
    public AuthenticationException(ApiError error) {
        super(error);
    }
}
