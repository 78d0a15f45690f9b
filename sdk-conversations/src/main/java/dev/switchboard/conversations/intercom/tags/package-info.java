/**
 * Intercom's tags: the workspace's tags (list, get, delete), the four bodies of {@code POST /tags} (create or rename
 * a tag, tag or untag companies, tag users) as one sealed {@link dev.switchboard.conversations.intercom.tags.TagRequest},
 * and tags on conversations; start with {@link dev.switchboard.conversations.intercom.tags.TagsClient}.
 */
package dev.switchboard.conversations.intercom.tags;
