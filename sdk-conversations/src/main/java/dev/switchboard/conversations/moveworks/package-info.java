/**
 * The Moveworks Data API: {@link dev.switchboard.conversations.moveworks.MoveworksDataApi} lists and counts the five
 * export entities ({@link dev.switchboard.conversations.moveworks.Conversation},
 * {@link dev.switchboard.conversations.moveworks.Interaction}, {@link dev.switchboard.conversations.moveworks.PluginCall},
 * {@link dev.switchboard.conversations.moveworks.PluginResource}, {@link dev.switchboard.conversations.moveworks.User})
 * with OData queries built by {@link dev.switchboard.conversations.moveworks.ODataQuery} and
 * {@link dev.switchboard.conversations.moveworks.Filter}.
 *
 * <p>Since April 2026 the entities also hold system-initiated conversations (SysEvents: notifications, ticket and
 * channel interceptions). {@link dev.switchboard.conversations.moveworks.Filter#dmOnly()} keeps the numbers of
 * before the change; each conversation's {@code detail} is typed by its
 * {@link dev.switchboard.conversations.moveworks.ConversationType}.
 *
 * <p>Records are Java records whose every field may be {@code null}; ids are strings (user ids overflow
 * {@code long}); enums are open; and writing a record back with the SDK's JSON configuration reproduces what the
 * server sent, unknown fields and explicit {@code null}s included.
 */
package dev.switchboard.conversations.moveworks;
