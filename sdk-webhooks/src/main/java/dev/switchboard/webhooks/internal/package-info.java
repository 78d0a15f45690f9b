/**
 * Implementation details of sdk-webhooks shared by its LiveChat and Intercom packages: bounded JSON input, binding,
 * secret comparison and HMAC. Not API: may change in any release.
 */
package dev.switchboard.webhooks.internal;
