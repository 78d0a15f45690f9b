/**
 * The Intercom REST API 2.14 root: {@link dev.switchboard.intercom.Intercom} reaches every Intercom resource of the
 * SDK (tickets and jobs from {@code dev.switchboard.tickets}; calls, conversations, messages, knowledge, reporting,
 * admins and Fin from {@code dev.switchboard.conversations.intercom}).
 */
package dev.switchboard.intercom;
