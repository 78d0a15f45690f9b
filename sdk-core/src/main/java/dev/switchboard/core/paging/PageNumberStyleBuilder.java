package dev.switchboard.core.paging;

/**
 * The steps of {@link PageStyle#pageNumber()}: {@link #itemsAt}, {@link #pageParam}, {@link #currentPageAt} and
 * {@link #totalPagesAt}, all required. Not thread-safe; the style it builds is.
 */
public final class PageNumberStyleBuilder {
    private String items;
    private String param;
    private String currentPage;
    private String totalPages;

    PageNumberStyleBuilder() {
    }

    /**
     * @param pointer where the records are, for example {@code /data}
     * @return this builder
     * @throws IllegalArgumentException if the pointer is null, or neither empty nor starting with {@code /}
     */
    public PageNumberStyleBuilder itemsAt(String pointer) {
        items = StyleSteps.itemsPointer("itemsAt(pointer)", pointer);
        return this;
    }

    /**
     * @param name the page-number query parameter, for example {@code page}
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     */
    public PageNumberStyleBuilder pageParam(String name) {
        param = StyleSteps.name("pageParam(name)", name);
        return this;
    }

    /**
     * @param pointer where the current page number is, for example {@code /pages/page}; when a page lacks it, the
     *     number sent in the request counts (1 for the first page)
     * @return this builder
     * @throws IllegalArgumentException if the pointer is null or does not start with {@code /}
     */
    public PageNumberStyleBuilder currentPageAt(String pointer) {
        currentPage = StyleSteps.pointer("currentPageAt(pointer)", pointer);
        return this;
    }

    /**
     * @param pointer where the page count is, for example {@code /pages/total_pages}
     * @return this builder
     * @throws IllegalArgumentException if the pointer is null or does not start with {@code /}
     */
    public PageNumberStyleBuilder totalPagesAt(String pointer) {
        totalPages = StyleSteps.pointer("totalPagesAt(pointer)", pointer);
        return this;
    }

    /**
     * @return the style
     * @throws IllegalStateException naming each step not taken
     */
    public PageStyle build() {
        StyleSteps.of("pageNumber").need("itemsAt(pointer)", items).need("pageParam(name)", param)
                .need("currentPageAt(pointer)", currentPage).need("totalPagesAt(pointer)", totalPages).check();
        return new PageStyle(new PageNumberStyle(items, param, currentPage, totalPages));
    }
}
