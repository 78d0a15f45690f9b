package dev.switchboard.examples.webhooks;

import dev.switchboard.webhooks.Deduplicator;
import dev.switchboard.webhooks.WebhookDecodeException;
import dev.switchboard.webhooks.WebhookDispatcher;
import dev.switchboard.webhooks.WebhookVerificationException;
import dev.switchboard.webhooks.intercom.IntercomNotification;
import dev.switchboard.webhooks.intercom.IntercomWebhooks;
import dev.switchboard.webhooks.livechat.LiveChatWebhook;
import dev.switchboard.webhooks.livechat.LiveChatWebhooks;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Spring MVC recipe of {@code docs/webhooks.md}, compiled against spring-web (a compile-only dependency of this
 * module, never shipped) so the page cannot drift from the SDK.
 */
@RestController
public final class SpringRecipe {
    private final LiveChatWebhooks livechat;
    private final IntercomWebhooks intercom;
    private final WebhookDispatcher<LiveChatWebhook> livechatDispatcher;
    private final WebhookDispatcher<IntercomNotification> intercomDispatcher;
    private final Deduplicator seen;

    /**
     * @param livechat the LiveChat verifier, with your secrets
     * @param intercom the Intercom verifier, with your client secret
     * @param livechatDispatcher where verified LiveChat webhooks go
     * @param intercomDispatcher where verified Intercom notifications go
     * @param seen the Intercom delivery ids already handled
     */
    public SpringRecipe(LiveChatWebhooks livechat, IntercomWebhooks intercom,
            WebhookDispatcher<LiveChatWebhook> livechatDispatcher,
            WebhookDispatcher<IntercomNotification> intercomDispatcher, Deduplicator seen) {
        this.livechat = livechat;
        this.intercom = intercom;
        this.livechatDispatcher = livechatDispatcher;
        this.intercomDispatcher = intercomDispatcher;
        this.seen = seen;
    }

    // README: spring
    @PostMapping(path = "/webhooks/livechat", consumes = "application/json")
    public ResponseEntity<Void> livechat(@RequestBody byte[] body) {
        try {
            livechatDispatcher.dispatch(livechat.verify(body));
            return ResponseEntity.ok().build();
        } catch (WebhookVerificationException e) {
            return ResponseEntity.status(401).build();
        } catch (WebhookDecodeException e) {
            return ResponseEntity.badRequest().build();
        }
    }

    @PostMapping(path = "/webhooks/intercom", consumes = "application/json")
    public ResponseEntity<Void> intercom(@RequestBody byte[] body,
            @RequestHeader(name = "X-Hub-Signature", required = false) String signature) {
        try {
            IntercomNotification n = signature == null
                    ? intercom.verify(body)                           // no header: a WebhookVerificationException (MISSING)
                    : intercom.verify(body, "X-Hub-Signature", signature);
            if (seen.firstDelivery(n.id())) {
                intercomDispatcher.dispatch(n);
            }
            return ResponseEntity.ok().build();
        } catch (WebhookVerificationException e) {
            return ResponseEntity.status(401).build();
        } catch (WebhookDecodeException e) {
            return ResponseEntity.badRequest().build();
        }
    }
}
