/** Credentials: bearer tokens, API keys in a header, {@code Authorization: Key}, and OAuth 2.0 client credentials. */
package dev.switchboard.core.auth;
