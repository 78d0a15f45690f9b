package dev.switchboard.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.DecodeException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link JsonObject} and {@link JsonArray}: read once, written back exactly, read-only maps and lists. */
class JsonTreeTest {
    private static JsonObject parse(String json) {
        return Json.object(json.getBytes(StandardCharsets.UTF_8), "test document");
    }

    @Test
    void documentsReadOneAfterAnotherOnAThreadShareNothing() {
        // One reader per thread is reused across documents: each result stands alone, a failed read leaves nothing
        // behind, a model read from inside a read (a deserializer calling back) gets its own, and a very wide object
        // between two small ones changes nothing.
        StringBuilder wide = new StringBuilder("{");
        for (int i = 0; i < 2000; i++) {
            wide.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
        }
        wide.append('}');
        JsonObject a = Json.object("{\"a\":{\"b\":[1,{\"c\":\"x\"}]},\"d\":2}".getBytes(StandardCharsets.UTF_8), "a");
        assertThrows(DecodeException.class, () -> Json.object("{\"a\":{\"b\":[1,{\"c\":".getBytes(StandardCharsets.UTF_8), "bad"));
        JsonObject w = Json.object(wide.toString().getBytes(StandardCharsets.UTF_8), "wide");
        JsonObject b = Json.object("{\"a\":{\"z\":true}}".getBytes(StandardCharsets.UTF_8), "b");
        assertEquals("{\"a\":{\"b\":[1,{\"c\":\"x\"}]},\"d\":2}", Json.write(a));
        assertEquals(2000, w.size());
        assertEquals(1999, w.get("k1999"));
        assertEquals("{\"a\":{\"z\":true}}", Json.write(b));
        Map<?, ?> nested = Json.decode("{\"m\":{\"inner\":{\"q\":[1,2]}},\"n\":3}".getBytes(StandardCharsets.UTF_8), Map.class, "nested");
        assertEquals("{\"m\":{\"inner\":{\"q\":[1,2]}},\"n\":3}", Json.write(nested));
    }

    @Test
    void writesBackExactlyWhatWasRead() {
        String[] documents = {
            "{}",
            "{\"a\":null,\"b\":[],\"c\":{},\"d\":[null,{}]}",
            "{\"int\":1,\"neg\":-7,\"zero\":0,\"minusZero\":-0,\"long\":9007199254740993,\"big\":123456789012345678901234567890}",
            "{\"dec\":601.50,\"exp\":1e2,\"EXP\":1E+2,\"negExp\":-2.5e-3,\"tiny\":0.000000000000000000000001}",
            "{\"s\":\"é\\u0000\\\"\\\\\\n📦\",\"t\":true,\"f\":false,\"order\":3,\"alpha\":1,\"zed\":2}",
            "{\"huge\":1e2147483648,\"huger\":-1E-99999999999}",
            "{\"nested\":{\"x\":[1,[2,[3,{\"y\":[]}]]]}}"
        };
        for (String doc : documents) {
            JsonObject o = parse(doc);
            assertEquals(doc, Json.write(o), doc);
            assertEquals(doc, o.toString());
            assertEquals(doc, new String(Json.writeBytes(o), StandardCharsets.UTF_8));
        }
    }

    @Test
    void anyObjectMapperWritesTheTreeExactly() throws Exception {
        String doc = "{\"dec\":601.50,\"exp\":1e2,\"n\":null,\"list\":[1.0,2]}";
        JsonObject o = parse(doc);
        ObjectMapper plain = new ObjectMapper();
        assertEquals(doc, plain.writeValueAsString(o));
        assertEquals("{\"wrapped\":" + doc + "}", plain.writeValueAsString(Map.of("wrapped", o)));
        JsonObject back = plain.readValue(doc, JsonObject.class);
        assertEquals(o, back);
        assertEquals(doc, Json.write(back));
    }

    @Test
    void isAReadOnlyMapWithJsonTypes() {
        JsonObject o = parse("{\"s\":\"x\",\"i\":5,\"l\":5000000000,\"b\":12345678901234567890,\"d\":1.50,\"t\":true,\"n\":null,"
                + "\"o\":{\"k\":1},\"a\":[1,\"2\"]}");
        assertEquals("x", o.get("s"));
        assertEquals(5, o.get("i"));
        assertEquals(5_000_000_000L, o.get("l"));
        assertEquals(new BigInteger("12345678901234567890"), o.get("b"));
        assertEquals(new BigDecimal("1.50"), o.get("d"));
        assertEquals(Boolean.TRUE, o.get("t"));
        assertNull(o.get("n"));
        assertTrue(o.containsKey("n"));
        assertTrue(o.isNull("n"));
        assertFalse(o.containsKey("missing"));
        assertFalse(o.isNull("missing"));
        assertEquals(Map.of("k", 1), o.get("o"));
        assertEquals(List.of(1, "2"), o.get("a"));
        assertEquals(List.of("s", "i", "l", "b", "d", "t", "n", "o", "a"), List.copyOf(o.keySet()));
        assertThrows(UnsupportedOperationException.class, () -> o.put("x", 1));
        assertThrows(UnsupportedOperationException.class, () -> o.remove("s"));
        assertThrows(UnsupportedOperationException.class, () -> ((List<Object>) o.get("a")).add(3));
        assertEquals(Map.of("k", 1), o.getObject("o"));
        assertNull(o.getObject("s"));
        assertEquals("x", o.getString("s"));
        assertNull(o.getArray("o"));
    }

