package dev.switchboard.testkit.intercom;

import dev.switchboard.testkit.FakeApi;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.Faults;
import dev.switchboard.testkit.Handler;

/**
 * What every part of the Intercom fake shares ({@link FakeIntercomTickets}, {@link FakeIntercomKnowledge},
 * {@link FakeIntercomReporting}, {@link FakeIntercomAdmins}, ...): {@code Authorization: Bearer <token>} or Intercom's
 * {@code 401 unauthorized}; the part's handlers run one at a time under its lock; a refusal thrown by a handler is
 * answered as Intercom's {@code error.list}; every answer carries {@code X-RateLimit-*} headers; faults are the
 * server's own queue. Each part starts alone ({@code start()}) or on a running server ({@code on(server, token)}), and
 * every {@link FakeIntercom} mounts them all.
 */
public abstract class FakeIntercomPart extends FakeApi<Faults> {
    private final IntercomAccess access;

    /**
     * @param server the server the part's routes are added to
     * @param ownsServer whether {@link #close()} stops the server
     * @param token the access token to accept
     */
    protected FakeIntercomPart(FakeServer server, boolean ownsServer, String token) {
        super(server, ownsServer);
        this.access = new IntercomAccess(token, this);
    }

    @Override
    protected final FakeResponse answer(FakeRequest request, Handler handler) throws Exception {
        return access.answer(request, handler);
    }

    @Override
    protected final Faults faults(Faults queue) {
        return queue;
    }
}
