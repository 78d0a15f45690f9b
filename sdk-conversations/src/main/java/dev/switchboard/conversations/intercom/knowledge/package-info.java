/**
 * Intercom's internal knowledge: internal articles (list, create, get, update, delete, search by folder) and news
 * items (list, create, get, update, delete, with newsfeed assignments and publish dates); start with
 * {@link dev.switchboard.conversations.intercom.knowledge.InternalArticlesClient} and
 * {@link dev.switchboard.conversations.intercom.knowledge.NewsItemsClient}.
 */
package dev.switchboard.conversations.intercom.knowledge;
