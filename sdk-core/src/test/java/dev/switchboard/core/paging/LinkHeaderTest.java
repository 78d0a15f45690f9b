package dev.switchboard.core.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {

    private static Optional<String> next(String... values) {
        return LinkHeader.next(List.of(values));
    }

    @Test
    void findsTheNextRelationAmongOthers() {
        assertEquals(Optional.of("https://api.example.com/items?page=2"), next(
                "<https://api.example.com/items?page=1>; rel=\"prev\", <https://api.example.com/items?page=2>; rel=\"next\","
                        + " <https://api.example.com/items?page=9>; rel=\"last\""));
    }

    @Test
    void readsUnquotedAnyCaseAndRelationLists() {
        assertEquals(Optional.of("/a"), next("</a>; rel=next"));
        assertEquals(Optional.of("/b"), next("</b>;REL=\"Next\""));
        assertEquals(Optional.of("/c"), next("</c>; rel=\"prefetch next\""));
        assertEquals(Optional.empty(), next("</d>; rel=\"nextpage\""));
        assertEquals(Optional.empty(), next("</e>; title=\"next\""));
    }

    @Test
    void commasAndSemicolonsInsideQuotesOrTheTargetDoNotSplit() {
        assertEquals(Optional.of("/items?ids=1,2;x"), next("</items?ids=1,2;x>; title=\"one, two; rel=next\"; rel=\"next\""));
        assertEquals(Optional.of("/z"), next("</y>; title=\"a \\\" , rel=next\", </z>; rel=next"));
    }

    @Test
    void searchesEveryHeaderInOrderAndIgnoresMalformedEntries() {
        assertEquals(Optional.of("/second"), next("</first>; rel=first", "garbage, <unclosed; rel=next", "</second>; rel=next"));
        assertEquals(Optional.of("/first"), next("</first>; rel=next", "</second>; rel=next"));
        assertEquals(Optional.empty(), next());
        assertEquals(Optional.empty(), next("<>; rel=next"));
        assertEquals(Optional.of("/trimmed"), next("< /trimmed >; rel=next"));
    }
}
