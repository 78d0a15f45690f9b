/**
 * Intercom's content data export: message delivery and engagement data of outbound content (emails, posts, custom
 * bots, surveys, tours, series) for a time window, exported as a gzipped CSV; start with
 * {@link dev.switchboard.conversations.intercom.dataexport.DataExportClient}.
 */
package dev.switchboard.conversations.intercom.dataexport;
