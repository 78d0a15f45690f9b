/**
 * Intercom tickets, ticket types, states, parts and asynchronous jobs (API 2.14), reached from the
 * {@link dev.switchboard.intercom.Intercom} root: {@code intercom.tickets()}, {@code intercom.jobs()},
 * {@code intercom.ticketTypes()}, {@code intercom.ticketStates()}.
 */
package dev.switchboard.tickets;
