package dev.switchboard.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SerializerHelpersTest {
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
}
