package dev.switchboard.conversations.intercom.articles;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonArray;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.AbstractList;
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
     * @throws DecodeException if it is not an array; a line that is not an array, or a chunk that is not an object
     *     whose {@code type} and {@code text} are strings, throws when it is read, naming its path
     */
    public List<List<HighlightedText>> highlightedSummary() {
        JsonArray lines = rawArray("highlighted_summary");
        if (lines == null) {
            return null;
        }
        String at = fieldPath("highlighted_summary");
        return new AbstractList<>() {
            @Override
            public List<HighlightedText> get(int i) {
                Object line = lines.get(i);
                if (line == null) {
                    return null;
                }
                if (!(line instanceof JsonArray chunks)) {
                    throw mismatchAt(at + "[" + i + "]", "an array of chunks", line);
                }
                return chunks(chunks, at + "[" + i + "]");
            }

            @Override
            public int size() {
                return lines.size();
            }
        };
    }

    private static List<HighlightedText> chunks(JsonArray chunks, String at) {
        return new AbstractList<>() {
            @Override
            public HighlightedText get(int j) {
                Object chunk = chunks.get(j);
                String here = at + "[" + j + "]";
                if (!(chunk instanceof JsonObject o)) {
                    throw mismatchAt(here, "an object", chunk);
                }
                // The chunk's fields are checked here, so the view returned never throws with a path of its own.
                for (String field : List.of("type", "text")) {
                    Object v = o.get(field);
                    if (v != null && !(v instanceof String)) {
                        throw mismatchAt(here + "." + field, "a string", v);
                    }
                }
                return new HighlightedText(o);
            }

            @Override
            public int size() {
                return chunks.size();
            }
        };
    }

    /**
     * The JSON path of a field of this view. {@link JsonModel} has no reader for an array of arrays, so the path is
     * taken from the failure its object reader reports for that field (an array, not an object): errors inside the
     * summary then name their exact place in the document, e.g. {@code $.data.highlights[0].highlighted_summary[1][0]}.
     */
    private String fieldPath(String field) {
        try {
            rawObject(field);
        } catch (DecodeException e) {
            String location = e.location();
            if (location != null && location.startsWith("path ")) {
                return location.substring("path ".length());
            }
        }
        return "$." + field;
    }

    private static DecodeException mismatchAt(String path, String expected, Object actual) {
        return new DecodeException("could not read ArticleSearchHighlight.highlighted_summary: expected " + expected
                + " at " + path + ", was " + kind(actual), "path " + path, null);
    }

    private static String kind(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String) {
            return "a string";
        }
        if (v instanceof Boolean) {
            return "a boolean";
        }
        if (v instanceof JsonObject) {
            return "an object";
        }
        if (v instanceof JsonArray) {
            return "an array";
        }
        return "a number";
    }
}
