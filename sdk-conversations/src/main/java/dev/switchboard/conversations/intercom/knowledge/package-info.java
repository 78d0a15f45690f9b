/**
 * Intercom's internal knowledge and news: internal articles (list, create, get, update, delete, search by folder),
 * news items (list, create, get, update, delete, with newsfeed assignments and publish dates) and newsfeeds (list, get,
 * and the items live on one); start with
 * {@link dev.switchboard.conversations.intercom.knowledge.InternalArticlesClient},
 * {@link dev.switchboard.conversations.intercom.knowledge.NewsItemsClient} and
 * {@link dev.switchboard.conversations.intercom.knowledge.NewsfeedsClient}.
 */
package dev.switchboard.conversations.intercom.knowledge;
