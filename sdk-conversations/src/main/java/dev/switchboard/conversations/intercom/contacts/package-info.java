/**
 * Intercom's contacts (users and leads): list, create, get, update, delete, merge a lead into a user, search with the
 * shared search DSL, find by external id, archive, unarchive and block; the companies, segments, subscription types
 * and tags attached to a contact; tagging a contact and opting it in or out of a subscription type. Start with
 * {@link dev.switchboard.conversations.intercom.contacts.ContactsClient}.
 */
package dev.switchboard.conversations.intercom.contacts;
