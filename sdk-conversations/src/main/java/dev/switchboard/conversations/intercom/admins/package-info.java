/**
 * Intercom's admins: the token's admin and workspace ({@code /me}), list the admins or get one, list the workspace's
 * away status reasons (soft-deleted ones included), set an admin away with an optional reason, and list the activity
 * log of a time window; start with
 * {@link dev.switchboard.conversations.intercom.admins.AdminsClient}.
 */
package dev.switchboard.conversations.intercom.admins;
