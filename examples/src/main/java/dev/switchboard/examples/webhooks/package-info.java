/**
 * A runnable webhook receiver on the JDK's built-in HTTP server ({@link dev.switchboard.examples.webhooks.WebhookReceiver}),
 * showing how sdk-webhooks plugs into any HTTP stack: raw body bytes and headers in, 200 / 400 / 401 out, handlers
 * run after the answer.
 */
package dev.switchboard.examples.webhooks;