    @Test
    void equalityFollowsJsonValuesAndIsOrderInsensitiveLikeAnyMap() {
        assertEquals(parse("{\"a\":1,\"b\":[1.5]}"), parse("{\"b\":[1.5],\"a\":1}"));
        assertEquals(parse("{\"a\":1,\"b\":[1.5]}").hashCode(), parse("{\"b\":[1.5],\"a\":1}").hashCode());
        assertFalse(parse("{\"a\":1.0}").equals(parse("{\"a\":1.00}")), "decimals keep their scale");
        assertEquals(Map.of("a", 1), parse("{\"a\":1}"));
        assertEquals(parse("{\"a\":1}"), Map.of("a", 1));
    }

    @Test
    void aRepeatedKeyKeepsItsFirstPlaceAndItsLastValue() {
        JsonObject o = parse("{\"a\":1,\"b\":2,\"a\":3}");
        assertEquals(2, o.size());
        assertEquals(3, o.get("a"));
        assertEquals("{\"a\":3,\"b\":2}", Json.write(o));
        StringBuilder big = new StringBuilder("{");
        for (int i = 0; i < 100; i++) {
            big.append("\"k").append(i).append("\":").append(i).append(',');
        }
        big.append("\"k7\":\"again\"}");
        JsonObject b = parse(big.toString());
        assertEquals(100, b.size());
        assertEquals("again", b.get("k7"));
        assertEquals(99, b.get("k99"));
    }

    @Test
    void aNumberWithAnExponentBeyondThirtyTwoBitsIsKeptAndFailsOnlyWhenRead() {
        JsonObject o = parse("{\"total_count\":1e2147483648,\"ok\":1}");
        assertEquals("{\"total_count\":1e2147483648,\"ok\":1}", Json.write(o));
        assertEquals(1, o.get("ok"));
        assertThrows(DecodeException.class, () -> o.get("total_count"));
    }

    @Test
    void malformedDocumentsAreDecodeExceptions() {
        for (String bad : new String[] {"", "  ", "[1]", "\"s\"", "{", "{\"a\":}", "{} {}", "{\"a\":1,}", "nul"}) {
            DecodeException e = assertThrows(DecodeException.class, () -> parse(bad), bad);
            assertFalse(e.getMessage().contains(bad.strip()) && !bad.isBlank() && bad.length() > 3, e.getMessage());
        }
    }

    @Test
    void nestingIsBoundedWhileReading() {
        String deep = "{\"a\":" + "[".repeat(150) + "]".repeat(150) + "}";
        byte[] bytes = deep.getBytes(StandardCharsets.UTF_8);
        DecodeException e = assertThrows(DecodeException.class, () -> Json.object(bytes, "body", 100));
        assertTrue(e.getMessage().contains("nested deeper than 100 levels"), e.getMessage());
        assertEquals("byte 104", e.location(), "the bracket that opens level 101");
        assertEquals(deep, Json.write(Json.object(bytes, "body", 200)));
        String hostile = "[".repeat(100_000);
        assertThrows(DecodeException.class, () -> Json.object(hostile.getBytes(StandardCharsets.US_ASCII), "body"));
    }

    @Test
    void buildsFromJavaValues() {
        JsonObject o = JsonObject.of("s", "x", "n", null, "d", new BigDecimal("2.50"), "big", new BigInteger("1" + "0".repeat(30)),
                "list", List.of(1, 2L, 3.5), "map", Map.of("k", true));
        assertEquals("{\"s\":\"x\",\"n\":null,\"d\":2.50,\"big\":1000000000000000000000000000000,\"list\":[1,2,3.5],"
                + "\"map\":{\"k\":true}}", Json.write(o));
        assertThrows(IllegalArgumentException.class, () -> JsonObject.of("k"));
        assertThrows(IllegalArgumentException.class, () -> JsonObject.of("k", new Object()));
        assertThrows(IllegalArgumentException.class, () -> JsonObject.of("k", Double.NaN));
        JsonObject changed = o.toBuilder().put("s", "y").remove("n").build();
        assertEquals("y", changed.get("s"));
        assertFalse(changed.containsKey("n"));
        assertEquals("x", o.get("s"), "the original is unchanged");
        assertInstanceOf(JsonArray.class, JsonArray.of(1, "a").subList(0, 1).isEmpty() ? null : JsonArray.of(1));
    }
    @Test
    void withoutDropsOneKeyAndKeepsEverythingElseInPlace() {
        JsonObject o = parse("{\"a\":1,\"b\":null,\"c\":601.50,\"d\":{\"e\":[true]}}");
        assertEquals("{\"b\":null,\"c\":601.50,\"d\":{\"e\":[true]}}", Json.write(o.without("a")));
        assertEquals("{\"a\":1,\"c\":601.50,\"d\":{\"e\":[true]}}", Json.write(o.without("b")));
        assertEquals("{\"a\":1,\"b\":null,\"c\":601.50}", Json.write(o.without("d")));
        assertSame(o, o.without("absent"), "nothing to drop: the same immutable object");
        assertSame(JsonObject.EMPTY, parse("{\"only\":1}").without("only"));
        assertEquals(4, o.size(), "the original is unchanged");
        JsonObject dropped = o.without("c");
        assertFalse(dropped.containsKey("c"));
        assertEquals(3, dropped.size());
        assertEquals(List.of("a", "b", "d"), List.copyOf(dropped.keySet()));
        assertThrows(NullPointerException.class, () -> o.without(null));
    }
}
