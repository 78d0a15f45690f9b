/**
 * Intercom webhook notifications: {@link dev.switchboard.webhooks.intercom.IntercomWebhooks} checks
 * {@code X-Hub-Signature} (HMAC-SHA1 of the raw body with the app's client secret) and decodes the
 * {@link dev.switchboard.webhooks.intercom.IntercomNotification} envelope, whose
 * {@link dev.switchboard.webhooks.intercom.IntercomNotification#item() item} is typed by its {@code type}
 * (into the sdk-tickets and sdk-conversations models, or this package's views for the webhook-only items: a company
 * and a contact, contact tags, subscription changes, content stats, pings; an item of a type this SDK does not know
 * stays raw).
 * Topics are an open set ({@link dev.switchboard.webhooks.intercom.IntercomTopic}).
 *
 * <p>{@link dev.switchboard.webhooks.intercom.IntercomWebhooks#sign} and
 * {@link dev.switchboard.webhooks.intercom.IntercomDelivery} make signed test deliveries.
 */
package dev.switchboard.webhooks.intercom;
