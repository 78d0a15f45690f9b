/**
 * Intercom's data attributes (list, create, update the attributes of contacts, companies and conversations) and data
 * events (submit an event, list a user's events, their summaries, and submit summaries); start with
 * {@link dev.switchboard.conversations.intercom.data.DataAttributesClient} and
 * {@link dev.switchboard.conversations.intercom.data.DataEventsClient}.
 */
package dev.switchboard.conversations.intercom.data;
