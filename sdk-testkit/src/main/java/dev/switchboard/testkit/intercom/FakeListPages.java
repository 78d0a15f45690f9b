package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeRequest;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Intercom's page-number list envelope, as the Help Center, articles, newsfeeds and AI content lists answer:
 * {@code {"type": "list", "data": [...], "total_count": n, "pages": {"type": "pages", "page", "per_page",
 * "total_pages"}}} for {@code ?page=n} (default 1). Items are copied out, optionally reshaped (a list item may carry
 * fewer fields than the single object).
 */
final class FakeListPages {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private FakeListPages() {
    }

    /**
     * @param r the request, for {@code page}
     * @param all every item, in list order
     * @param perPage items per page
     * @param view how an item is listed
     * @return the page, its items under {@code data}
     * @throws FakeErrors.Failure {@code 400 parameter_invalid} for a page that is not a positive integer
     */
    static ObjectNode page(FakeRequest r, List<ObjectNode> all, int perPage, UnaryOperator<ObjectNode> view) {
        int page = FakeParams.intParam(r, "page", 1, 1, 100_000);
        ObjectNode out = F.objectNode();
        out.put("type", "list");
        ArrayNode items = out.putArray("data");
        all.stream().skip((long) (page - 1) * perPage).limit(perPage).forEach(i -> items.add(view.apply(i.deepCopy())));
        out.put("total_count", all.size());
        out.set("pages", pages(page, perPage, all.size()));
        return out;
    }

    /**
     * @param page the page number
     * @param perPage items per page
     * @param total how many items in all
     * @return the {@code pages} object; at least one page, even for no items
     */
    static ObjectNode pages(int page, int perPage, int total) {
        ObjectNode pages = F.objectNode();
        pages.put("type", "pages");
        pages.put("page", page);
        pages.put("per_page", perPage);
        pages.put("total_pages", Math.max(1, (total + perPage - 1) / perPage));
        return pages;
    }
}
