package dev.switchboard.conversations.intercom.articles;

import dev.switchboard.conversations.intercom.CursorPages;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * One page of an article search ({@code article_search_response}): the matching articles and, when asked for, their
 * highlights, both under {@code data}, with the total and the {@code pages} object. {@link ArticlesClient#searchPage}
 * returns it; {@link ArticlesClient#search} pages through the articles alone.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ArticleSearchResponse extends JsonModel {

    /** @param json the object as sent */
    public ArticleSearchResponse(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code list}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return how many articles match, on every page together, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 64 bits
     */
    public Long totalCount() {
        return longNumber("total_count");
    }

    /**
     * @return the articles of this page ({@code data.articles}); empty when absent
     * @throws dev.switchboard.core.DecodeException if {@code data} is not an object or {@code data.articles} not an
     *     array; an element that is not an object throws when it is read
     */
    public List<Article> articles() {
        Data d = object("data", Data::new);
        return d == null ? List.of() : d.items("articles", Article::new);
    }

    /**
     * @return the highlights of this page's articles ({@code data.highlights}); empty when absent (the search did not
     *     ask for them)
     * @throws dev.switchboard.core.DecodeException if {@code data} is not an object or {@code data.highlights} not an
     *     array; an element that is not an object throws when it is read
     */
    public List<ArticleSearchHighlight> highlights() {
        Data d = object("data", Data::new);
        return d == null ? List.of() : d.items("highlights", ArticleSearchHighlight::new);
    }

    /**
     * @return the page: {@code page}, {@code per_page}, {@code total_pages}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public CursorPages pages() {
        return object("pages", CursorPages::new);
    }

    /** {@code data}: the articles and the highlights. */
    static final class Data extends JsonModel {
        Data(JsonObject json) {
            super(json);
        }

        <M extends JsonModel> List<M> items(String field, java.util.function.Function<JsonObject, M> view) {
            List<M> l = list(field, view);
            return l == null ? List.of() : l;
        }
    }
}
