package dev.switchboard.core.paging;

import dev.switchboard.core.json.JsonObject;
import dev.switchboard.core.spi.Headers;

/**
 * What a page said besides its records, for a {@link PageRule} to work out the next cursor.
 *
 * @param meta the page's fields other than the records
 * @param itemCount how many records the page held
 * @param headers the response headers (a {@code Link} header, for example)
 * @param lastItemCursor the text at {@link PageRule#lastItemPointer()} in the last record; {@code null} when the
 *     rule asks for none, the page is empty, or the last record has no string or integer there
 */
record PageFacts(JsonObject meta, int itemCount, Headers headers, String lastItemCursor) {
}
