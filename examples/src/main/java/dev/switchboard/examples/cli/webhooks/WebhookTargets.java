package dev.switchboard.examples.cli.webhooks;

import dev.switchboard.examples.cli.DecodeTarget;
import java.util.List;

/** The decode targets of sdk-webhooks. */
public final class WebhookTargets {
    private WebhookTargets() {
    }

    /** @return {@code livechat} and {@code intercom} */
    public static List<DecodeTarget> all() {
        return List.of(new LiveChatDecodeTarget(), new IntercomDecodeTarget());
    }
}
