package dev.switchboard.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.TestJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Unknown properties kept by models, free-form maps, and null handling, through {@link Json}. */
class UnknownPropertiesTest {

    record Contact(String id, String name, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {
    }

    record Plain(String id) {
    }

    record Document(String id, Map<String, Object> attributes) {
    }

    record Ticket(String id, String title, Integer priority, List<String> tags) {
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static final String UNKNOWNS = "{\"id\":\"c1\",\"name\":\"Ada\","
            + "\"s\":\"text\",\"b\":true,\"f\":false,\"i\":7,\"l\":9007199254740993,"
            + "\"bi\":123456789012345678901234567890,\"d\":1.10,"
            + "\"o\":{\"k\":[1,{\"z\":null},\"two\"],\"e\":{}},\"a\":[],\"n\":null}";

    @Test
    void unknownPropertiesGoToExtras() {
        Contact c = Json.decode(bytes(UNKNOWNS), Contact.class, "test");
        assertEquals("c1", c.id());
        assertEquals("Ada", c.name());
        assertEquals(10, c.extra().size(), c.extra().toString());
        assertEquals("text", c.extra().get("s"));
        assertEquals(Boolean.TRUE, c.extra().get("b"));
        assertEquals(Boolean.FALSE, c.extra().get("f"));
        assertEquals(Integer.valueOf(7), c.extra().get("i"));
        assertEquals(Long.valueOf(9007199254740993L), c.extra().get("l"));
        assertEquals(new BigInteger("123456789012345678901234567890"), c.extra().get("bi"));
        BigDecimal d = assertInstanceOf(BigDecimal.class, c.extra().get("d"));
        assertEquals("1.10", d.toString());
        assertTrue(c.extra().containsKey("n"));
        assertNull(c.extra().get("n"));
        Map<?, ?> o = assertInstanceOf(Map.class, c.extra().get("o"));
        List<?> k = assertInstanceOf(List.class, o.get("k"));
        assertEquals(3, k.size());
        Map<?, ?> z = assertInstanceOf(Map.class, k.get(1));
        assertTrue(z.containsKey("z"));
        assertNull(z.get("z"));
    }

    @Test
    void unknownPropertiesRoundTripLosslessly() {
        Contact c = Json.decode(bytes(UNKNOWNS), Contact.class, "test");
        String written = Json.write(c);
        assertEquals(TestJson.parse(UNKNOWNS), TestJson.parse(written), written);
    }

    @Test
    void decimalKeepsTrailingZeroInText() {
        String written = Json.write(Json.decode(bytes(UNKNOWNS), Contact.class, "test"));
        assertTrue(written.contains("\"d\":1.10"), written);
        assertTrue(written.contains("\"l\":9007199254740993"), written);
        assertTrue(written.contains("\"bi\":123456789012345678901234567890"), written);
        assertTrue(written.contains("\"n\":null"), written);
        assertTrue(written.contains("{\"z\":null}"), written);
    }

    @Test
    void treeKeepsDecimalTextAndLargeIntegers() {
        JsonNode tree = Json.tree(bytes(UNKNOWNS), "test");
        assertEquals("1.10", tree.get("d").decimalValue().toString());
        assertTrue(tree.get("l").isLong());
        assertTrue(tree.get("bi").isBigInteger());
        String written = Json.write(tree);
        assertTrue(written.contains("\"d\":1.10"), written);
        assertEquals(TestJson.parse(UNKNOWNS), TestJson.parse(written));
    }

    @Test
    void modelWithoutUnknownsWritesOnlyKnownProperties() {
        Contact c = Json.decode(bytes("{\"id\":\"c1\"}"), Contact.class, "test");
        assertEquals("{\"id\":\"c1\"}", Json.write(c));
    }

    @Test
    void unknownPropertiesDoNotFailModelsWithoutExtras() {
        Plain p = Json.decode(bytes("{\"id\":\"p1\",\"surprise\":{\"deep\":[1,2]}}"), Plain.class, "test");
        assertEquals(new Plain("p1"), p);
        assertEquals("{\"id\":\"p1\"}", Json.write(p));
    }

    @Test
    void freeFormMapKeepsScalarTypes() {
        String in = "{\"id\":\"d1\",\"attributes\":{\"flag\":true,\"ratio\":1.5,\"count\":7,"
                + "\"big\":9007199254740993,\"huge\":123456789012345678901234567890,\"text\":\"x\",\"none\":null}}";
        Document doc = Json.decode(bytes(in), Document.class, "test");
        Map<String, Object> a = doc.attributes();
        assertInstanceOf(Boolean.class, a.get("flag"));
        assertEquals(Boolean.TRUE, a.get("flag"));
        BigDecimal ratio = assertInstanceOf(BigDecimal.class, a.get("ratio"));
        assertEquals("1.5", ratio.toString());
        assertEquals(Integer.valueOf(7), assertInstanceOf(Integer.class, a.get("count")));
        assertEquals(Long.valueOf(9007199254740993L), assertInstanceOf(Long.class, a.get("big")));
        assertEquals(new BigInteger("123456789012345678901234567890"), assertInstanceOf(BigInteger.class, a.get("huge")));
        assertEquals("x", a.get("text"));
        assertTrue(a.containsKey("none"));
        assertNull(a.get("none"));
    }

    @Test
    void freeFormMapRoundTrips() {
        String in = "{\"id\":\"d1\",\"attributes\":{\"flag\":true,\"ratio\":1.50,\"count\":7,"
                + "\"big\":9007199254740993,\"none\":null,\"list\":[1,null,\"x\"],\"obj\":{\"k\":false}}}";
        String written = Json.write(Json.decode(bytes(in), Document.class, "test"));
        assertEquals(TestJson.parse(in), TestJson.parse(written), written);
        assertTrue(written.contains("\"ratio\":1.50"), written);
        assertTrue(written.contains("\"none\":null"), written);
    }

    @Test
    void nullComponentIsLeftOutOnWrite() {
        assertEquals("{\"id\":\"t1\"}", Json.write(new Ticket("t1", null, null, null)));
    }

    @Test
    void explicitNullsInModelsAreLeftOutAfterDecoding() {
        Ticket t = Json.decode(bytes("{\"id\":\"t1\",\"title\":null,\"priority\":null,\"tags\":null}"), Ticket.class, "test");
        assertEquals(new Ticket("t1", null, null, null), t);
        assertEquals("{\"id\":\"t1\"}", Json.write(t));
    }

    @Test
    void nonNullComponentsAreWrittenInDeclarationOrder() {
        assertEquals("{\"id\":\"t1\",\"title\":\"Hi\",\"priority\":0,\"tags\":[]}",
                Json.write(new Ticket("t1", "Hi", 0, List.of())));
    }
}
