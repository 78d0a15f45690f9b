package dev.switchboard.core.paging;

import java.util.List;

/**
 * The steps of {@link PageStyle#hasMore()}: {@link #itemsAt}, {@link #hasMoreAt}, one of
 * {@link #cursorFromLastItem} or {@link #cursorAt}, and one of {@link #cursorParam} or {@link #cursorInBody}. Not
 * thread-safe; the style it builds is.
 */
public final class HasMoreStyleBuilder {
    private String items;
    private String hasMore;
    private String lastItem;
    private String cursor;
    private String param;
    private List<String> bodyPath;

    HasMoreStyleBuilder() {
    }

    /**
     * @param pointer where the records are, for example {@code /data}; {@code ""} when the body is the array
     * @return this builder
     * @throws IllegalArgumentException if the pointer is null, or neither empty nor starting with {@code /}
     */
    public HasMoreStyleBuilder itemsAt(String pointer) {
        items = StyleSteps.itemsPointer("itemsAt(pointer)", pointer);
        return this;
    }

    /**
     * @param pointer where the boolean flag is, for example {@code /has_more}
     * @return this builder
     * @throws IllegalArgumentException if the pointer is null or does not start with {@code /}
     */
    public HasMoreStyleBuilder hasMoreAt(String pointer) {
        hasMore = StyleSteps.pointer("hasMoreAt(pointer)", pointer);
        return this;
    }

    /**
     * @param pointer where the cursor is inside each record, for example {@code /id}; the last record's value (a
     *     string, or an integer as its digits) is the next cursor
     * @return this builder
     * @throws IllegalArgumentException if the pointer is null or does not start with {@code /}
     */
    public HasMoreStyleBuilder cursorFromLastItem(String pointer) {
        lastItem = StyleSteps.pointer("cursorFromLastItem(pointer)", pointer);
        return this;
    }

    /**
     * @param pointer where the next cursor is in a page, for example {@code /next_cursor}
     * @return this builder
     * @throws IllegalArgumentException if the pointer is null or does not start with {@code /}
     */
    public HasMoreStyleBuilder cursorAt(String pointer) {
        cursor = StyleSteps.pointer("cursorAt(pointer)", pointer);
        return this;
    }

    /**
     * @param name the query parameter that carries the cursor, for example {@code starting_after}
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     */
    public HasMoreStyleBuilder cursorParam(String name) {
        param = StyleSteps.name("cursorParam(name)", name);
        return this;
    }

    /**
     * @param path the object path of the cursor in the JSON body, for example {@code List.of("cursor")}; objects
     *     missing on the path are created
     * @return this builder
     * @throws IllegalArgumentException if the path is empty or holds a blank key
     */
    public HasMoreStyleBuilder cursorInBody(List<String> path) {
        bodyPath = StyleSteps.path("cursorInBody(path)", path);
        return this;
    }

    /**
     * @return the style
     * @throws IllegalStateException naming each step not taken, or when both steps of an alternative were taken
     */
    public PageStyle build() {
        StyleSteps.of("hasMore").need("itemsAt(pointer)", items).need("hasMoreAt(pointer)", hasMore)
                .needOne("cursorFromLastItem(pointer)", lastItem, "cursorAt(pointer)", cursor)
                .needOne("cursorParam(name)", param, "cursorInBody(path)", bodyPath).check();
        CursorPlacement placement = param != null ? CursorPlacement.query(param) : CursorPlacement.body(bodyPath);
        return new PageStyle(new HasMoreStyle(items, hasMore, cursor, lastItem, placement));
    }
}
