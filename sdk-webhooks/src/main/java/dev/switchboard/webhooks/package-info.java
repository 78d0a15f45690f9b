/**
 * Verification and typed decoding of webhook deliveries: LiveChat ({@link dev.switchboard.webhooks.livechat}) and
 * Intercom ({@link dev.switchboard.webhooks.intercom}).
 *
 * <p>Every entry point takes the raw body bytes exactly as received plus the request headers, verifies the delivery
 * without re-encoding anything, and returns a typed event. A delivery can fail in exactly two ways:
 * {@link dev.switchboard.webhooks.WebhookVerificationException} (answer 401: not from the provider, or a secret is
 * missing) and {@link dev.switchboard.webhooks.WebhookDecodeException} (answer 400: too large, too deep, not JSON, not a
 * JSON object, or for Intercom not of the documented shape). Nothing else escapes, whatever the bytes. LiveChat
 * deliveries are typed views over their JSON: a field of an unexpected type fails only its own accessor.
 *
 * <p>Shared pieces live here: {@link dev.switchboard.webhooks.WebhookHeaders} (case-insensitive headers),
 * {@link dev.switchboard.webhooks.WebhookLimits} (body size and nesting), {@link dev.switchboard.webhooks.WebhookDispatcher}
 * (typed handlers, optionally run after acknowledging) and {@link dev.switchboard.webhooks.Deduplicator} (at-least-once
 * deliveries seen once).
 */
package dev.switchboard.webhooks;
