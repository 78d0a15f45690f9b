package dev.switchboard.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenEnumTest {

    /** Declared exactly as the {@link OpenEnum} Javadoc shows. */
    public static final class Priority extends OpenEnum {
        private static final OpenEnumValues<Priority> VALUES = new OpenEnumValues<>(Priority::new);
        public static final Priority HIGH = VALUES.known("HIGH");
        public static final Priority LOW = VALUES.known("LOW");
        public static final Priority EMPTY = VALUES.known("");

        private Priority(String value, boolean known) {
            super(value, known);
        }

        @JsonCreator
        public static Priority of(String value) {
            return VALUES.of(value);
        }

        public static List<Priority> values() {
            return VALUES.values();
        }
    }

    /** A second open enum with an overlapping raw value, to check that equality is per type. */
    public static final class Channel extends OpenEnum {
        private static final OpenEnumValues<Channel> VALUES = new OpenEnumValues<>(Channel::new);
        public static final Channel HIGH = VALUES.known("HIGH");

        private Channel(String value, boolean known) {
            super(value, known);
        }

        @JsonCreator
        public static Channel of(String value) {
            return VALUES.of(value);
        }
    }

    record Ticket(String id, Priority priority) {
    }

    record Batch(List<Priority> priorities) {
    }

    private static <T> T decode(String json, Class<T> type) {
        return Json.decode(json.getBytes(StandardCharsets.UTF_8), type, "test");
    }

    @Test
    void knownValueDecodesToSameConstant() {
        Ticket t = decode("{\"id\":\"t1\",\"priority\":\"HIGH\"}", Ticket.class);
        assertSame(Priority.HIGH, t.priority());
        assertTrue(t.priority().isKnown());
    }

    @Test
    void topLevelKnownValueDecodesToSameConstant() {
        assertSame(Priority.LOW, decode("\"LOW\"", Priority.class));
    }

    @Test
    void knownValueWritesRawString() {
        assertEquals("{\"id\":\"t1\",\"priority\":\"HIGH\"}", Json.write(new Ticket("t1", Priority.HIGH)));
        assertEquals("\"LOW\"", Json.write(Priority.LOW));
    }

    @Test
    void unknownValueDecodesAndKeepsRawValue() {
        Ticket t = decode("{\"id\":\"t1\",\"priority\":\"BRAND_NEW\"}", Ticket.class);
        assertFalse(t.priority().isKnown());
        assertEquals("BRAND_NEW", t.priority().value());
        assertEquals("BRAND_NEW", t.priority().toString());
        assertNotEquals(Priority.HIGH, t.priority());
    }

    @Test
    void unknownValueWritesBackRaw() {
        Ticket t = decode("{\"id\":\"t1\",\"priority\":\"BRAND_NEW\"}", Ticket.class);
        assertEquals("{\"id\":\"t1\",\"priority\":\"BRAND_NEW\"}", Json.write(t));
    }

    @Test
    void valueMatchingIsCaseSensitive() {
        Priority p = decode("\"high\"", Priority.class);
        assertFalse(p.isKnown());
        assertEquals("high", p.value());
        assertNotEquals(Priority.HIGH, p);
    }

    @Test
    void emptyStringDecodesToEmptyConstant() {
        Ticket t = decode("{\"id\":\"t1\",\"priority\":\"\"}", Ticket.class);
        assertSame(Priority.EMPTY, t.priority());
        assertTrue(t.priority().isKnown());
        assertEquals("", t.priority().value());
        assertEquals("{\"id\":\"t1\",\"priority\":\"\"}", Json.write(t));
    }

    @Test
    void jsonNullDecodesToNull() {
        Ticket t = decode("{\"id\":\"t1\",\"priority\":null}", Ticket.class);
        assertNull(t.priority());
    }

    @Test
    void listWithKnownUnknownAndEmptyDecodes() {
        Batch b = decode("{\"priorities\":[\"HIGH\",\"BRAND_NEW\",\"\",\"LOW\",\"OTHER\"]}", Batch.class);
        List<Priority> p = b.priorities();
        assertEquals(5, p.size());
        assertSame(Priority.HIGH, p.get(0));
        assertFalse(p.get(1).isKnown());
        assertEquals("BRAND_NEW", p.get(1).value());
        assertSame(Priority.EMPTY, p.get(2));
        assertSame(Priority.LOW, p.get(3));
        assertEquals("OTHER", p.get(4).value());
        assertEquals("{\"priorities\":[\"HIGH\",\"BRAND_NEW\",\"\",\"LOW\",\"OTHER\"]}", Json.write(b));
    }

    @Test
    void unknownInstancesAreEqualByValueButNotCached() {
        Priority a = Priority.of("X");
        Priority b = Priority.of("X");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotSame(a, b);
        assertFalse(a.isKnown());
        assertNotEquals(a, Priority.of("Y"));
    }

    @Test
    void unknownValuesDoNotGrowTheDeclaredValues() {
        for (int i = 0; i < 1_000; i++) {
            Priority.of("unknown-" + i);
        }
        assertEquals(List.of(Priority.HIGH, Priority.LOW, Priority.EMPTY), Priority.values());
    }

    @Test
    void ofKnownValueReturnsConstant() {
        assertSame(Priority.HIGH, Priority.of("HIGH"));
        assertSame(Priority.EMPTY, Priority.of(""));
    }

    @Test
    void equalityIsPerType() {
        assertEquals("HIGH", Channel.HIGH.value());
        assertNotEquals(Priority.HIGH, Channel.HIGH);
        assertNotEquals(Channel.HIGH, Priority.HIGH);
        assertNotEquals(Priority.of("X"), Channel.of("X"));
        assertNotEquals(Priority.HIGH, "HIGH");
    }

    @Test
    void ofNullThrowsIllegalArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Priority.of(null));
        assertEquals("value must not be null", e.getMessage());
    }

    @Test
    void declaringAValueTwiceThrowsIllegalState() {
        OpenEnumValues<Priority> values = new OpenEnumValues<>(Priority::new);
        Priority first = values.known("A");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> values.known("A"));
        assertEquals("value 'A' declared twice", e.getMessage());
        assertSame(first, values.of("A"));
        assertEquals(List.of(first), values.values());
    }

    @Test
    void valuesAreInDeclarationOrder() {
        List<Priority> values = Priority.values();
        assertEquals(3, values.size());
        assertSame(Priority.HIGH, values.get(0));
        assertSame(Priority.LOW, values.get(1));
        assertSame(Priority.EMPTY, values.get(2));
    }

    @Test
    void valuesIsUnmodifiable() {
        List<Priority> values = Priority.values();
        assertThrows(UnsupportedOperationException.class, () -> values.add(Priority.of("NEW")));
        assertThrows(UnsupportedOperationException.class, () -> values.remove(0));
    }

    @Test
    void declaredConstantsAreKnown() {
        assertTrue(Priority.HIGH.isKnown());
        assertTrue(Priority.LOW.isKnown());
        assertTrue(Priority.EMPTY.isKnown());
    }
}
