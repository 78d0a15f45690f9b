package dev.switchboard.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.DecodeException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link JsonModel}: typed accessors over the JSON, decoding on demand, a wrong type failing only its accessor. */
class JsonModelTest {

    /** A model as a domain module declares one. */
    public static final class Item extends JsonModel {
        public Item(JsonObject json) {
            super(json);
        }

        public String id() {
            return id("id");
        }

        public String name() {
            return string("name");
        }

        public Integer count() {
            return integer("count");
        }

        public Long size() {
            return longNumber("size");
        }

        public BigDecimal price() {
            return decimal("price");
        }

        public Boolean open() {
            return bool("open");
        }

        public Instant createdAt() {
            return instant("created_at");
        }

        public Part part() {
            return object("part", Part::new);
        }

        public List<Part> parts() {
            return list("parts", Part::new);
        }

        public List<String> tags() {
            return strings("tags");
        }

        public List<List<Part>> grid() {
            return lists("grid", Part::new);
        }
    }

    /** A nested model. */
    public static final class Part extends JsonModel {
        public Part(JsonObject json) {
            super(json);
        }

        public Instant at() {
            return instant("at");
        }
    }

    private static Item item(String json) {
        return Json.decode(json.getBytes(StandardCharsets.UTF_8), Item.class, "item");
    }

