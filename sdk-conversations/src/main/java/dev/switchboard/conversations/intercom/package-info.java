/**
 * Intercom REST API 2.14: the shared {@link dev.switchboard.conversations.intercom.IntercomConnection} (token,
 * region, {@code Intercom-Version}, rate-limit headers), the search DSL
 * ({@link dev.switchboard.conversations.intercom.SearchQuery}), shared models (references, authors, attachments),
 * and the calls, conversations and messages clients. Tickets live in {@code sdk-tickets} on the same connection.
 */
package dev.switchboard.conversations.intercom;
