package dev.switchboard.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestJsonTest {

    @Test
    void objectConvertsEveryValueKindInOrder() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("z", 1L);
        nested.put("a", List.of(false, 2.5));
        ObjectNode node = TestJson.object(
                "s", "text", "i", 7, "d", new BigDecimal("1.25"), "b", true, "n", null,
                "node", TestJson.array(1), "list", List.of("x", 3), "map", nested);

        assertEquals(
                "{\"s\":\"text\",\"i\":7,\"d\":1.25,\"b\":true,\"n\":null,\"node\":[1],"
                        + "\"list\":[\"x\",3],\"map\":{\"z\":1,\"a\":[false,2.5]}}",
                TestJson.write(node));
    }

    @Test
    void jsonNodeValuesAreCopied() {
        ObjectNode inner = TestJson.object("k", 1);
        ObjectNode outer = TestJson.object("inner", inner);
        inner.put("k", 2);
        assertEquals(1, outer.get("inner").get("k").asInt());
        assertNotSame(inner, outer.get("inner"));
    }

    @Test
    void objectRejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> TestJson.object("odd"));
        assertThrows(IllegalArgumentException.class, () -> TestJson.object(1, "v"));
        assertThrows(IllegalArgumentException.class, () -> TestJson.object("k", 1, "k", 2));
        assertThrows(IllegalArgumentException.class, () -> TestJson.object("m", Map.of(1, "v")));
    }

    @Test
    void parseAndWriteRoundTripCompactly() {
        JsonNode parsed = TestJson.parse(" { \"a\" : [ 1 , 2 ] } ");
        assertEquals("{\"a\":[1,2]}", TestJson.write(parsed));
        assertEquals("[\"x\",null]", TestJson.write(TestJson.array("x", null)));
        assertEquals("{\"k\":\"v\"}", TestJson.write(Map.of("k", "v")));
    }

    @Test
    void parseRejectsInvalidEmptyAndTrailingContent() {
        assertThrows(IllegalArgumentException.class, () -> TestJson.parse("{\"a\":"));
        assertThrows(IllegalArgumentException.class, () -> TestJson.parse(""));
        assertThrows(IllegalArgumentException.class, () -> TestJson.parse("   "));
        assertThrows(IllegalArgumentException.class, () -> TestJson.parse("{} {}"));
        assertThrows(IllegalArgumentException.class, () -> TestJson.parse(null));
    }

    @Test
    void moduleHasNoMutableOrPublicStaticFields() {
        for (Class<?> type : List.of(TestJson.class, FakeServer.class, FakeRequest.class,
                FakeResponse.class, Faults.class, ManualClock.class, RecordingSleeper.class)) {
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) && !field.isSynthetic()) {
                    assertTrue(Modifier.isFinal(modifiers), type.getSimpleName() + "." + field.getName());
                    assertTrue(!Modifier.isPublic(modifiers) || field.getType().isPrimitive()
                            || field.getType() == String.class, type.getSimpleName() + "." + field.getName());
                }
            }
        }
    }
}
