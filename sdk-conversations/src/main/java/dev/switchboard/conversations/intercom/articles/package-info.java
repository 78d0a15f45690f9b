/**
 * Intercom's Help Center articles (API 2.14): list, create, get, update, delete and search, with multilingual content
 * ({@code translated_content}, keyed by locale) that is written back exactly as received. Start with
 * {@link dev.switchboard.conversations.intercom.articles.ArticlesClient}.
 */
package dev.switchboard.conversations.intercom.articles;
