/**
 * Intercom's segments: the workspace's segments (optionally with how many contacts each holds) and one segment by
 * id; start with {@link dev.switchboard.conversations.intercom.segments.SegmentsClient}. A company's segments are
 * listed by {@code CompaniesClient.segments(companyId)}.
 */
package dev.switchboard.conversations.intercom.segments;
