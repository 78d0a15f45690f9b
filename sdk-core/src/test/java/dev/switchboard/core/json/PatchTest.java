package dev.switchboard.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PatchTest {

    record Limits(Patch<Integer> min, Patch<Integer> max) {
    }

    record UpdateTicket(@JsonProperty("company_id") Patch<String> companyId, Patch<String> title, Limits limits) {
    }

    /** A mutable request class, as some SDK requests are built with setters. */
    static final class UpdateContact {
        private Patch<String> email = Patch.absent();
        private Patch<String> phone = Patch.absent();

        public Patch<String> getEmail() {
            return email;
        }

        public Patch<String> getPhone() {
            return phone;
        }

        UpdateContact email(Patch<String> p) {
            this.email = p;
            return this;
        }

        UpdateContact phone(Patch<String> p) {
            this.phone = p;
            return this;
        }
    }

    @Test
    void absentPropertyIsOmitted() {
        assertEquals("{}", Json.write(new UpdateTicket(Patch.absent(), Patch.absent(), null)));
    }

    @Test
    void javaNullPatchIsOmittedLikeAbsent() {
        assertEquals("{\"title\":\"t\"}", Json.write(new UpdateTicket(null, Patch.of("t"), null)));
    }

    @Test
    void ofNullWritesExplicitNull() {
        assertEquals("{\"company_id\":null}", Json.write(new UpdateTicket(Patch.ofNull(), Patch.absent(), null)));
    }

    @Test
    void valueIsWritten() {
        assertEquals("{\"company_id\":\"x\"}", Json.write(new UpdateTicket(Patch.of("x"), Patch.absent(), null)));
    }

    @Test
    void mixOfStatesWritesEachCorrectly() {
        assertEquals("{\"company_id\":null,\"title\":\"New title\"}",
                Json.write(new UpdateTicket(Patch.ofNull(), Patch.of("New title"), null)));
    }

    @Test
    void nestedIntegerPatches() {
        UpdateTicket t = new UpdateTicket(Patch.absent(), Patch.absent(), new Limits(Patch.of(0), Patch.ofNull()));
        assertEquals("{\"limits\":{\"min\":0,\"max\":null}}", Json.write(t));
        UpdateTicket onlyMax = new UpdateTicket(Patch.absent(), Patch.absent(), new Limits(Patch.absent(), Patch.of(42)));
        assertEquals("{\"limits\":{\"max\":42}}", Json.write(onlyMax));
        UpdateTicket emptyLimits = new UpdateTicket(Patch.absent(), Patch.absent(), new Limits(Patch.absent(), Patch.absent()));
        assertEquals("{\"limits\":{}}", Json.write(emptyLimits));
    }

    @Test
    void patchesInMutableClassWithGetters() {
        assertEquals("{}", Json.write(new UpdateContact()));
        assertEquals("{\"email\":null}", Json.write(new UpdateContact().email(Patch.ofNull())));
        assertEquals("{\"email\":\"a@example.com\",\"phone\":null}",
                Json.write(new UpdateContact().email(Patch.of("a@example.com")).phone(Patch.ofNull())));
    }

    @Test
    void writeBytesAgreesWithWrite() {
        UpdateTicket t = new UpdateTicket(Patch.ofNull(), Patch.of("t"), null);
        assertEquals(Json.write(t), new String(Json.writeBytes(t), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void getOnAbsentThrowsNoSuchElement() {
        NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> Patch.absent().get());
        assertEquals("Patch is absent, it has no value", e.getMessage());
    }

    @Test
    void getOnNullThrowsNoSuchElement() {
        NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> Patch.ofNull().get());
        assertEquals("Patch is null, it has no value", e.getMessage());
    }

    @Test
    void getReturnsValue() {
        assertEquals("x", Patch.of("x").get());
    }

    @Test
    void ofNullThrowsNpeMentioningOfNull() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Patch.of(null));
        assertTrue(e.getMessage().contains("ofNull"), e.getMessage());
    }

    @Test
    void ofNullableNullIsOfNull() {
        Patch<String> p = Patch.ofNullable(null);
        assertTrue(p.isNull());
        assertFalse(p.isAbsent());
        assertFalse(p.isValue());
        assertSame(Patch.ofNull(), p);
        assertEquals(Patch.ofNull(), p);
    }

    @Test
    void ofNullableValueIsOf() {
        Patch<String> p = Patch.ofNullable("v");
        assertTrue(p.isValue());
        assertEquals(Patch.of("v"), p);
    }

    @Test
    void stateQueries() {
        assertTrue(Patch.absent().isAbsent());
        assertFalse(Patch.absent().isNull());
        assertFalse(Patch.absent().isValue());
        assertTrue(Patch.ofNull().isNull());
        assertFalse(Patch.ofNull().isAbsent());
        assertTrue(Patch.of(1).isValue());
        assertFalse(Patch.of(1).isNull());
        assertFalse(Patch.of(1).isAbsent());
    }

    @Test
    void valueOptional() {
        assertEquals(Optional.empty(), Patch.absent().value());
        assertEquals(Optional.empty(), Patch.ofNull().value());
        assertEquals(Optional.of("x"), Patch.of("x").value());
    }

    @Test
    void mapKeepsState() {
        AtomicInteger calls = new AtomicInteger();
        Patch<String> absent = Patch.absent();
        Patch<String> nul = Patch.ofNull();
        Patch<Integer> mappedAbsent = absent.map(s -> {
            calls.incrementAndGet();
            return s.length();
        });
        Patch<Integer> mappedNull = nul.map(s -> {
            calls.incrementAndGet();
            return s.length();
        });
        assertTrue(mappedAbsent.isAbsent());
        assertTrue(mappedNull.isNull());
        assertEquals(0, calls.get());
        assertEquals(Patch.of(3), Patch.of("abc").map(String::length));
    }

    @Test
    void mapToNullThrowsLikeOf() {
        assertThrows(NullPointerException.class, () -> Patch.of("abc").map(s -> null));
    }

    @Test
    void equalsAndHashCode() {
        assertEquals(Patch.of("x"), Patch.of("x"));
        assertEquals(Patch.of("x").hashCode(), Patch.of("x").hashCode());
        assertNotEquals(Patch.of("x"), Patch.of("y"));
        assertNotEquals(Patch.<String>absent(), Patch.<String>ofNull());
        assertNotEquals(Patch.<String>absent(), Patch.of("x"));
        assertNotEquals(Patch.<String>ofNull(), Patch.of("x"));
        assertNotEquals(Patch.of(1), Patch.of(1L));
        assertNotEquals(Patch.of("x"), "x");
        assertNotEquals(Patch.of("x"), null);
        assertEquals(Patch.absent(), Patch.absent());
        assertEquals(Patch.absent().hashCode(), Patch.absent().hashCode());
        assertEquals(Patch.ofNull().hashCode(), Patch.ofNull().hashCode());
    }

    @Test
    void toStringNamesState() {
        assertEquals("Patch.absent", Patch.absent().toString());
        assertEquals("Patch.null", Patch.ofNull().toString());
        assertEquals("Patch[x]", Patch.of("x").toString());
    }

    @Test
    void absentInsideListFailsToWrite() {
        List<Patch<String>> list = List.of(Patch.of("a"), Patch.absent());
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Json.write(list));
        JsonMappingException cause = assertInstanceOf(JsonMappingException.class, e.getCause());
        assertTrue(cause.getMessage().contains("Patch.absent() can only be used as an object property"), cause.getMessage());
    }

    @Test
    void absentInsideListFailsToWriteBytes() {
        List<Patch<String>> list = new ArrayList<>(Arrays.asList(Patch.absent()));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Json.writeBytes(list));
        assertInstanceOf(JsonMappingException.class, e.getCause());
    }

    @Test
    void absentAsMapValueFailsToWrite() {
        Map<String, Patch<String>> map = new LinkedHashMap<>();
        map.put("a", Patch.absent());
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Json.write(map));
        assertInstanceOf(JsonMappingException.class, e.getCause());
    }

    @Test
    void nullAndValueInsideListAreWritten() {
        assertEquals("[\"a\",null]", Json.write(List.of(Patch.of("a"), Patch.ofNull())));
    }

    @Test
    void topLevelAbsentFailsToWrite() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Json.write(Patch.absent()));
        assertInstanceOf(JsonMappingException.class, e.getCause());
    }
}
