package dev.switchboard.conversations.intercom.companies;

import dev.switchboard.conversations.intercom.CursorPages;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * One page of companies ({@code type: list}, the companies under {@code data}): {@code company_list} (what
 * {@code GET /companies} and {@code POST /companies/list} answer, with {@code pages} and {@code total_count}) and
 * {@code company_scroll} (what {@code GET /companies/scroll} answers, with {@code scroll_param} and, in the spec's
 * example, {@code "pages": null} and {@code "total_count": null}). {@link CompaniesClient} pages through these for
 * you; the envelope is here for code that decodes responses itself.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class CompanyList extends JsonModel {

    /** @param json the object as sent */
    public CompanyList(JsonObject json) {
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
     * @return the companies of this page, or {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws when
     *     it is read
     */
    public List<Company> data() {
        return list("data", Company::new);
    }

    /**
     * @return the paging object ({@code page}, {@code per_page}, {@code total_pages}), or {@code null} (a scroll page
     *     sends {@code null})
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public CursorPages pages() {
        return object("pages", CursorPages::new);
    }

    /**
     * @return how many companies match, or {@code null} (a scroll page sends {@code null})
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 64 bits
     */
    public Long totalCount() {
        return longNumber("total_count");
    }

    /**
     * @return the parameter that fetches the next scroll page (only on {@code GET /companies/scroll} pages), or
     *     {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String scrollParam() {
        return string("scroll_param");
    }
}
