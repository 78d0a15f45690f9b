package dev.switchboard.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SerializerHelpersTest {
    record Stamped(@JsonProperty("t") @JsonSerialize(using = IsoMillisSerializer.class) Instant t) {
    }

    @Test
    void isoMillisWritesExactlyThreeFractionDigits() {
        for (String s : new String[] {"2025-08-01T16:45:27.511Z", "2025-08-01T16:45:27.000Z", "2025-08-01T16:45:27.500Z"}) {
            String json = "{\"t\":\"" + s + "\"}";
            assertEquals(json, Json.write(Json.decode(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), Stamped.class, "test")));
        }
        assertEquals("{\"t\":\"2026-04-01T00:00:00.000Z\"}", Json.write(new Stamped(Instant.parse("2026-04-01T00:00:00Z"))));
        assertEquals("{\"t\":\"2026-04-01T00:00:00.123Z\"}", Json.write(new Stamped(Instant.parse("2026-04-01T00:00:00.123456Z"))));
    }

    record WithHelpers(@JsonProperty("is_shared") Boolean isShared, @JsonProperty("status") String status) {
        public boolean isDone() {
            return "done".equals(status);
        }
    }

    @Test
    void isHelpersAreNotWrittenButAnnotatedIsPropertiesAre() {
        assertEquals("{\"is_shared\":true,\"status\":\"done\"}", Json.write(new WithHelpers(true, "done")));
    }

    record Sometimes(@JsonProperty("id") String id, @JsonProperty("options") Patch<Map<String, Object>> options) {
        Sometimes {
            options = options == null ? Patch.absent() : options;
        }
    }

    @Test
    void patchResponseFieldsRememberAbsentNullAndValue() {
        for (String json : new String[] {"{\"id\":\"1\"}", "{\"id\":\"1\",\"options\":null}", "{\"id\":\"1\",\"options\":{\"multiline\":true}}"}) {
            Sometimes s = Json.decode(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), Sometimes.class, "test");
            assertEquals(json, Json.write(s));
        }
        Sometimes value = Json.decode("{\"options\":{\"a\":1}}".getBytes(java.nio.charset.StandardCharsets.UTF_8), Sometimes.class, "test");
        assertEquals(Map.of("a", 1), value.options().get());
        Sometimes nul = Json.decode("{\"options\":null}".getBytes(java.nio.charset.StandardCharsets.UTF_8), Sometimes.class, "test");
        assertEquals(Patch.ofNull(), nul.options());
        Sometimes absent = Json.decode("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8), Sometimes.class, "test");
        assertEquals(Patch.absent(), absent.options());
    }

    @Test
    void extrasAreAnImmutableOrderedCopy() {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("b", 1);
        in.put("a", null);
        Map<String, Object> out = Extras.of(in);
        in.put("c", 3);
        assertEquals(java.util.List.of("b", "a"), java.util.List.copyOf(out.keySet()));
        assertThrows(UnsupportedOperationException.class, () -> out.put("x", 1));
        assertEquals(Map.of(), Extras.of(null));
    }
}
