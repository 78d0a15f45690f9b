package dev.switchboard.examples.cli.webhooks;

import dev.switchboard.examples.cli.DecodeOutcome;
import dev.switchboard.examples.cli.DecodeTarget;
import dev.switchboard.webhooks.WebhookDecodeException;
import dev.switchboard.webhooks.WebhookLimits;
import dev.switchboard.webhooks.WebhookVerificationException;
import dev.switchboard.webhooks.livechat.LiveChatWebhook;
import dev.switchboard.webhooks.livechat.LiveChatWebhooks;
import java.util.List;
import java.util.Map;

/**
 * {@code switchboard decode livechat}: with {@code --secret}, the delivery's {@code secret_key} must equal one of
 * them; without, the delivery is decoded unverified. The type printed is the delivery's class; the event printed is
 * the delivery written back from its typed view: exactly as sent, with {@code secret_key} redacted.
 */
final class LiveChatDecodeTarget implements DecodeTarget {
    /** The CLI reads at most 10 MiB; accept all of it. */
    static final WebhookLimits LIMITS = WebhookLimits.defaults().withMaxBodyBytes(10 * 1024 * 1024);

    @Override
    public String source() {
        return "livechat";
    }

    @Override
    public DecodeOutcome decode(byte[] body, List<String> secrets, Map<String, List<String>> headers) {
        try {
            LiveChatWebhook webhook = secrets.isEmpty() ? LiveChatWebhooks.decodeWithoutVerification(body, LIMITS)
                    : LiveChatWebhooks.builder().secrets(secrets.toArray(String[]::new)).limits(LIMITS).build().verify(body);
            // The view's JSON is the delivery as sent with secret_key redacted, so printing it shows no secret. A delivery
            // without an action string is still printed (as UnknownLiveChatWebhook), named "".
            String action = webhook.json().getString("action");
            return DecodeOutcome.decoded(action == null ? "" : action, webhook);
        } catch (WebhookVerificationException e) {
            return DecodeOutcome.unverified(e.getMessage());
        } catch (WebhookDecodeException e) {
            return DecodeOutcome.undecodable(e.getMessage());
        }
    }
}
