package dev.switchboard.core.paging;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.switchboard.core.PaginationException;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.Transport;
import dev.switchboard.core.spi.UrlRedaction;
import java.net.URI;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy listing: {@code for (T item : paginator)} fetches page after page as you go, and only then. The records
 * are a {@link #stream()}, the pages {@link #pages()}, and a saved {@link Page#nextCursor()} resumes a listing with
 * {@link #resumeFrom(String)}, even in another process. Laziness, re-iteration, memory, thread safety and the errors
 * are the {@linkplain dev.switchboard.core.paging package's} contract.
 *
 * <pre>{@code
 * Paginator<Item> items = Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/items").build(),
 *         PageStyle.cursor().itemsAt("/data").cursorParam("starting_after")
 *                 .nextCursorAt("/pages/next/starting_after").build(),
 *         Item.class);
 * }</pre>
 *
 * @param <T> the record type
 */
public final class Paginator<T> implements Iterable<T> {
    private final Transport transport;
    private final ApiRequest first;
    private final PageRule style;
    private final PageReader<T> reader;
    private final String startCursor;

    private Paginator(Transport transport, ApiRequest first, PageRule style, PageReader<T> reader, String startCursor) {
        this.transport = transport;
        this.first = first;
        this.style = style;
        this.reader = reader;
        this.startCursor = startCursor;
    }

    /**
     * @param transport sends the requests
     * @param first the request of the first page (filters, page size)
     * @param style how the API pages
     * @param itemType the record type
     * @param <T> the record type
     * @return a paginator
     */
    public static <T> Paginator<T> of(Transport transport, ApiRequest first, PageStyle style, Class<T> itemType) {
        return of(transport, first, style, Json.types().constructType(itemType));
    }

    /**
     * @param transport sends the requests
     * @param first the request of the first page
     * @param style how the API pages
     * @param itemType the record type, for generic types
     * @param <T> the record type
     * @return a paginator
     */
    public static <T> Paginator<T> of(Transport transport, ApiRequest first, PageStyle style, JavaType itemType) {
        ObjectReader r = Json.reader(itemType);
        PageRule rule = Objects.requireNonNull(style, "style").rule();
        return new Paginator<>(Objects.requireNonNull(transport, "transport"), Objects.requireNonNull(first, "first"),
                rule, new PageReader<>(r, rule.itemsPointer(), rule.lastItemPointer()), null);
    }

    /**
     * @param cursor a {@link Page#nextCursor()} saved earlier
     * @return a paginator that starts at that page
     * @throws IllegalArgumentException if the cursor is blank
     */
    public Paginator<T> resumeFrom(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            throw new IllegalArgumentException("cursor must not be blank");
        }
        return new Paginator<>(transport, first, style, reader, cursor);
    }

    /** @return an iterator over every record */
    @Override
    public Iterator<T> iterator() {
        Iterator<Page<T>> pages = new PageIterator();
        return new Iterator<>() {
            private Iterator<T> current = java.util.Collections.emptyIterator();

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
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** @return a sequential stream of every record */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** @return the pages */
    public Iterable<Page<T>> pages() {
        return PageIterator::new;
    }

    /**
     * @return the first page (or the page at the resume cursor)
     * @throws dev.switchboard.core.SwitchboardException as the transport throws
     */
    public Page<T> firstPage() {
        return fetch(startCursor, 1);
    }

    /**
     * @param cursor a page's {@link Page#nextCursor()}
     * @return that page
     */
    public Page<T> page(String cursor) {
        return fetch(Objects.requireNonNull(cursor, "cursor"), 1);
    }

    /** @return completes with the first page (or the page at the resume cursor), without blocking */
    public CompletableFuture<Page<T>> firstPageAsync() {
        return fetchAsync(startCursor, 1);
    }

    /**
     * Visits every record asynchronously: pages are fetched one after another with chained futures, never by
     * blocking a thread.
     *
     * @param action called for each record, in order, on the thread that completed the page
     * @return completes with the number of records visited, or exceptionally with the first failure (unwrapped)
     */
    public CompletableFuture<Long> forEachAsync(Consumer<? super T> action) {
        return loop(startCursor, 1, 0L, new CursorGuard(), action);
    }

    private CompletableFuture<Long> loop(String cursor, int number, long count, CursorGuard guard, Consumer<? super T> action) {
        return Futures.compose(fetchAsync(cursor, number), page -> {
            checkRepeat(guard, page);
            page.items().forEach(action);
            long total = count + page.items().size();
            if (page.nextCursor().isEmpty()) {
                return CompletableFuture.completedFuture(total);
            }
            guard.check(page.nextCursor().get(), number, page.items().size());
            return loop(page.nextCursor().get(), number + 1, total, guard, action);
        });
    }

    private void checkRepeat(CursorGuard guard, Page<T> page) {
        if (style.refusesRepeatedPages()) {
            guard.checkNotRepeated(page.items(), page.number());
        }
    }

    private ApiRequest request(String cursor) {
        if (cursor == null) {
            return first;
        }
        ApiRequest r = style.apply(first, cursor);
        r.absoluteUrl().ifPresent(this::checkSameOrigin);
        return r;
    }

    private Page<T> fetch(String cursor, int number) {
        ApiRequest r = request(cursor);
        return toPage(r, transport.send(r, reader).value(), number);
    }

    private CompletableFuture<Page<T>> fetchAsync(String cursor, int number) {
        ApiRequest r;
        try {
            r = request(cursor);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return Futures.map(transport.sendAsync(r, reader), resp -> toPage(r, resp.value(), number));
    }

    private Page<T> toPage(ApiRequest r, PageReader.RawPage<T> raw, int number) {
        Optional<String> next = style.next(r, new PageFacts(raw.meta(), raw.items().size(), raw.headers(),
                raw.lastItemCursor()));
        if (style.followsLinks()) {
            next = next.map(link -> resolve(r, link));
        }
        return new Page<>(raw.items(), next, raw.meta(), number);
    }

    /**
     * A next link may be relative ({@code ?$skiptoken=2}, {@code page2}, {@code /records?...}) or scheme-relative
     * ({@code //host/records}): it is resolved against the URL of the page that carried it, so the saved cursor is
     * always absolute; a link that is no http(s) URL ends paging with a {@link PaginationException}.
     */
    private String resolve(ApiRequest pageRequest, String link) {
        String pageUrl = pageRequest.absoluteUrl().orElseGet(() -> transport.config().baseUrl() + pageRequest.path().orElse("/"));
        okhttp3.HttpUrl base = okhttp3.HttpUrl.parse(pageUrl);
        okhttp3.HttpUrl resolved = base == null ? null : base.resolve(link.strip());
        if (resolved == null) {
            throw new PaginationException("the next-page link is not an http(s) URL: " + UrlRedaction.redact(link)
                    + "; not following it");
        }
        return resolved.toString();
    }

    private void checkSameOrigin(String url) {
        URI base = URI.create(transport.config().baseUrl());
        URI next;
        try {
            next = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new PaginationException("the next-page link is not a valid URL: " + UrlRedaction.redact(url));
        }
        boolean same = Objects.equals(lower(base.getScheme()), lower(next.getScheme()))
                && Objects.equals(lower(base.getHost()), lower(next.getHost()))
                && port(base) == port(next);
        if (!same) {
            throw new PaginationException("the next-page link points to " + origin(next) + ", not to the configured "
                    + origin(base) + "; not following it");
        }
    }

    private static String origin(URI u) {
        return u.getScheme() + "://" + u.getHost() + ":" + port(u);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static int port(URI u) {
        if (u.getPort() >= 0) {
            return u.getPort();
        }
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    /** One iteration's state; never shared between iterations. */
    private final class PageIterator implements Iterator<Page<T>> {
        private final CursorGuard guard = new CursorGuard();
        private boolean started;
        private String next = startCursor;
        private int number;

        @Override
        public boolean hasNext() {
            return !started || next != null;
        }

        @Override
        public Page<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            started = true;
            number++;
            Page<T> page = fetch(next, number);
            checkRepeat(guard, page);
            next = page.nextCursor().orElse(null);
            if (next != null) {
                guard.check(next, number, page.items().size());
            }
            return page;
        }
    }

    @Override
    public String toString() {
        return "Paginator{" + first + ", " + style.getClass().getSimpleName() + "}";
    }
}
