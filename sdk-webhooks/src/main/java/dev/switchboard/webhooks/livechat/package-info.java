/**
 * LiveChat webhooks (Agent Chat API 3.4 to 3.6): {@link dev.switchboard.webhooks.livechat.LiveChatWebhooks} verifies
 * a delivery's {@code secret_key} in constant time and decodes it into one record per action, all implementing the
 * sealed {@link dev.switchboard.webhooks.livechat.LiveChatWebhook}; unknown actions decode to
 * {@link dev.switchboard.webhooks.livechat.UnknownLiveChatWebhook} with the raw payload.
 *
 * <p>The data structures the payloads carry are records that keep every field they do not know:
 * {@link dev.switchboard.webhooks.livechat.Chat}, {@link dev.switchboard.webhooks.livechat.ChatThread}, users
 * ({@link dev.switchboard.webhooks.livechat.Agent}, {@link dev.switchboard.webhooks.livechat.Customer}), events (the
 * sealed {@link dev.switchboard.webhooks.livechat.Event}), properties as JSON maps, and the configuration structures
 * ({@link dev.switchboard.webhooks.livechat.AgentAccount}, {@link dev.switchboard.webhooks.livechat.Bot},
 * {@link dev.switchboard.webhooks.livechat.Group}, {@link dev.switchboard.webhooks.livechat.Tag},
 * {@link dev.switchboard.webhooks.livechat.AutoAccessChange}). Timestamps keep their text
 * ({@link dev.switchboard.webhooks.livechat.Timestamp}), so a decoded delivery is written back exactly as it arrived.
 *
 * <p>{@link dev.switchboard.webhooks.livechat.LiveChatDelivery} builds delivery bodies for tests.
 */
package dev.switchboard.webhooks.livechat;
