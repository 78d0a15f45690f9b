package dev.switchboard.core.paging;

import dev.switchboard.core.PaginationException;
import dev.switchboard.core.spi.ApiRequest;
import java.util.Optional;

/**
 * The next page's URL, read from the page at a JSON pointer or from the {@code rel="next"} {@code Link} header, and
 * followed verbatim: absolute, relative to the page ({@code ?page=2}, {@code /items?page=2}) or scheme-relative.
 * An absent, {@code null} or empty link ends the listing; a link of another JSON type stops with a
 * {@link PaginationException}, since the listing could not be told from its end.
 *
 * @param itemsPointer where the records are
 * @param linkPointer where the link is in the page, or {@code null} to read the {@code Link} header
 */
record NextLinkStyle(String itemsPointer, String linkPointer) implements PageRule {

    @Override
    public boolean followsLinks() {
        return true;
    }

    @Override
    public ApiRequest apply(ApiRequest first, String cursor) {
        return first.withAbsoluteUrl(cursor);
    }

    @Override
    public Optional<String> next(ApiRequest request, PageFacts page) {
        if (linkPointer == null) {
            return LinkHeader.next(page.headers().all("Link"));
        }
        Object link = Meta.at(page.meta(), linkPointer);
        if (link == Meta.MISSING || link == null || (link instanceof String s && s.isBlank())) {
            return Optional.empty();
        }
        if (!(link instanceof String s)) {
            throw new PaginationException("the next-page link at " + linkPointer + " is " + Meta.kind(link)
                    + ", not a URL; stopping rather than guessing where the next page is");
        }
        return Optional.of(s.strip());
    }
}
