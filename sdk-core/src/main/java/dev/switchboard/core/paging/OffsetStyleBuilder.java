package dev.switchboard.core.paging;

/**
 * The steps of {@link PageStyle#offset()}: {@link #itemsAt}, {@link #offsetParam} and {@link #nextOffsetAt}
 * required, {@link #totalCountAt} when the API sends a total. Not thread-safe; the style it builds is.
 */
public final class OffsetStyleBuilder {
    private String items;
    private String param;
    private String nextOffset;
    private String totalCount;

    OffsetStyleBuilder() {
    }

    /**
     * @param pointer where the records are, for example {@code /notificationEvents}
     * @return this builder
     * @throws IllegalArgumentException if the pointer is null, or neither empty nor starting with {@code /}
     */
    public OffsetStyleBuilder itemsAt(String pointer) {
        items = StyleSteps.itemsPointer("itemsAt(pointer)", pointer);
        return this;
    }

    /**
     * @param name the offset query parameter, for example {@code offset}
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     */
    public OffsetStyleBuilder offsetParam(String name) {
        param = StyleSteps.name("offsetParam(name)", name);
        return this;
    }

    /**
     * @param pointer where the next offset is, for example {@code /nextOffset}
     * @return this builder
     * @throws IllegalArgumentException if the pointer is null or does not start with {@code /}
     */
    public OffsetStyleBuilder nextOffsetAt(String pointer) {
        nextOffset = StyleSteps.pointer("nextOffsetAt(pointer)", pointer);
        return this;
    }

    /**
     * Optional: with a total count, a next offset of {@code 0} while records remain is an error, not the end.
     *
     * @param pointer where the total count is when sent, for example {@code /totalCount}
     * @return this builder
     * @throws IllegalArgumentException if the pointer is null or does not start with {@code /}
     */
    public OffsetStyleBuilder totalCountAt(String pointer) {
        totalCount = StyleSteps.pointer("totalCountAt(pointer)", pointer);
        return this;
    }

    /**
     * @return the style
     * @throws IllegalStateException naming each required step not taken
     */
    public PageStyle build() {
        StyleSteps.of("offset").need("itemsAt(pointer)", items).need("offsetParam(name)", param)
                .need("nextOffsetAt(pointer)", nextOffset).check();
        return new PageStyle(new OffsetStyle(items, param, nextOffset, totalCount));
    }
}
