package dev.switchboard.testkit.intercom;

import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.Handler;
import java.util.Objects;

/**
 * How every part of the Intercom fake answers a request: {@code Authorization: Bearer <token>} or Intercom's
 * {@code 401 unauthorized}; the handler run under the part's lock, so its state changes one request at a time; a
 * {@link FakeErrors.Failure} thrown by the handler answered as Intercom's {@code error.list}; and the
 * {@code X-RateLimit-*} headers on every answer.
 */
final class IntercomAccess {
    private final String token;
    private final Object lock;
    private final FakeErrors errors = new FakeErrors();

    /**
     * @param token the access token to accept
     * @param lock the part's state lock
     */
    IntercomAccess(String token, Object lock) {
        this.token = Objects.requireNonNull(token, "token");
        this.lock = lock;
    }

    FakeResponse answer(FakeRequest request, Handler handler) throws Exception {
        String auth = request.header("Authorization");
        FakeResponse response;
        if (auth == null || !auth.equals("Bearer " + token)) {
            response = errors.response(401, "unauthorized", "Access Token Invalid", null);
        } else {
            synchronized (lock) {
                try {
                    response = handler.handle(request);
                } catch (FakeErrors.Failure f) {
                    response = errors.response(f);
                }
            }
        }
        return response.withHeader("X-RateLimit-Limit", "1000").withHeader("X-RateLimit-Remaining", "999");
    }

    /**
     * @param status the HTTP status
     * @param code Intercom's error code, for example {@code ticket_not_found}
     * @param message the error message
     * @return a refusal to throw from a handler
     */
    static FakeErrors.Failure error(int status, String code, String message) {
        return new FakeErrors.Failure(status, code, message);
    }
}
