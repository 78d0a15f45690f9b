/**
 * LiveChat webhooks (Agent Chat API 3.4 to 3.6): {@link dev.switchboard.webhooks.livechat.LiveChatWebhooks} parses a
 * delivery once, verifies its {@code secret_key} in constant time, and wraps it in one final class per action, all
 * implementing the sealed {@link dev.switchboard.webhooks.livechat.LiveChatWebhook}; unknown actions give
 * {@link dev.switchboard.webhooks.livechat.UnknownLiveChatWebhook} with the raw payload.
 *
 * <p>Every class here is a typed view over the JSON it came from (sdk-core's {@code JsonModel}): the data structures
 * {@link dev.switchboard.webhooks.livechat.Chat}, {@link dev.switchboard.webhooks.livechat.ChatThread}, users (the
 * sealed {@link dev.switchboard.webhooks.livechat.User}), events (the sealed
 * {@link dev.switchboard.webhooks.livechat.Event}), properties as JSON maps, and the configuration structures
 * ({@link dev.switchboard.webhooks.livechat.AgentAccount}, {@link dev.switchboard.webhooks.livechat.Bot},
 * {@link dev.switchboard.webhooks.livechat.Group}, {@link dev.switchboard.webhooks.livechat.Tag},
 * {@link dev.switchboard.webhooks.livechat.AutoAccessChange}). Written back (with {@code Json.write}, any Jackson
 * mapper, or the CLI) a delivery is exactly what arrived — unknown fields, {@code null}s, number text, timestamp text
 * ({@link dev.switchboard.webhooks.livechat.Timestamp}) and key order — except its secret, which every view shows as
 * {@value dev.switchboard.webhooks.livechat.LiveChatEnvelope#REDACTED};
 * {@link dev.switchboard.webhooks.livechat.LiveChatWebhook#rawJsonWithSecret()} is the one way to the secret.
 *
 * <p>Accessors decode on demand and return {@code null} for a field that is absent or {@code null}. A field of an
 * unexpected JSON type fails only its own accessor, with a {@link dev.switchboard.core.DecodeException} naming its
 * path from the top of the delivery (for example {@code $.payload.chat.thread.events[2].created_at}), the expected and
 * the actual type.
 *
 * <p>{@link dev.switchboard.webhooks.livechat.LiveChatDelivery} builds delivery bodies for tests.
 */
package dev.switchboard.webhooks.livechat;
