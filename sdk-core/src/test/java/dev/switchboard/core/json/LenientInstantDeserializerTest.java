package dev.switchboard.core.json;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.spi.DecodeFailures;
import dev.switchboard.core.spi.EpochSecondsSerializer;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.core.DecodeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading and writing {@link Instant}s through {@link Json}, which installs {@link LenientInstantDeserializer}. */
class LenientInstantDeserializerTest {

    record Event(@JsonProperty("created_at") Instant createdAt) {
    }

    record EpochEvent(@JsonProperty("created_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant createdAt) {
    }

    record Timeline(List<Instant> times) {
    }

    private static Instant decodeValue(String jsonValue) {
        byte[] doc = ("{\"created_at\":" + jsonValue + "}").getBytes(StandardCharsets.UTF_8);
        return Json.decode(doc, Event.class, "test").createdAt();
    }

    private static DecodeException decodeFailure(String jsonValue) {
        byte[] doc = ("{\"created_at\":" + jsonValue + "}").getBytes(StandardCharsets.UTF_8);
        return assertThrows(DecodeException.class, () -> Json.decode(doc, Event.class, "test"));
    }

    @Test
    void decodesEpochSecondsAsInt() {
        assertEquals(Instant.parse("2023-11-14T22:13:20Z"), decodeValue("1700000000"));
    }

    @Test
    void decodesEpochSecondsZero() {
        assertEquals(Instant.EPOCH, decodeValue("0"));
    }

    @Test
    void decodesEpochSecondsJustPast2038() {
        // 2^31: one second after the largest signed 32-bit epoch second.
        assertEquals(Instant.parse("2038-01-19T03:14:08Z"), decodeValue("2147483648"));
    }

    @Test
    void decodesEpochSecondsBeyond2038() {
        assertEquals(Instant.parse("2100-01-01T00:00:00Z"), decodeValue("4102444800"));
    }

    @Test
    void decodesFractionalEpochSeconds() {
        assertEquals(Instant.ofEpochSecond(1, 500_000_000), decodeValue("1.5"));
    }

    @Test
    void decodesNegativeFractionalEpochSecondsTowardThePast() {
        // -1.5 s is 1.5 s before the epoch: second -2 plus half a second.
        assertEquals(Instant.ofEpochSecond(-2, 500_000_000), decodeValue("-1.5"));
    }

    @Test
    void decodesFractionalEpochSecondsWithNanosecondPrecision() {
        assertEquals(Instant.ofEpochSecond(1700000000L, 123_456_789), decodeValue("1700000000.123456789"));
    }

    @Test
    void decodesNumericString() {
        assertEquals(Instant.ofEpochSecond(1700000000L), decodeValue("\"1700000000\""));
    }

    @Test
    void decodesFractionalNumericString() {
        assertEquals(Instant.ofEpochSecond(1700000000L, 250_000_000), decodeValue("\"1700000000.25\""));
    }

    @Test
    void decodesIsoWithZ() {
        assertEquals(Instant.ofEpochSecond(1709210096L), decodeValue("\"2024-02-29T12:34:56Z\""));
    }

    @Test
    void decodesIsoWithOffset() {
        assertEquals(Instant.parse("2024-02-29T10:34:56Z"), decodeValue("\"2024-02-29T12:34:56+02:00\""));
    }

    @Test
    void decodesIsoWithNegativeOffset() {
        assertEquals(Instant.parse("2024-03-01T02:04:56Z"), decodeValue("\"2024-02-29T21:34:56-04:30\""));
    }

    @Test
    void decodesIsoWithFraction() {
        assertEquals(Instant.ofEpochSecond(1709210096L, 789_000_000), decodeValue("\"2024-02-29T12:34:56.789Z\""));
    }

    @Test
    void decodesLocalDateTimeWithoutZoneAsUtc() {
        assertEquals(Instant.parse("2024-02-29T12:34:56Z"), decodeValue("\"2024-02-29T12:34:56\""));
    }

    @Test
    void decodesDateOnlyAsMidnightUtc() {
        assertEquals(Instant.parse("2024-02-29T00:00:00Z"), decodeValue("\"2024-02-29\""));
    }

    @Test
    void decodesEmptyStringAsNull() {
        assertNull(decodeValue("\"\""));
    }

    @Test
    void decodesBlankStringAsNull() {
        assertNull(decodeValue("\"   \""));
    }

    @Test
    void decodesJsonNullAsNull() {
        assertNull(decodeValue("null"));
    }

    @Test
    void decodesMissingFieldAsNull() {
        assertNull(Json.decode("{}".getBytes(StandardCharsets.UTF_8), Event.class, "test").createdAt());
    }

    @Test
    void decodesThroughReader() throws Exception {
        Event e = Json.reader(Event.class).readValue("{\"created_at\":\"2100-01-01T00:00:00Z\"}");
        assertEquals(Instant.ofEpochSecond(4102444800L), e.createdAt());
    }

    @Test
    void decodesEveryFormInsideAList() {
        byte[] doc = "{\"times\":[0,1.5,\"1700000000\",\"1970-01-02\",\"\"]}".getBytes(StandardCharsets.UTF_8);
        Timeline t = Json.decode(doc, Timeline.class, "test");
        assertEquals(5, t.times().size());
        assertEquals(Instant.EPOCH, t.times().get(0));
        assertEquals(Instant.ofEpochSecond(1, 500_000_000), t.times().get(1));
        assertEquals(Instant.ofEpochSecond(1700000000L), t.times().get(2));
        assertEquals(Instant.ofEpochSecond(86_400), t.times().get(3));
        assertNull(t.times().get(4));
    }

    @Test
    void garbageStringFailsAtFieldWithoutQuotingIt() {
        DecodeException e = decodeFailure("\"yesterday\"");
        assertTrue(e.location().contains("created_at"), e.location());
        assertTrue(e.location().endsWith("path $.created_at"), e.location());
        assertFalse(e.getMessage().contains("yesterday"), e.getMessage());
        assertTrue(e.getMessage().startsWith("could not decode test as Event: it does not have the expected shape at "),
                e.getMessage());
        String type = ((DecodeFailures.Withheld) e.getCause()).type();
        assertTrue(assertDoesNotThrow(() -> JsonMappingException.class.isAssignableFrom(Class.forName(type))), type);
        assertFalse(e.getCause().getMessage().contains("yesterday"), "the cause does not quote the value either");
    }

    @Test
    void booleanFailsAtField() {
        DecodeException e = decodeFailure("true");
        assertTrue(e.location().contains("created_at"), e.location());
        assertTrue(e.getMessage().contains("does not have the expected shape"), e.getMessage());
    }

    @Test
    void objectFailsAtField() {
        DecodeException e = decodeFailure("{\"seconds\":1}");
        assertTrue(e.location().contains("created_at"), e.location());
    }

    @Test
    void malformedNumericStringFails() {
        DecodeException e = decodeFailure("\"1.2.3\"");
        assertTrue(e.location().contains("created_at"), e.location());
        assertFalse(e.getMessage().contains("1.2.3"), e.getMessage());
    }

    @Test
    void dateWithInnerMinusIsNotTakenForANumber() {
        // Only a leading minus makes a numeric string; "2024-02-29" must go to the date parser.
        assertEquals(Instant.parse("2024-02-29T00:00:00Z"), decodeValue("\"2024-02-29\""));
        DecodeException e = decodeFailure("\"1-2\"");
        assertTrue(e.location().contains("created_at"), e.location());
    }

    @Test
    void epochSecondsBeyondLongRangeFail() {
        DecodeException e = decodeFailure("100000000000000000000");
        assertTrue(e.location().contains("created_at"), e.location());
        assertFalse(e.getMessage().contains("100000000000000000000"), e.getMessage());
    }

    @Test
    void epochSecondsBeyondInstantRangeFail() {
        // Fits in a long, but is past Instant.MAX (year 1000000000).
        DecodeException e = decodeFailure("99999999999999999");
        assertTrue(e.location().contains("created_at"), e.location());
    }

    @Test
    void hugeExponentIsRejectedPromptly() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            DecodeException e = decodeFailure("1e10000000");
            assertTrue(e.location().contains("created_at"), e.location());
        });
    }

    @Test
    void longNumericStringIsRejectedPromptly() {
        String digits = "1".repeat(500_000);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            DecodeException e = decodeFailure("\"" + digits + "\"");
            assertTrue(e.location().contains("created_at"), e.location());
        });
    }

    @Test
    void writesIsoText() {
        assertEquals("{\"created_at\":\"2100-01-01T00:00:00Z\"}", Json.write(new Event(Instant.ofEpochSecond(4102444800L))));
    }

    @Test
    void writesIsoTextWithFraction() {
        assertEquals("{\"created_at\":\"2024-02-29T12:34:56.789Z\"}",
                Json.write(new Event(Instant.parse("2024-02-29T12:34:56.789Z"))));
    }

    @Test
    void isoTextRoundTrips() {
        Instant t = Instant.ofEpochSecond(1709210096L, 123_456_789);
        Event back = Json.decode(Json.writeBytes(new Event(t)), Event.class, "test");
        assertEquals(t, back.createdAt());
    }

    @Test
    void epochSecondsSerializerWritesIntegerSeconds() {
        assertEquals("{\"created_at\":4102444800}", Json.write(new EpochEvent(Instant.parse("2100-01-01T00:00:00Z"))));
    }

    @Test
    void epochSecondsSerializerDropsFraction() {
        assertEquals("{\"created_at\":4102444800}",
                Json.write(new EpochEvent(Instant.ofEpochSecond(4102444800L, 999_999_999))));
    }

    @Test
    void epochSecondsSerializerOutputDecodesBack() {
        Instant t = Instant.parse("2100-01-01T00:00:00Z");
        EpochEvent back = Json.decode(Json.writeBytes(new EpochEvent(t)), EpochEvent.class, "test");
        assertEquals(t, back.createdAt());
    }
}
