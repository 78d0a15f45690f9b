/**
 * Intercom's phone call redirects (the "Switch" product, {@code POST /phone_call_redirects}): deflect a phone call to
 * the Messenger by texting the caller a link to it; start with
 * {@link dev.switchboard.conversations.intercom.phone.PhoneCallRedirectsClient}. The package is named after the
 * resource's wire names ({@code phone_call_redirects}, {@code phone_call_redirect}); the tag's product name "Switch"
 * says little to a reader and collides with the SDK's own name, and the Calls API has the base package.
 */
package dev.switchboard.conversations.intercom.phone;
