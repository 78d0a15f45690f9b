/**
 * AlooChat's Team Notifications API: {@link dev.switchboard.notifications.aloochat.AlooChat} lists what AI
 * agents did while resolving customer queries ({@link dev.switchboard.notifications.aloochat.TeamNotification}),
 * a user's notifications with their read status, updates that status, and reads statistics.
 *
 * <ul>
 *   <li>The documented limits (100 requests per minute, 1000 per hour per API key) are kept client-side.</li>
 *   <li>Every model is a typed view over the JSON it was decoded from, written back exactly as received (nulls,
 *       absent fields, numbers and timestamps as sent, unknown fields); a field of an unexpected type fails only its
 *       own accessor, with a {@link dev.switchboard.core.DecodeException} naming its path.</li>
 *   <li>Types, priorities and statuses are open enums; metadata keeps every key with its JSON type.</li>
 *   <li>Listings page over {@code skip} / {@code limit} / {@code total}.</li>
 * </ul>
 */
package dev.switchboard.notifications.aloochat;
