/**
 * Intercom tickets, ticket types, states, parts and asynchronous jobs (API 2.14), on the
 * {@link dev.switchboard.conversations.intercom.IntercomConnection} of {@code sdk-conversations}. Start from
 * {@link dev.switchboard.tickets.IntercomTickets#on}.
 */
package dev.switchboard.tickets;
