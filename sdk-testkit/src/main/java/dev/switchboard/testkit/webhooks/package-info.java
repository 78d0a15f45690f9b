/**
 * Delivers webhooks to your receiver in tests: {@link dev.switchboard.testkit.webhooks.WebhookSender} POSTs raw
 * bodies with the headers you give, and signs Intercom deliveries itself ({@code X-Hub-Signature}). It depends on
 * nothing but the JDK, so it also works without sdk-webhooks.
 */
package dev.switchboard.testkit.webhooks;
