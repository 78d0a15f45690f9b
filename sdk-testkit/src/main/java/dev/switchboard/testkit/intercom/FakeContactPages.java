package dev.switchboard.testkit.intercom;

import static dev.switchboard.testkit.intercom.FakeContactData.F;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The two ways the contacts fake pages, as Intercom does: the contact list and search with a cursor
 * ({@code pages.next.starting_after}, the spec's {@code cursor_pages}), and the lists attached to a contact (companies,
 * notes) with page numbers ({@code pages.page}, {@code total_pages}, and {@code next} as the next page's URL or
 * {@code null}).
 */
final class FakeContactPages {
    private FakeContactPages() {
    }

    /**
     * @param items every item of the listing, as served
     * @param kind the cursor's kind ({@code list}, {@code search}): a cursor of one is refused by the other
     * @param cursor the request's {@code starting_after}, or {@code null}
     * @param perPage the page size
     * @return one {@code list} page with {@code total_count} and {@code pages}
     */
    static ObjectNode cursorPage(List<ObjectNode> items, String kind, String cursor, int perPage) {
        int offset = FakeIntercomState.offset(kind, cursor);
        ObjectNode out = F.objectNode();
        out.put("type", "list");
        ArrayNode data = out.putArray("data");
        items.stream().skip(offset).limit(perPage).forEach(data::add);
        out.put("total_count", items.size());
        ObjectNode pages = out.putObject("pages");
        pages.put("type", "pages");
        int next = offset + perPage;
        if (next < items.size()) {
            ObjectNode n = pages.putObject("next");
            n.put("per_page", perPage);
            n.put("starting_after", FakeIntercomState.cursor(kind, next));
        }
        pages.put("page", offset / perPage + 1);
        pages.put("per_page", perPage);
        pages.put("total_pages", (items.size() + perPage - 1) / perPage);
        return out;
    }

    /**
     * @param items every item of the listing, as served
     * @param page the request's page, from 1
     * @param perPage the page size
     * @param url the listing's absolute URL, for {@code pages.next}
     * @return one {@code list} page with {@code pages} and {@code total_count}
     */
    static ObjectNode numberedPage(List<ObjectNode> items, int page, int perPage, String url) {
        ObjectNode out = F.objectNode();
        out.put("type", "list");
        ArrayNode data = out.putArray("data");
        items.stream().skip((long) (page - 1) * perPage).limit(perPage).forEach(data::add);
        int total = Math.max(1, (items.size() + perPage - 1) / perPage);
        ObjectNode pages = out.putObject("pages");
        pages.put("type", "pages");
        if (page < total) {
            pages.put("next", url + "?page=" + (page + 1));
        } else {
            pages.putNull("next");
        }
        pages.put("page", page);
        pages.put("per_page", perPage);
        pages.put("total_pages", total);
        out.put("total_count", items.size());
        return out;
    }

    /** @return a {@code list} of every item, unpaged, as segments, subscription types and tags are listed */
    static ObjectNode all(List<ObjectNode> items) {
        ObjectNode out = F.objectNode();
        out.put("type", "list");
        out.putArray("data").addAll(items);
        return out;
    }
}
