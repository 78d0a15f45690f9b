package dev.switchboard.examples.cli.webhooks;

import dev.switchboard.examples.cli.DecodeOutcome;
import dev.switchboard.examples.cli.DecodeTarget;
import dev.switchboard.webhooks.WebhookDecodeException;
import dev.switchboard.webhooks.WebhookHeaders;
import dev.switchboard.webhooks.WebhookVerificationException;
import dev.switchboard.webhooks.intercom.IntercomNotification;
import dev.switchboard.webhooks.intercom.IntercomWebhooks;
import java.util.List;
import java.util.Map;

/**
 * {@code switchboard decode intercom}: with {@code --secret}, the {@code X-Hub-Signature} header (given with
 * {@code --header}) must be the HMAC-SHA1 of the body under one of them; without, the notification is decoded
 * unverified. The event printed is the notification re-encoded from its typed model.
 */
final class IntercomDecodeTarget implements DecodeTarget {

    @Override
    public String source() {
        return "intercom";
    }

    @Override
    public DecodeOutcome decode(byte[] body, List<String> secrets, Map<String, List<String>> headers) {
        try {
            IntercomNotification n = secrets.isEmpty()
                    ? IntercomWebhooks.decodeWithoutVerification(body, LiveChatDecodeTarget.LIMITS)
                    : IntercomWebhooks.builder().clientSecrets(secrets.toArray(String[]::new)).limits(LiveChatDecodeTarget.LIMITS)
                            .build().verify(body, WebhookHeaders.of(headers));
            // The type names the class the item was decoded to, so a known topic and an unknown one never look alike.
            return new DecodeOutcome.Decoded(n.topic().value(), n.item().getClass().getSimpleName(), n);
        } catch (WebhookVerificationException e) {
            return DecodeOutcome.unverified(e.getMessage());
        } catch (WebhookDecodeException e) {
            return DecodeOutcome.undecodable(e.getMessage());
        }
    }
}
