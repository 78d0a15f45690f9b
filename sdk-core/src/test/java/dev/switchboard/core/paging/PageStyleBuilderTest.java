package dev.switchboard.core.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class PageStyleBuilderTest {

    private static void fails(Class<? extends Throwable> type, String message, Executable step) {
        assertEquals(message, assertThrows(type, step).getMessage());
    }

    private static void missing(String message, Executable build) {
        fails(IllegalStateException.class, message, build);
    }

    @Test
    void eachStyleNamesEveryMissingStepAtBuild() {
        missing("PageStyle.cursor() needs itemsAt(pointer), cursorParam(name) or cursorInBody(path),"
                + " nextCursorAt(pointer) before build()", () -> PageStyle.cursor().build());
        missing("PageStyle.cursor() needs nextCursorAt(pointer) before build()",
                () -> PageStyle.cursor().itemsAt("/data").cursorParam("starting_after").build());
        missing("PageStyle.cursorPages() needs itemsAt(pointer), pagesAt(pointer), cursorParam(name) before build()",
                () -> PageStyle.cursorPages().build());
        missing("PageStyle.cursorPages() needs pagesAt(pointer) before build()",
                () -> PageStyle.cursorPages().itemsAt("/activity_logs").cursorParam("starting_after").build());
        missing("PageStyle.pageNumber() needs itemsAt(pointer), pageParam(name), currentPageAt(pointer),"
                + " totalPagesAt(pointer) before build()", () -> PageStyle.pageNumber().build());
        missing("PageStyle.pageNumber() needs totalPagesAt(pointer) before build()",
                () -> PageStyle.pageNumber().itemsAt("/data").pageParam("page").currentPageAt("/pages/page").build());
        missing("PageStyle.offset() needs itemsAt(pointer), offsetParam(name), nextOffsetAt(pointer) before build()",
                () -> PageStyle.offset().totalCountAt("/totalCount").build());
        missing("PageStyle.skipLimit() needs itemsAt(pointer), skipParam(name), limitParam(name), totalAt(pointer)"
                + " before build()", () -> PageStyle.skipLimit().build());
        missing("PageStyle.skipLimit() needs limitParam(name) before build()",
                () -> PageStyle.skipLimit().itemsAt("/data").skipParam("skip").totalAt("/total").build());
        missing("PageStyle.nextLink() needs itemsAt(pointer), linkAt(pointer) or linkHeader() before build()",
                () -> PageStyle.nextLink().build());
        missing("PageStyle.nextLink() needs linkAt(pointer) or linkHeader() before build()",
                () -> PageStyle.nextLink().itemsAt("").build());
        missing("PageStyle.hasMore() needs itemsAt(pointer), hasMoreAt(pointer), cursorFromLastItem(pointer) or"
                + " cursorAt(pointer), cursorParam(name) or cursorInBody(path) before build()",
                () -> PageStyle.hasMore().build());
        missing("PageStyle.hasMore() needs cursorParam(name) or cursorInBody(path) before build()",
                () -> PageStyle.hasMore().itemsAt("/data").hasMoreAt("/has_more").cursorFromLastItem("/id").build());
    }

    @Test
    void alternativeStepsCannotBothBeTaken() {
        missing("PageStyle.cursor() takes cursorParam(name) or cursorInBody(path), not both",
                () -> PageStyle.cursor().itemsAt("/data").cursorParam("after").cursorInBody(List.of("after"))
                        .nextCursorAt("/next").build());
        missing("PageStyle.nextLink() takes linkAt(pointer) or linkHeader(), not both",
                () -> PageStyle.nextLink().itemsAt("/data").linkAt("/next").linkHeader().build());
        missing("PageStyle.hasMore() takes cursorFromLastItem(pointer) or cursorAt(pointer), not both",
                () -> PageStyle.hasMore().itemsAt("/data").hasMoreAt("/has_more").cursorFromLastItem("/id")
                        .cursorAt("/next").cursorParam("after").build());
        missing("PageStyle.hasMore() takes cursorParam(name) or cursorInBody(path), not both",
                () -> PageStyle.hasMore().itemsAt("/data").hasMoreAt("/has_more").cursorAt("/next")
                        .cursorParam("after").cursorInBody(List.of("after")).build());
    }

    @Test
    void malformedStepArgumentsAreRefusedWhereTheyAreGiven() {
        fails(IllegalArgumentException.class, "itemsAt(pointer): 'data' is not a JSON pointer to a field (it must start"
                + " with '/', as in /pages/next)", () -> PageStyle.pageNumber().itemsAt("data"));
        fails(IllegalArgumentException.class, "itemsAt(pointer) must not be null", () -> PageStyle.offset().itemsAt(null));
        fails(IllegalArgumentException.class, "totalPagesAt(pointer): '/' is not a JSON pointer to a field (it must"
                + " start with '/', as in /pages/next)", () -> PageStyle.pageNumber().totalPagesAt("/"));
        fails(IllegalArgumentException.class, "linkAt(pointer): '' is not a JSON pointer to a field (it must start"
                + " with '/', as in /pages/next)", () -> PageStyle.nextLink().linkAt(""));
        fails(IllegalArgumentException.class, "pageParam(name) must not be blank", () -> PageStyle.pageNumber().pageParam(" "));
        fails(IllegalArgumentException.class, "skipParam(name) must not be blank", () -> PageStyle.skipLimit().skipParam(null));
        fails(IllegalArgumentException.class, "cursorInBody(path) needs at least one key",
                () -> PageStyle.cursor().cursorInBody(List.of()));
        fails(IllegalArgumentException.class, "cursorInBody(path) must not hold a blank key: [pagination, ]",
                () -> PageStyle.hasMore().cursorInBody(List.of("pagination", "")));
        fails(IllegalArgumentException.class, "cursorInBody(path) must not hold a blank key: [null]",
                () -> PageStyle.cursor().cursorInBody(Arrays.asList((String) null)));
        fails(IllegalArgumentException.class, "cursorFromLastItem(pointer): 'id' is not a JSON pointer to a field (it"
                + " must start with '/', as in /pages/next)", () -> PageStyle.hasMore().cursorFromLastItem("id"));
    }

    @Test
    void eachBuilderMakesTheRuleItNames() {
        assertEquals(new PageNumberStyle("/data", "page", "/pages/page", "/pages/total_pages"), PageStyle.pageNumber()
                .itemsAt("/data").pageParam("page").currentPageAt("/pages/page").totalPagesAt("/pages/total_pages")
                .build().rule());
        assertEquals(new CursorStyle("/data", "/next", CursorPlacement.query("after")),
                PageStyle.cursor().itemsAt("/data").cursorParam("after").nextCursorAt("/next").build().rule());
        assertEquals(new CursorStyle("/data", "/next", CursorPlacement.body(List.of("pagination", "after"))),
                PageStyle.cursor().itemsAt("/data").cursorInBody(List.of("pagination", "after")).nextCursorAt("/next")
                        .build().rule());
        assertEquals(new CursorPagesStyle("/activity_logs", "starting_after", "/pages"), PageStyle.cursorPages()
                .itemsAt("/activity_logs").pagesAt("/pages").cursorParam("starting_after").build().rule());
        assertEquals(new OffsetStyle("/events", "offset", "/nextOffset", null), PageStyle.offset().itemsAt("/events")
                .offsetParam("offset").nextOffsetAt("/nextOffset").build().rule());
        assertEquals(new OffsetStyle("/events", "offset", "/nextOffset", "/totalCount"), PageStyle.offset()
                .itemsAt("/events").offsetParam("offset").nextOffsetAt("/nextOffset").totalCountAt("/totalCount").build()
                .rule());
        assertEquals(new SkipLimitStyle("/data", "skip", "limit", "/total"), PageStyle.skipLimit().itemsAt("/data")
                .skipParam("skip").limitParam("limit").totalAt("/total").build().rule());
        assertEquals(new ODataStyle("/value"), PageStyle.odataNextLink().rule());
        assertEquals(new NextLinkStyle("", null), PageStyle.nextLink().itemsAt("").linkHeader().build().rule());
        assertEquals(new NextLinkStyle("/data", "/links/next"),
                PageStyle.nextLink().itemsAt("/data").linkAt("/links/next").build().rule());
        assertEquals(new HasMoreStyle("/data", "/has_more", null, "/id", CursorPlacement.query("starting_after")),
                PageStyle.hasMore().itemsAt("/data").hasMoreAt("/has_more").cursorFromLastItem("/id")
                        .cursorParam("starting_after").build().rule());
        assertEquals(new HasMoreStyle("/data", "/has_more", "/next", null, CursorPlacement.body(List.of("cursor"))),
                PageStyle.hasMore().itemsAt("/data").hasMoreAt("/has_more").cursorAt("/next")
                        .cursorInBody(List.of("cursor")).build().rule());
    }

    @Test
    void aLaterCallOfTheSameStepReplacesTheEarlierOne() {
        assertEquals(new PageNumberStyle("/items", "p", "/page", "/pages"), PageStyle.pageNumber().itemsAt("/data")
                .itemsAt("/items").pageParam("page").pageParam("p").currentPageAt("/page").totalPagesAt("/pages")
                .build().rule());
    }

    @Test
    void toStringNamesTheStyleAndItsSettings() {
        assertEquals("SkipLimitStyle[itemsPointer=/data, skipParam=skip, limitParam=limit, totalPointer=/total]",
                PageStyle.skipLimit().itemsAt("/data").skipParam("skip").limitParam("limit").totalAt("/total").build()
                        .toString());
    }
}
