package dev.switchboard.core.paging;

/**
 * The steps of {@link PageStyle#cursorPages()}: {@link #itemsAt}, {@link #pagesAt} and {@link #cursorParam}, all
 * required. Not thread-safe; the style it builds is.
 */
public final class CursorPagesStyleBuilder {
    private String items;
    private String pages;
    private String param;

    CursorPagesStyleBuilder() {
    }

    /**
     * @param pointer where the records are, for example {@code /activity_logs}
     * @return this builder
     * @throws IllegalArgumentException if the pointer is null, or neither empty nor starting with {@code /}
     */
    public CursorPagesStyleBuilder itemsAt(String pointer) {
        items = StyleSteps.itemsPointer("itemsAt(pointer)", pointer);
        return this;
    }

    /**
     * @param pointer where the {@code cursor_pages} object is, for example {@code /pages}
     * @return this builder
     * @throws IllegalArgumentException if the pointer is null or does not start with {@code /}
     */
    public CursorPagesStyleBuilder pagesAt(String pointer) {
        pages = StyleSteps.pointer("pagesAt(pointer)", pointer);
        return this;
    }

    /**
     * @param name the query parameter that carries {@code next.starting_after}, for example {@code starting_after}
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     */
    public CursorPagesStyleBuilder cursorParam(String name) {
        param = StyleSteps.name("cursorParam(name)", name);
        return this;
    }

    /**
     * @return the style
     * @throws IllegalStateException naming each step not taken
     */
    public PageStyle build() {
        StyleSteps.of("cursorPages").need("itemsAt(pointer)", items).need("pagesAt(pointer)", pages)
                .need("cursorParam(name)", param).check();
        return new PageStyle(new CursorPagesStyle(items, param, pages));
    }
}
