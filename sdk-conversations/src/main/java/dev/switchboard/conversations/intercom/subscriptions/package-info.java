/**
 * Intercom's subscription types ({@code subscription_type}): the kinds of message a contact can opt in to or out of.
 * A contact's subscription types are listed, attached and detached with
 * {@link dev.switchboard.conversations.intercom.contacts.ContactsClient}.
 */
package dev.switchboard.conversations.intercom.subscriptions;
