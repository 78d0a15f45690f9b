package dev.switchboard.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.DecodeException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The limits {@link Json} puts on hostile documents. */
class HostileInputTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] nestedArrays(int depth) {
        return bytes("[".repeat(depth) + "]".repeat(depth));
    }

    private static byte[] nestedObjects(int depth) {
        StringBuilder sb = new StringBuilder(depth * 6 + 2);
        for (int i = 0; i < depth; i++) {
            sb.append("{\"a\":");
        }
        sb.append("1");
        sb.append("}".repeat(depth));
        return bytes(sb.toString());
    }

    private static void assertSafetyLimit(DecodeException e) {
        assertInstanceOf(StreamConstraintsException.class, e.getCause());
        assertTrue(e.getMessage().contains("exceeds a safety limit"), e.getMessage());
    }

    @Test
    void deeplyNestedArraysFailTreeWithDecodeException() {
        DecodeException e = assertThrows(DecodeException.class, () -> Json.tree(nestedArrays(10_000), "test"));
        assertSafetyLimit(e);
        assertTrue(e.getMessage().startsWith("could not decode test as JSON: "), e.getMessage());
    }

    @Test
    void deeplyNestedArraysFailDecodeAsMap() {
        // Decoding into a Map fails either on the shape or on the depth; it must never overflow the stack.
        DecodeException e = assertThrows(DecodeException.class, () -> Json.decode(nestedArrays(10_000), Map.class, "test"));
        assertTrue(e.getMessage().startsWith("could not decode test as Map: "), e.getMessage());
    }

    @Test
    void deeplyNestedArraysFailDecodeAsList() {
        DecodeException e = assertThrows(DecodeException.class, () -> Json.decode(nestedArrays(10_000), List.class, "test"));
        assertInstanceOf(StreamConstraintsException.class, rootCause(e));
    }

    @Test
    void limitHitInsideTypedCollectionIsReportedAsSafetyLimit() {
        DecodeException deep = assertThrows(DecodeException.class,
                () -> Json.decode(nestedArrays(10_000), List.class, "test"));
        assertTrue(deep.getMessage().contains("exceeds a safety limit"), deep.getMessage());
        String longNumber = "{\"items\":[" + "1".repeat(Json.MAX_NUMBER_LENGTH + 1) + "]}";
        DecodeException number = assertThrows(DecodeException.class,
                () -> Json.decode(bytes(longNumber), Numbers.class, "test"));
        assertTrue(number.getMessage().contains("exceeds a safety limit"), number.getMessage());
    }

    record Numbers(List<Integer> items) {
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    @Test
    void deeplyNestedArraysFailDecodeAsObject() {
        DecodeException e = assertThrows(DecodeException.class, () -> Json.decode(nestedArrays(10_000), Object.class, "test"));
        assertSafetyLimit(e);
    }

    @Test
    void deeplyNestedObjectsFailDecodeAsMap() {
        DecodeException e = assertThrows(DecodeException.class, () -> Json.decode(nestedObjects(10_000), Map.class, "test"));
        assertSafetyLimit(e);
    }

    @Test
    void deeplyNestedObjectsFailTree() {
        DecodeException e = assertThrows(DecodeException.class, () -> Json.tree(nestedObjects(10_000), "test"));
        assertSafetyLimit(e);
    }

    @Test
    void nestingAtTheLimitIsAccepted() {
        JsonNode tree = Json.tree(nestedArrays(Json.MAX_NESTING_DEPTH), "test");
        assertTrue(tree.isArray());
        assertEquals(Json.MAX_NESTING_DEPTH, depth(tree));
    }

    @Test
    void nestingOneBeyondTheLimitIsRejected() {
        DecodeException e = assertThrows(DecodeException.class,
                () -> Json.tree(nestedArrays(Json.MAX_NESTING_DEPTH + 1), "test"));
        assertSafetyLimit(e);
    }

    private static int depth(JsonNode node) {
        int d = 0;
        while (node.isArray()) {
            d++;
            node = node.size() == 0 ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : node.get(0);
        }
        return d;
    }

    @Test
    void trailingGarbageFailsDecode() {
        DecodeException e = assertThrows(DecodeException.class, () -> Json.decode(bytes("{\"a\":1} x"), Map.class, "test"));
        assertTrue(e.getMessage().startsWith("could not decode test as Map: "), e.getMessage());
    }

    @Test
    void trailingGarbageFailsTree() {
        assertThrows(DecodeException.class, () -> Json.tree(bytes("{\"a\":1} x"), "test"));
    }

    @Test
    void secondDocumentFailsDecode() {
        assertThrows(DecodeException.class, () -> Json.decode(bytes("{\"a\":1}{\"b\":2}"), Map.class, "test"));
    }

    @Test
    void secondDocumentFailsTree() {
        assertThrows(DecodeException.class, () -> Json.tree(bytes("[1] [2]"), "test"));
    }

    @Test
    void trailingWhitespaceIsAccepted() {
        assertEquals(Map.of("a", 1), Json.decode(bytes("{\"a\":1} \n\t "), Map.class, "test"));
        assertEquals(1, Json.tree(bytes("{\"a\":1}\n"), "test").get("a").intValue());
    }

    @Test
    void truncatedDocumentSaysTruncated() {
        DecodeException e = assertThrows(DecodeException.class, () -> Json.decode(bytes("{\"a\":"), Map.class, "test"));
        assertInstanceOf(JsonEOFException.class, e.getCause());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void truncatedDocumentSaysTruncatedInTree() {
        DecodeException e = assertThrows(DecodeException.class, () -> Json.tree(bytes("{\"a\":"), "test"));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void truncatedStringSaysTruncated() {
        DecodeException e = assertThrows(DecodeException.class, () -> Json.tree(bytes("{\"a\":\"unfinish"), "test"));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void emptyInputFailsTree() {
        DecodeException e = assertThrows(DecodeException.class, () -> Json.tree(new byte[0], "test"));
        assertEquals("test is empty", e.getMessage());
        assertEquals("", e.location());
    }

    @Test
    void whitespaceOnlyInputFailsTree() {
        DecodeException e = assertThrows(DecodeException.class, () -> Json.tree(bytes("  \n "), "test"));
        assertEquals("test is empty", e.getMessage());
    }

    @Test
    void emptyInputFailsDecode() {
        assertThrows(DecodeException.class, () -> Json.decode(new byte[0], Map.class, "test"));
    }

    @Test
    void overlongNumberIsRejected() {
        String digits = "1".repeat(Json.MAX_NUMBER_LENGTH + 1);
        DecodeException e = assertThrows(DecodeException.class, () -> Json.tree(bytes("[" + digits + "]"), "test"));
        assertSafetyLimit(e);
    }

    @Test
    void numberAtTheLengthLimitIsAccepted() {
        String digits = "1".repeat(Json.MAX_NUMBER_LENGTH);
        JsonNode tree = Json.tree(bytes("[" + digits + "]"), "test");
        assertEquals(digits, tree.get(0).bigIntegerValue().toString());
    }

    @Test
    void invalidJsonIsReportedAsSuch() {
        DecodeException e = assertThrows(DecodeException.class, () -> Json.tree(bytes("{a:1}"), "test"));
        assertTrue(e.getMessage().contains("is not valid JSON"), e.getMessage());
        assertTrue(e.location().startsWith("line 1, column "), e.location());
    }
}
