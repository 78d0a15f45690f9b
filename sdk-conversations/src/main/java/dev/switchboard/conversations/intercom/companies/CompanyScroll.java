package dev.switchboard.conversations.intercom.companies;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.PaginationException;
import dev.switchboard.core.paging.Page;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Transport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every company of the workspace through Intercom's scroll ({@code GET /companies/scroll}), lazily: the first page is
 * asked for without a parameter, each later one with the {@code scroll_param} of the page before, and the scroll ends
 * at the first page without companies, which is never followed (Intercom expires the parameter there).
 *
 * <pre>{@code
 * for (Company c : companies.scroll()) { ... }           // iterate to the end: that closes the scroll
 * }</pre>
 *
 * <p><b>Why not a {@code Paginator}.</b> No {@link dev.switchboard.core.paging.PageStyle} ends a listing at an empty
 * page that still carries a cursor, and every style refuses a cursor handed out twice, while a scroll may well hand
 * out the same {@code scroll_param} on every page (Intercom's own SDK fixtures do) and still carries one on its last,
 * empty page. This class keeps the paginator's shape ({@code iterator}, {@code stream}, {@code pages},
 * {@code firstPage}, {@code forEachAsync}) with the scroll's own rule.
 *
 * <p><b>One scroll at a time.</b> Intercom allows one open scroll per workspace: each iteration starts a new one, and
 * while an earlier one is open (an iteration abandoned before its end stays open until it has not been used for a
 * minute) Intercom refuses to start another ({@code 400}, "scroll already exists for this app"). A scroll cannot be
 * resumed: after Intercom's {@code 500} "Please restart the scroll operation", iterate again from the start.
 *
 * <p>Fails loudly rather than ending early: a page with companies but no {@code scroll_param}, or a page holding
 * exactly the companies of the page before, is a {@link PaginationException}. Fetch failures are the transport's typed
 * exceptions, unwrapped. Immutable and thread-safe; an {@code Iterator} is for one thread.
 */
public final class CompanyScroll implements Iterable<Company> {
    private final Transport transport;

    CompanyScroll(Transport transport) {
        this.transport = transport;
    }

    /** @return an iterator over every company; it starts a new scroll with its first {@code hasNext()} */
    @Override
    public Iterator<Company> iterator() {
        Iterator<Page<Company>> pages = new Pages();
        return new Iterator<>() {
            private Iterator<Company> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (!pages.hasNext()) {
                        return false;
                    }
                    current = pages.next().items().iterator();
                }
                return true;
            }

            @Override
            public Company next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** @return a sequential stream of every company; it starts a new scroll when consumed */
    public Stream<Company> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    /**
     * @return the scroll's pages: each {@link Page#nextCursor()} is the {@code scroll_param} to continue with (empty on
     *     the last, empty page), {@link Page#meta()} the page's other fields
     */
    public Iterable<Page<Company>> pages() {
        return Pages::new;
    }

    /**
     * @return the first page of a new scroll (the scroll then stays open until it is unused for a minute)
     * @throws dev.switchboard.core.SwitchboardException as the transport throws
     */
    public Page<Company> firstPage() {
        return toPage(transport.execute(request(null), CompanyList.class), null, 1);
    }

    /**
     * Visits every company asynchronously: pages are fetched one after another with chained futures, never by blocking
     * a thread.
     *
     * @param action called for each company, in order, on the thread that completed the page
     * @return completes with the number of companies visited, or exceptionally with the first failure (unwrapped)
     */
    public CompletableFuture<Long> forEachAsync(Consumer<? super Company> action) {
        return loop(null, null, 1, 0L, action);
    }

    private CompletableFuture<Long> loop(String param, List<Company> previous, int number, long count,
            Consumer<? super Company> action) {
        return Futures.compose(transport.executeAsync(request(param), CompanyList.class), list -> {
            Page<Company> page = toPage(list, previous, number);
            page.items().forEach(action);
            long total = count + page.items().size();
            return page.nextCursor().isEmpty() ? CompletableFuture.completedFuture(total)
                    : loop(page.nextCursor().get(), page.items(), number + 1, total, action);
        });
    }

    private static ApiRequest request(String param) {
        return ApiRequest.builder(HttpMethod.GET, "/companies/scroll").query("scroll_param", param).build();
    }

    /**
     * @param list the page as decoded
     * @param previous the companies of the page before, or {@code null} on the first
     * @param number the page's number, from 1
     * @return the page; its next cursor is empty when it has no companies
     * @throws PaginationException if it has companies but no {@code scroll_param}, or the same ones as the page before
     */
    private static Page<Company> toPage(CompanyList list, List<Company> previous, int number) {
        List<Company> items = items(list, number);
        if (items.isEmpty()) {
            return new Page<>(items, Optional.empty(), meta(list), number);
        }
        String param = list.scrollParam();
        if (param == null || param.isBlank()) {
            throw new PaginationException("scroll page " + number + " holds " + items.size() + " companies but no"
                    + " scroll_param; the scroll cannot go on, stopping rather than ending early");
        }
        if (items.equals(previous)) {
            throw new PaginationException("scroll page " + number + " holds the same " + items.size() + " companies as"
                    + " page " + (number - 1) + "; the scroll does not advance, stopping to avoid an endless loop");
        }
        return new Page<>(items, Optional.of(param), meta(list), number);
    }

    private static List<Company> items(CompanyList list, int number) {
        List<Company> data = list == null ? null : list.data();
        if (data == null) {
            return List.of();
        }
        List<Company> items = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            Company c = data.get(i);
            if (c == null) {
                throw new DecodeException("company " + i + " of scroll page " + number + " is null", "path $.data[" + i
                        + "]", null);
            }
            items.add(c);
        }
        return items;
    }

    private static java.util.Map<String, Object> meta(CompanyList list) {
        return list == null ? java.util.Map.of() : list.json().without("data");
    }

    /** One iteration's state: a new scroll, its last parameter and page. */
    private final class Pages implements Iterator<Page<Company>> {
        private boolean started;
        private String param;
        private List<Company> previous;
        private int number;

        @Override
        public boolean hasNext() {
            return !started || param != null;
        }

        @Override
        public Page<Company> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            started = true;
            number++;
            Page<Company> page = toPage(transport.execute(request(param), CompanyList.class), previous, number);
            param = page.nextCursor().orElse(null);
            previous = page.items();
            return page;
        }
    }

    @Override
    public String toString() {
        return "CompanyScroll{" + transport.config().baseUrl() + "/companies/scroll}";
    }
}
