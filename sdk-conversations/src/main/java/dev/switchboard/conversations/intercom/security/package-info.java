/**
 * Intercom's workspace security settings: the IP allowlist (which addresses and ranges may call the API); start with
 * {@link dev.switchboard.conversations.intercom.security.IpAllowlistClient}.
 */
package dev.switchboard.conversations.intercom.security;
