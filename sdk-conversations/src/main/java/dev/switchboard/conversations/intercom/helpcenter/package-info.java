/**
 * Intercom's Help Center (API 2.14): collections and sections (list, create, get, update, delete, with multilingual
 * content written back exactly as received) and Help Centers (list, get). Start with
 * {@link dev.switchboard.conversations.intercom.helpcenter.HelpCenterClient}; articles are in
 * {@link dev.switchboard.conversations.intercom.articles}.
 */
package dev.switchboard.conversations.intercom.helpcenter;
