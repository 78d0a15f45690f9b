package dev.switchboard.examples.webhooks;

import dev.switchboard.webhooks.Deduplicator;
import dev.switchboard.webhooks.WebhookDecodeException;
import dev.switchboard.webhooks.WebhookDispatcher;
import dev.switchboard.webhooks.WebhookVerificationException;
import dev.switchboard.webhooks.intercom.IntercomNotification;
import dev.switchboard.webhooks.intercom.IntercomWebhooks;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The servlet recipe of {@code docs/webhooks.md}, compiled against the servlet API (a compile-only dependency of
 * this module, never shipped) so the page cannot drift from the SDK.
 */
public final class ServletRecipe extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient IntercomWebhooks intercom;
    private final transient WebhookDispatcher<IntercomNotification> dispatcher;
    private final transient Deduplicator seen;

    /**
     * @param intercom the verifier, with your client secret
     * @param dispatcher where verified notifications go
     * @param seen the delivery ids already handled
     */
    public ServletRecipe(IntercomWebhooks intercom, WebhookDispatcher<IntercomNotification> dispatcher,
            Deduplicator seen) {
        this.intercom = intercom;
        this.dispatcher = dispatcher;
        this.seen = seen;
    }

    // README: servlet
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = request.getInputStream().readAllBytes();        // raw bytes: no Reader, no String, no trimming
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        try {
            IntercomNotification n = intercom.verify(body, headers);
            if (seen.firstDelivery(n.id())) {
                dispatcher.dispatch(n);
            }
            response.setStatus(200);
        } catch (WebhookVerificationException e) {
            response.setStatus(401);
        } catch (WebhookDecodeException e) {
            response.setStatus(400);
        }
    }
}
