/**
 * Intercom's subscription types: the kinds of non-essential messages customers can opt out of (or into), with their
 * translations; start with {@link dev.switchboard.conversations.intercom.subscriptions.SubscriptionTypesClient}.
 */
package dev.switchboard.conversations.intercom.subscriptions;
