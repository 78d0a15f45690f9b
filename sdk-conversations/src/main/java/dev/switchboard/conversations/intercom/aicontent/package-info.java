/**
 * Intercom's AI Content (API 2.14): the content import sources of Fin's content library and their external pages,
 * each listed, created, fetched, updated and deleted. Start with
 * {@link dev.switchboard.conversations.intercom.aicontent.ContentImportSourcesClient} and
 * {@link dev.switchboard.conversations.intercom.aicontent.ExternalPagesClient}.
 */
package dev.switchboard.conversations.intercom.aicontent;
