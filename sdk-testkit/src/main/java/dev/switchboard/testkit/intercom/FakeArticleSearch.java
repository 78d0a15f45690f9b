package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How {@link FakeIntercomArticles} matches a search phrase and highlights it: a case-insensitive substring of the
 * title, description or body (tags stripped) of the article or of any of its translations; a highlight splits a text
 * into {@code plain} and {@code highlight} chunks around each occurrence.
 */
final class FakeArticleSearch {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private FakeArticleSearch() {
    }

    /** @return whether the article contains the phrase (every article does for no phrase) */
    static boolean matches(JsonNode article, String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return true;
        }
        List<JsonNode> contents = new ArrayList<>();
        contents.add(article);
        article.path("translated_content").forEach(contents::add);
        for (JsonNode c : contents) {
            for (String f : List.of("title", "description", "body")) {
                if (contains(text(c, f), phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return the article's {@code article_search_highlights} for the phrase (default locale only) */
    static ObjectNode highlights(JsonNode article, String phrase) {
        ObjectNode h = F.objectNode();
        h.put("article_id", article.path("id").asText());
        h.set("highlighted_title", chunks(text(article, "title"), phrase));
        ArrayNode summary = h.putArray("highlighted_summary");
        for (String f : List.of("description", "body")) {
            String t = text(article, f);
            if (contains(t, phrase)) {
                summary.add(chunks(t, phrase));
            }
        }
        return h;
    }

    private static String text(JsonNode content, String field) {
        JsonNode v = content.path(field);
        return v.isTextual() ? v.asText().replaceAll("<[^>]*>", "") : "";
    }

    private static boolean contains(String text, String phrase) {
        return text.toLowerCase(Locale.ROOT).contains(phrase.toLowerCase(Locale.ROOT));
    }

    private static ArrayNode chunks(String text, String phrase) {
        ArrayNode out = F.arrayNode();
        String lower = text.toLowerCase(Locale.ROOT);
        String p = phrase.toLowerCase(Locale.ROOT);
        int from = 0;
        for (int at = lower.indexOf(p); at >= 0 && !p.isEmpty(); at = lower.indexOf(p, from)) {
            if (at > from) {
                out.add(chunk("plain", text.substring(from, at)));
            }
            out.add(chunk("highlight", text.substring(at, at + p.length())));
            from = at + p.length();
        }
        if (from < text.length() || out.isEmpty()) {
            out.add(chunk("plain", text.substring(from)));
        }
        return out;
    }

    private static ObjectNode chunk(String type, String text) {
        ObjectNode c = F.objectNode();
        c.put("type", type);
        c.put("text", text);
        return c;
    }
}
