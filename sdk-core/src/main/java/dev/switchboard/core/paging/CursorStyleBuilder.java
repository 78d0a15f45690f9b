package dev.switchboard.core.paging;

import java.util.List;

/**
 * The steps of {@link PageStyle#cursor()}: {@link #itemsAt}, {@link #nextCursorAt}, and one of {@link #cursorParam}
 * or {@link #cursorInBody}. Not thread-safe; the style it builds is.
 */
public final class CursorStyleBuilder {
    private String items;
    private String nextCursor;
    private String param;
    private List<String> bodyPath;

    CursorStyleBuilder() {
    }

    /**
     * @param pointer where the records are, for example {@code /conversations}; {@code ""} when the body is the array
     * @return this builder
     * @throws IllegalArgumentException if the pointer is null, or neither empty nor starting with {@code /}
     */
    public CursorStyleBuilder itemsAt(String pointer) {
        items = StyleSteps.itemsPointer("itemsAt(pointer)", pointer);
        return this;
    }

    /**
     * @param pointer where the next cursor is in a page, for example {@code /pages/next/starting_after}
     * @return this builder
     * @throws IllegalArgumentException if the pointer is null or does not start with {@code /}
     */
    public CursorStyleBuilder nextCursorAt(String pointer) {
        nextCursor = StyleSteps.pointer("nextCursorAt(pointer)", pointer);
        return this;
    }

    /**
     * @param name the query parameter that carries the cursor, for example {@code starting_after}
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     */
    public CursorStyleBuilder cursorParam(String name) {
        param = StyleSteps.name("cursorParam(name)", name);
        return this;
    }

    /**
     * @param path the object path of the cursor in the JSON body, for example
     *     {@code List.of("pagination", "starting_after")}; objects missing on the path are created
     * @return this builder
     * @throws IllegalArgumentException if the path is empty or holds a blank key
     */
    public CursorStyleBuilder cursorInBody(List<String> path) {
        bodyPath = StyleSteps.path("cursorInBody(path)", path);
        return this;
    }

    /**
     * @return the style
     * @throws IllegalStateException naming each step not taken, or when both {@code cursorParam} and
     *     {@code cursorInBody} were
     */
    public PageStyle build() {
        StyleSteps.of("cursor").need("itemsAt(pointer)", items)
                .needOne("cursorParam(name)", param, "cursorInBody(path)", bodyPath)
                .need("nextCursorAt(pointer)", nextCursor).check();
        CursorPlacement placement = param != null ? CursorPlacement.query(param) : CursorPlacement.body(bodyPath);
        return new PageStyle(new CursorStyle(items, nextCursor, placement));
    }
}