    @Test
    void accessorsDecodeOnDemand() {
        Item i = item("{\"id\":42,\"name\":\"n\",\"count\":\"7\",\"size\":5000000000,\"price\":601.50,\"open\":\"true\","
                + "\"created_at\":1767225600,\"part\":{\"at\":\"2026-01-01T00:00:00Z\"},\"parts\":[{\"at\":1.5}],"
                + "\"tags\":[\"a\",7]}");
        assertEquals("42", i.id());
        assertEquals("n", i.name());
        assertEquals(7, i.count());
        assertEquals(5_000_000_000L, i.size());
        assertEquals(new BigDecimal("601.50"), i.price());
        assertEquals(Boolean.TRUE, i.open());
        assertEquals(Instant.ofEpochSecond(1767225600), i.createdAt());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), i.part().at());
        assertEquals(Instant.ofEpochSecond(1, 500_000_000), i.parts().get(0).at());
        assertEquals(List.of("a", "7"), i.tags());
    }

    @Test
    void absentAndNullReadAsNullAndStayApart() {
        Item i = item("{\"name\":null}");
        assertNull(i.name());
        assertNull(i.count());
        assertNull(i.parts());
        assertTrue(i.json().containsKey("name"));
        assertEquals("{\"name\":null}", Json.write(i));
    }

    @Test
    void anArrayOfArraysOfObjectsReadsLazilyAndNamesEachPlace() {
        Item i = item("{\"grid\":[[{\"at\":1777636800},{\"at\":true}],null,\"row\",[7],[]]}");
        List<List<Part>> grid = i.grid();
        assertEquals(5, grid.size());
        assertEquals(Instant.ofEpochSecond(1_777_636_800L), grid.get(0).get(0).at());
        assertEquals("path $.grid[0][1].at", assertThrows(DecodeException.class, () -> grid.get(0).get(1).at()).location());
        assertNull(grid.get(1));
        DecodeException row = assertThrows(DecodeException.class, () -> grid.get(2));
        assertEquals("could not read Item.grid[2]: expected an array, was a string at path $.grid[2]", row.getMessage());
        assertEquals("path $.grid[3][0]", assertThrows(DecodeException.class, () -> grid.get(3).get(0)).location());
        assertEquals(List.of(), grid.get(4));
        assertNull(item("{}").grid());
        assertEquals("path $.grid", assertThrows(DecodeException.class, () -> item("{\"grid\":{}}").grid()).location());
        assertEquals(Json.write(i.json()), Json.write(i));
    }

    @Test
    void aWrongTypeFailsOnlyItsAccessorWithPathExpectedAndActual() {
        Item i = item("{\"id\":true,\"name\":{\"x\":1},\"count\":2.7,\"created_at\":\"\",\"price\":\"abc\","
                + "\"parts\":[{\"at\":\"yesterday\"},\"oops\"],\"part\":[],\"tags\":[{}],\"open\":3}");
        DecodeException e = assertThrows(DecodeException.class, i::name);
        assertEquals("could not read Item.name: expected a string, was an object at path $.name", e.getMessage());
        assertTrue(assertThrows(DecodeException.class, i::id).getMessage().contains("was a boolean"));
        assertTrue(assertThrows(DecodeException.class, i::count).getMessage().contains("expected a 32-bit integer, was a decimal"));
        assertNull(i.createdAt(), "an empty timestamp reads as null");
        assertThrows(DecodeException.class, i::price);
        assertThrows(DecodeException.class, i::open);
        assertThrows(DecodeException.class, i::part);
        assertEquals(2, i.parts().size());
        DecodeException at = assertThrows(DecodeException.class, () -> i.parts().get(0).at());
        assertEquals("path $.parts[0].at", at.location());
        DecodeException element = assertThrows(DecodeException.class, () -> i.parts().get(1));
        assertEquals("path $.parts[1]", element.location());
        assertThrows(DecodeException.class, () -> i.tags().get(0));
        // ... and the record is still written back exactly.
        assertEquals(Json.write(i.json()), Json.write(i));
    }

    @Test
    void validateReportsEveryMistypedFieldAtOnce() {
        item("{\"id\":\"1\",\"parts\":[{\"at\":2}]}").validate();
        DecodeException e = assertThrows(DecodeException.class,
                () -> item("{\"id\":[],\"count\":\"x\",\"parts\":[{\"at\":{}}]}").validate());
        assertTrue(e.getMessage().startsWith("Item has 3 fields of an unexpected type"), e.getMessage());
        assertTrue(e.getMessage().contains("$.parts[0].at"), e.getMessage());
        assertEquals(3, e.getSuppressed().length);
    }

    @Test
    void timestampsInEveryCommonForm() {
        Instant t = Instant.parse("2026-04-02T10:11:12Z");
        String[] forms = {"1775124672", "1775124672.0", "\"1775124672\"", "\"2026-04-02T10:11:12Z\"", "\"2026-04-02T10:11:12.000Z\"",
            "\"2026-04-02T12:11:12+02:00\"", "\"2026-04-02T12:11:12+0200\"", "\"2026-04-02T12:11:12+02\"", "\"2026-04-02t10:11:12z\"",
            "\"2026-04-02 10:11:12Z\"", "\"2026-04-02T10:11:12\"", "\"20260402T101112Z\"", "\"2026-04-02T10:11:12,000Z\"",
            "\"2026-04-02T12:11:12+02:00[Europe/Paris]\"", "\"2026-04-02T10:11:12.000000000Z\""};
        for (String f : forms) {
            assertEquals(t, item("{\"created_at\":" + f + "}").createdAt(), f);
        }
        assertEquals(Instant.parse("2026-04-02T00:00:00Z"), item("{\"created_at\":\"2026-04-02\"}").createdAt());
        assertEquals(Instant.parse("2026-04-02T10:11:12.123456Z"), item("{\"created_at\":\"2026-04-02T10:11:12.123456Z\"}").createdAt());
        assertEquals(Instant.parse("2100-01-01T00:00:00Z"), item("{\"created_at\":4102444800}").createdAt(), "past 2038");
        for (String bad : new String[] {"\"soon\"", "1e30", "true", "{}", "\"2026-13-01T00:00:00Z\"", "\"" + "9".repeat(100) + "\""}) {
            assertThrows(DecodeException.class, () -> item("{\"created_at\":" + bad + "}").createdAt(), bad);
        }
    }

    @Test
    void anyObjectMapperReadsAndWritesModels() throws Exception {
        String doc = "{\"id\":\"1\",\"price\":1.10,\"unknown\":{\"deep\":[null]}}";
        ObjectMapper plain = new ObjectMapper();
        Item i = plain.readValue(doc, Item.class);
        assertEquals("1", i.id());
        assertEquals(doc, plain.writeValueAsString(i));
        assertEquals("{\"items\":[" + doc + "]}", plain.writeValueAsString(java.util.Map.of("items", List.of(i))));
    }

    @Test
    void equalityIsByClassAndJson() {
        assertEquals(item("{\"a\":1}"), item("{\"a\":1}"));
        assertEquals(item("{\"a\":1}").hashCode(), item("{\"a\":1}").hashCode());
        assertNotEquals(item("{\"a\":1}"), new Part(item("{\"a\":1}").json()));
        assertEquals("Item{\"a\":1}", item("{\"a\":1}").toString());
    }
}
