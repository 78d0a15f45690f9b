package dev.switchboard.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.switchboard.core.DecodeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link JsonModel#integers}: a lazy list of 32-bit integers whose mistyped elements fail alone, with their path. */
class JsonModelIntegersTest {

    /** A model with an integer list, nested once so that paths have depth. */
    public static final class Access extends JsonModel {
        public Access(JsonObject json) {
            super(json);
        }

        public List<Integer> groupIds() {
            return integers("group_ids");
        }
    }

    /** The outer model. */
    public static final class Chat extends JsonModel {
        public Chat(JsonObject json) {
            super(json);
        }

        public Access access() {
            return object("access", Access::new);
        }
    }

    private static Chat chat(String groupIds) {
        return Json.decode(("{\"access\":{\"group_ids\":" + groupIds + "}}").getBytes(StandardCharsets.UTF_8), Chat.class, "chat");
    }

    @Test
    void readsIntegersAsIntegerReadsOne() {
        assertEquals(List.of(0, 7, 2, 5, -3), chat("[0,7,2.0,\"5\",-3]").access().groupIds());
        assertEquals(Arrays.asList(1, null), chat("[1,null]").access().groupIds());
        assertNull(chat("null").access().groupIds());
        assertEquals("{\"access\":{\"group_ids\":[0,7,2.0,\"5\",-3]}}", Json.write(chat("[0,7,2.0,\"5\",-3]")), "written as sent");
    }

    @Test
    void aMistypedElementFailsAloneWithItsPath() {
        List<Integer> ids = chat("[1,99999999999,2.5,\"x\",true,{},1e2147483648]").access().groupIds();
        assertEquals(7, ids.size());
        assertEquals(1, ids.get(0));
        for (int i = 1; i < ids.size(); i++) {
            int at = i;
            DecodeException e = assertThrows(DecodeException.class, () -> ids.get(at));
            assertEquals("path $.access.group_ids[" + i + "]", e.location());
            assertEquals(true, e.getMessage().startsWith("could not read Access.group_ids[" + i + "]: expected a 32-bit integer"),
                    e.getMessage());
        }
        DecodeException notAnArray = assertThrows(DecodeException.class, () -> chat("\"1,2\"").access().groupIds());
        assertEquals("path $.access.group_ids", notAnArray.location());
    }

    @Test
    void aHugeExponentIsNeverExpanded() {
        List<Integer> ids = chat("[1e2147483647,1e-2147483647,\"1e999999999\"]").access().groupIds();
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            for (int i = 0; i < ids.size(); i++) {
                int at = i;
                assertThrows(DecodeException.class, () -> ids.get(at));
            }
        });
    }
}
