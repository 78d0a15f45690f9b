package dev.switchboard.testkit.intercom;

import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.Handler;

/**
 * Registers routes that answer {@code 401 unauthorized} without the expected bearer token, run the handler under the
 * owner's lock, turn a thrown {@link FakeErrors.Failure} into Intercom's {@code error.list}, and add
 * {@code X-RateLimit-*} headers.
 */
final class AuthorizedRoutes {
    private final FakeServer server;
    private final String token;
    private final Object lock;
    private final FakeErrors errors = new FakeErrors();

    AuthorizedRoutes(FakeServer server, String token, Object lock) {
        this.server = server;
        this.token = token;
        this.lock = lock;
    }

    void route(String method, String path, Handler handler) {
        server.route(method, path, req -> {
            String auth = req.header("Authorization");
            FakeResponse response;
            if (auth == null || !auth.equals("Bearer " + token)) {
                response = errors.response(401, "unauthorized", "Access Token Invalid", null);
            } else {
                synchronized (lock) {
                    try {
                        response = handler.handle(req);
                    } catch (FakeErrors.Failure f) {
                        response = errors.response(f);
                    }
                }
            }
            return response.withHeader("X-RateLimit-Limit", "1000").withHeader("X-RateLimit-Remaining", "999");
        });
    }

    static FakeErrors.Failure error(int status, String code, String message) {
        return new FakeErrors.Failure(status, code, message);
    }
}
