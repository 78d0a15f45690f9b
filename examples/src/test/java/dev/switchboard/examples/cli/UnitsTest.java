package dev.switchboard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The small parts: option parsing, masking, the record sink and the outcome types. */
class UnitsTest {
    private static final OptionParser PARSER = OptionParser.builder()
            .option("--one", OptionParser.Kind.VALUE)
            .option("--many", OptionParser.Kind.REPEATED)
            .option("--flag", OptionParser.Kind.FLAG)
            .build();

    @Test
    void optionParserSplitsPositionalsValuesAndFlags() {
        OptionParser.ParsedArgs a = PARSER.parse(List.of("x", "--one", "1", "--many=a", "y", "--flag", "--many", "-b", "--",
                "--one"));
        assertEquals(List.of("x", "y", "--one"), a.positionals());
        assertEquals("1", a.value("--one"));
        assertEquals(List.of("a", "-b"), a.all("--many"));
        assertTrue(a.has("--flag"));
        assertFalse(a.help());
        assertEquals(List.of(), a.all("--nothing"));
    }

    @Test
    void optionParserErrors() {
        assertEquals("option --one given twice",
                assertThrows(UsageException.class, () -> PARSER.parse(List.of("--one", "1", "--one=2"))).getMessage());
        assertEquals("option --one needs a value",
                assertThrows(UsageException.class, () -> PARSER.parse(List.of("--one", "--flag"))).getMessage());
        assertEquals("option --flag takes no value",
                assertThrows(UsageException.class, () -> PARSER.parse(List.of("--flag=1"))).getMessage());
        assertEquals("unknown option '--two' (try --help)",
                assertThrows(UsageException.class, () -> PARSER.parse(List.of("--two=secret"))).getMessage());
        assertTrue(PARSER.parse(List.of("--two", "-h")).help());
    }

    @Test
    void scrubberMasksLongestFirstAndIgnoresShortValues() {
        Scrubber s = Scrubber.of(Map.of("SUGER_API_KEY", "abcd", "ALOOCHAT_API_KEY", "abcdefgh", "MOVEWORKS_API_KEY", "xyz",
                "HOME", "/home/user"), List.of("extra-secret"));
        assertEquals("*** and *** and xyz and /home/user and ***",
                s.scrub("abcdefgh and abcd and xyz and /home/user and extra-secret"));
        assertEquals(null, s.scrub(null));
    }

    @Test
    void errorLinesAreOneLine() {
        assertEquals("a b  c", ErrorReporter.oneLine("a\nb\r\n c\t"));
        assertEquals("IllegalStateException", ErrorReporter.messageOf(new IllegalStateException()));
    }

    @Test
    void recordSinkWritesUtf8LinesAndStopsAtMax() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // A PrintStream with a charset that cannot encode the text: the sink must still write UTF-8.
        RecordSink sink = new RecordSink(new PrintStream(bytes, true, StandardCharsets.US_ASCII), OptionalLong.of(2));
        assertFalse(sink.full());
        sink.accept(Map.of("name", "Zoë"));
        sink.accept(List.of(1, 2));
        assertTrue(sink.full());
        sink.accept(Map.of("ignored", true));
        sink.close();
        assertEquals(2, sink.count());
        assertEquals("{\"name\":\"Zoë\"}\n[1,2]\n", bytes.toString(StandardCharsets.UTF_8));
        assertThrows(NullPointerException.class, () -> sink.accept(null));
        assertThrows(IllegalArgumentException.class, () -> new RecordSink(System.out, OptionalLong.of(0)));
    }

    @Test
    void recordSinkWithoutMaxIsNeverFull() {
        RecordSink sink = new RecordSink(new PrintStream(new ByteArrayOutputStream()), OptionalLong.empty());
        for (int i = 0; i < 1000; i++) {
            sink.accept(i);
        }
        assertFalse(sink.full());
        assertEquals(1000, sink.count());
    }

    @Test
    void recordSinkStopsSoonAfterTheOutputBreaksWithoutFlushingEachRecord() {
        int[] flushes = {0};
        java.io.OutputStream closedPipe = new java.io.OutputStream() {
            private long written;

            @Override
            public void write(int b) throws java.io.IOException {
                if (++written > 10_000) {
                    throw new java.io.IOException("Broken pipe");
                }
            }

            @Override
            public void flush() {
                flushes[0]++;
            }
        };
        RecordSink sink = new RecordSink(new PrintStream(new java.io.BufferedOutputStream(closedPipe, 512), false,
                StandardCharsets.UTF_8), OptionalLong.empty());
        int accepted = 0;
        while (!sink.full() && accepted < 100_000) {
            sink.accept(Map.of("id", accepted));
            accepted++;
        }
        assertTrue(sink.broken());
        assertEquals(RecordSink.CHECK_EVERY, accepted, "the broken output is noticed at the next check");
        assertEquals(RecordSink.CHECK_EVERY - 1, sink.count());
        assertTrue(flushes[0] <= 2, "two checks, two flushes; not one per record: " + flushes[0]);
    }

    @Test
    void outcomes() {
        DecodeOutcome d = DecodeOutcome.decoded("chat_started", new UnitsTest());
        assertEquals(new DecodeOutcome.Decoded("chat_started", "UnitsTest", ((DecodeOutcome.Decoded) d).event()), d);
        assertEquals(new DecodeOutcome.Rejected("decode", "m"), DecodeOutcome.undecodable("m"));
        assertEquals(new DecodeOutcome.Rejected("verification", "m"), DecodeOutcome.unverified("m"));
        assertThrows(IllegalArgumentException.class, () -> new DecodeOutcome.Rejected("other", "m"));
        assertThrows(NullPointerException.class, () -> new DecodeOutcome.Decoded(null, "T", "e"));
    }

    @Test
    void versionIsNeverBlank() {
        String v = CliVersion.get();
        assertFalse(v.isBlank());
        assertFalse(v.contains("${"));
    }
}
