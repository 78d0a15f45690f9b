package dev.switchboard.core.paging;

/**
 * The steps of {@link PageStyle#nextLink()}: {@link #itemsAt}, and one of {@link #linkAt} or {@link #linkHeader}.
 * Not thread-safe; the style it builds is.
 */
public final class NextLinkStyleBuilder {
    private String items;
    private String link;
    private Boolean header;

    NextLinkStyleBuilder() {
    }

    /**
     * @param pointer where the records are, for example {@code /data}; {@code ""} when the body is the array
     * @return this builder
     * @throws IllegalArgumentException if the pointer is null, or neither empty nor starting with {@code /}
     */
    public NextLinkStyleBuilder itemsAt(String pointer) {
        items = StyleSteps.itemsPointer("itemsAt(pointer)", pointer);
        return this;
    }

    /**
     * @param pointer where the next page's URL is in a page, for example {@code /links/next}; absent, null or
     *     empty ends the listing
     * @return this builder
     * @throws IllegalArgumentException if the pointer is null or does not start with {@code /}
     */
    public NextLinkStyleBuilder linkAt(String pointer) {
        link = StyleSteps.pointer("linkAt(pointer)", pointer);
        return this;
    }

    /**
     * Reads the next page's URL from the {@code rel="next"} entry of the response's {@code Link} headers; no such
     * entry ends the listing.
     *
     * @return this builder
     */
    public NextLinkStyleBuilder linkHeader() {
        header = Boolean.TRUE;
        return this;
    }

    /**
     * @return the style
     * @throws IllegalStateException naming each step not taken, or when both {@code linkAt} and
     *     {@code linkHeader} were
     */
    public PageStyle build() {
        StyleSteps.of("nextLink").need("itemsAt(pointer)", items).needOne("linkAt(pointer)", link, "linkHeader()", header)
                .check();
        return new PageStyle(new NextLinkStyle(items, link));
    }
}
