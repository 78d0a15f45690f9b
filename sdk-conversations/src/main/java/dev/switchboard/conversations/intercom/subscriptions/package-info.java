/**
 * Intercom's subscription types ({@code subscription_type}): the kinds of non-essential message a contact can opt in
 * to or out of, with their translations. The workspace's types are listed by {@link SubscriptionTypesClient}; a
 * contact's are listed, attached and detached with
 * {@link dev.switchboard.conversations.intercom.contacts.ContactsClient}.
 */
package dev.switchboard.conversations.intercom.subscriptions;
