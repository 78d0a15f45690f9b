package dev.switchboard.conversations.intercom.articles;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * The highlighted matches of one article of a search ({@code article_search_highlights}), sent when the search asks
 * for them ({@link ArticleSearch#highlight(boolean)}): the title, and the summary (description and body) as lines,
 * each split into {@link HighlightedText} chunks.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ArticleSearchHighlight extends JsonModel {

    /** @param json the object as sent */
    public ArticleSearchHighlight(JsonObject json) {
        super(json);
    }

    /**
     * @return the id of the article these highlights are of (a number is read as its digits), or {@code null}
     * @throws DecodeException if it is neither a string nor an integer
     */
    public String articleId() {
        return id("article_id");
    }

    /**
     * @return the title as chunks, or {@code null} when absent
     * @throws DecodeException if it is not an array; an element that is not an object throws when it is read
     */
    public List<HighlightedText> highlightedTitle() {
        return list("highlighted_title", HighlightedText::new);
    }

    /**
     * @return the summary as lines of chunks (an array of arrays), or {@code null} when absent; a line sent as
     *     {@code null} reads as {@code null}
     * @throws DecodeException if it is not an array; a line that is not an array, or a chunk that is not an object,
     *     throws when it is read, and a chunk's mistyped field when that is read, each naming its path
     */
    public List<List<HighlightedText>> highlightedSummary() {
        return lists("highlighted_summary", HighlightedText::new);
    }
}
