package dev.switchboard.core.paging;

/**
 * The steps of {@link PageStyle#skipLimit()}: {@link #itemsAt}, {@link #skipParam}, {@link #limitParam} and
 * {@link #totalAt}, all required. Not thread-safe; the style it builds is.
 */
public final class SkipLimitStyleBuilder {
    private String items;
    private String skip;
    private String limit;
    private String total;

    SkipLimitStyleBuilder() {
    }

    /**
     * @param pointer where the records are, for example {@code /data}
     * @return this builder
     * @throws IllegalArgumentException if the pointer is null, or neither empty nor starting with {@code /}
     */
    public SkipLimitStyleBuilder itemsAt(String pointer) {
        items = StyleSteps.itemsPointer("itemsAt(pointer)", pointer);
        return this;
    }

    /**
     * @param name the skip query parameter, for example {@code skip}
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     */
    public SkipLimitStyleBuilder skipParam(String name) {
        skip = StyleSteps.name("skipParam(name)", name);
        return this;
    }

    /**
     * @param name the limit query parameter, for example {@code limit}; read from the request to tell a short page
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     */
    public SkipLimitStyleBuilder limitParam(String name) {
        limit = StyleSteps.name("limitParam(name)", name);
        return this;
    }

    /**
     * @param pointer where the total is, for example {@code /total}; a page without one ends on a short page
     * @return this builder
     * @throws IllegalArgumentException if the pointer is null or does not start with {@code /}
     */
    public SkipLimitStyleBuilder totalAt(String pointer) {
        total = StyleSteps.pointer("totalAt(pointer)", pointer);
        return this;
    }

    /**
     * @return the style
     * @throws IllegalStateException naming each step not taken
     */
    public PageStyle build() {
        StyleSteps.of("skipLimit").need("itemsAt(pointer)", items).need("skipParam(name)", skip)
                .need("limitParam(name)", limit).need("totalAt(pointer)", total).check();
        return new PageStyle(new SkipLimitStyle(items, skip, limit, total));
    }
}
