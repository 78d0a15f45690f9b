/**
 * One way to page through every listing: {@link dev.switchboard.core.paging.Paginator} over a
 * {@link dev.switchboard.core.paging.PageStyle} (cursor, page number, offset with nextOffset, skip/limit/total,
 * OData next links).
 */
package dev.switchboard.core.paging;
