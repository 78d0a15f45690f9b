package dev.switchboard.webhooks;

import dev.switchboard.core.SwitchboardException;
import java.util.Objects;

/**
 * A webhook delivery did not prove that it comes from the provider: the signature header or secret is missing or
 * malformed, or matches none of the configured secrets. A receiver answers such a delivery with HTTP 401 and does not
 * look at its content.
 *
 * <p>The message never contains a secret, a presented signature or any part of the body.
 */
public class WebhookVerificationException extends SwitchboardException {
    private static final long serialVersionUID = 1L;

    /** Why verification failed. */
    public enum Reason {
        /** The delivery carries no signature header (Intercom) or no {@code secret_key} (LiveChat). */
        MISSING,
        /** The signature header or secret is present but not of the expected form, for example {@code sha1=zz}. */
        MALFORMED,
        /** The signature or secret is well formed but matches none of the configured secrets. */
        MISMATCH,
        /** No secret is configured for this delivery (LiveChat: none for its webhook id or action, and no shared one). */
        NOT_CONFIGURED
    }

    private final Reason reason;

    /**
     * @param reason why verification failed
     * @param message what failed, never a secret or signature value
     */
    public WebhookVerificationException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return why verification failed */
    public Reason reason() {
        return reason;
    }
}
