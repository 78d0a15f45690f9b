package dev.switchboard.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.switchboard.core.DecodeException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link JsonBytes} against the Jackson path it stands in front of: on generated documents (every value kind, numbers at
 * every boundary, every escape, every UTF-8 length, random spacing) and on their random mutations, whenever the fast path
 * gives a tree, Jackson's path gives the same tree (same node and leaf classes, same key order, same text) and never
 * refuses the document; and on the well-formed documents the fast path does read them, so it cannot silently stop
 * being used.
 */
class JsonBytesParityTest {
    private static final int DOCUMENTS = 4_000;
    private static final int MUTATIONS_PER_DOCUMENT = 8;

    @Test
    void readsEveryWellFormedDocumentAsJacksonDoes() {
        SplittableRandom random = new SplittableRandom(20261203L);
        for (int i = 0; i < DOCUMENTS; i++) {
            Gen gen = new Gen(random.split(), false);
            byte[] doc = gen.document();
            JsonObject fast = JsonBytes.object(doc, Json.MAX_NESTING_DEPTH);
            assertNotNull(fast, () -> "the fast path gave up on a well-formed document: " + show(doc));
            assertSameTree(Json.objectThroughJackson(doc, "doc", Json.MAX_NESTING_DEPTH, JsonObject.class), fast, doc);
        }
    }

    @Test
    void neverAcceptsWhatJacksonRefusesNorReadsItDifferently() {
        SplittableRandom random = new SplittableRandom(77L);
        int read = 0;
        int total = 0;
        for (int i = 0; i < DOCUMENTS; i++) {
            Gen gen = new Gen(random.split(), true);
            byte[] doc = gen.document();
            check(doc, Json.MAX_NESTING_DEPTH);
            for (int m = 0; m < MUTATIONS_PER_DOCUMENT; m++) {
                byte[] mutated = mutate(doc, random);
                int depth = random.nextInt(4) == 0 ? 1 + random.nextInt(8) : Json.MAX_NESTING_DEPTH;
                if (check(mutated, depth)) {
                    read++;
                }
                total++;
            }
        }
        // Some mutations keep the document well formed (a digit for a digit, a space for a space): those are read.
        assertTrue(read > total / 50, "the fast path read only " + read + " of " + total + " mutated documents");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", " ", "{", "}", "{}", " {} ", "[]", "\"s\"", "1", "null", "{} {}", "{} x", "{}\u0000", "{\"a\"}", "{\"a\":}",
        "{\"a\":1,}", "{,}", "{\"a\":1 \"b\":2}", "{\"a\":[1,]}", "{\"a\":[,1]}", "{\"a\":01}", "{\"a\":-01}",
        "{\"a\":1.}", "{\"a\":.5}", "{\"a\":-}", "{\"a\":1e}", "{\"a\":1e+}", "{\"a\":+1}", "{\"a\":1.5.3}",
        "{\"a\":0x1}", "{\"a\":1true}", "{\"a\":tru}", "{\"a\":nul}", "{\"a\":truex}", "{\"a\":NaN}",
        "{\"a\":Infinity}", "{\"a\":-Infinity}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12G4\"}", "{\"a\":\"\\u12\"}",
        "{\"a\":\"tab\there\"}", "{\"a\":\"unclosed}", "{\"a\":1,\"a\":2}", "{\"a\":{\"b\":1,\"b\":{}}}",
        "{'a':1}", "{a:1}", "{\"a\":1}//", "{\"a\":1}/* */", "{\"a\":-0}", "{\"a\":-0.0}", "{\"a\":0}",
        "{\"a\":2147483647,\"b\":2147483648,\"c\":-2147483648,\"d\":-2147483649}",
        "{\"a\":9223372036854775807,\"b\":9223372036854775808,\"c\":-9223372036854775808,\"d\":-9223372036854775809}",
        "{\"a\":99999999999999999999,\"b\":1E400,\"c\":1e-400,\"d\":12.50,\"e\":1e2}",
        "{\"\\u0061\":1,\"a\":2}", "{\"\":\"\",\"\\\"\":\"\\\\\"}", "{\"a\":\"\\ud83d\\ude00 \\uD800 \\/\"}",
    })
    void handWrittenEdgesAgree(String json) {
        check(json.getBytes(StandardCharsets.UTF_8), Json.MAX_NESTING_DEPTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "efbbbf7b7d", "7b0022", "007b007d", "7b007d00", "fffe7b007d00", "feff007b007d",
        "7b2261223a22c080227d", "7b2261223a22c3a9227d", "7b2261223a22e0808022 7d", "7b2261223a22eda08022 7d",
        "7b2261223a22f09f988022 7d", "7b2261223a22f4908080227d", "7b2261223a22f5808080227d", "7b2261223a2280227d",
        "7b2261223a22c3227d", "7b2261223a22e282227d", "7b2261223a22ff227d", "7bc3a93a317d", "7b22c3a9223a317d",
        "7b2261223a317dc3a9", "7b2261223a7f7d", "7b2261223a227f227d",
    })
    void encodingEdgesAgree(String hex) {
        check(HexFormat.of().parseHex(hex.replace(" ", "")), Json.MAX_NESTING_DEPTH);
    }

    @Test
    void nestingAtAndBeyondTheLimitAgrees() {
        for (int depth : new int[] {1, 2, 5, 199, 200}) {
            for (int levels = depth - 1; levels <= depth + 1; levels++) {
                String open = "{\"a\":".repeat(Math.max(0, levels - 1));
                String close = "}".repeat(Math.max(0, levels - 1));
                byte[] doc = (open + "{}" + close).getBytes(StandardCharsets.UTF_8);
                boolean read = check(doc, depth);
                assertEquals(levels <= depth, read, "depth " + depth + ", " + levels + " levels");
                byte[] arrays = ("{\"a\":" + "[".repeat(Math.max(0, levels - 1)) + "]".repeat(Math.max(0, levels - 1)) + "}")
                        .getBytes(StandardCharsets.UTF_8);
                check(arrays, depth);
            }
        }
    }

    @Test
    void aWideObjectIsReadInLinearTimeAndARepeatAmongItsKeysStillFound() {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < 100_000; i++) {
            b.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
        }
        byte[] wide = (b + "}").getBytes(StandardCharsets.UTF_8);
        byte[] repeated = (b + ",\"k31\":0}").getBytes(StandardCharsets.UTF_8);
        byte[] repeatedLate = (b + ",\"k99999\":0}").getBytes(StandardCharsets.UTF_8);
        // A scan per key would take minutes here (5 * 10^9 comparisons); a set takes milliseconds.
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
            assertEquals(100_000, JsonBytes.object(wide, 200).size());
            assertNull(JsonBytes.object(repeated, 200));
            assertNull(JsonBytes.object(repeatedLate, 200));
        });
        for (byte[] doc : new byte[][] {wide, repeated}) {
            assertEquals(Json.write(Json.objectThroughJackson(doc, "doc", 200, JsonObject.class)), Json.write(Json.object(doc, "doc")));
        }
    }

    @Test
    void keysAreTheInternedStringsCodeCompares() {
        JsonObject o = JsonBytes.object("{\"payload\":{\"event\":1},\"caf\\u00e9\":2}".getBytes(StandardCharsets.UTF_8), 200);
        assertNotNull(o);
        assertSame("payload", o.keyAt(0));
        assertSame("event", ((JsonObject) o.rawAt(0)).keyAt(0));
        assertSame("caf\u00e9".intern(), o.keyAt(1));
        JsonObject again = JsonBytes.object("{\"payload\":2}".getBytes(StandardCharsets.UTF_8), 200);
        assertSame("payload", again.keyAt(0)); // from the thread's table this time
    }

    @Test
    void aRepeatedKeyGoesThroughJacksonWhichKeepsItsFirstPlaceAndLastValue() {
        byte[] doc = "{\"a\":1,\"b\":2,\"a\":3}".getBytes(StandardCharsets.UTF_8);
        assertNull(JsonBytes.object(doc, 200));
        assertEquals("{\"a\":3,\"b\":2}", Json.write(Json.object(doc, "doc")));
    }

    @Test
    void noValueOfADocumentStaysReachableFromTheThreadAfterIt() throws Exception {
        JsonBytes.object("{\"a\":{\"b\":[\"kept?\"]}}".getBytes(StandardCharsets.UTF_8), 200);
        java.lang.reflect.Field f = JsonBytes.class.getDeclaredField("READERS");
        f.setAccessible(true);
        JsonBytes reader = ((ThreadLocal<JsonBytes>) f.get(null)).get();
        java.lang.reflect.Field s = JsonBytes.class.getDeclaredField("scratch");
        s.setAccessible(true);
        TreeScratch scratch = (TreeScratch) s.get(reader);
        for (Object[][] buffers : new Object[][][] {scratch.values, scratch.elements}) {
            for (Object[] level : buffers) {
                if (level != null) {
                    for (Object v : level) {
                        assertNull(v);
                    }
                }
            }
        }
    }

    /** @return whether the fast path read the document */
    private static boolean check(byte[] doc, int depth) {
        JsonObject fast;
        try {
            fast = JsonBytes.object(doc, depth);
        } catch (RuntimeException e) {
            throw new AssertionError("the fast path threw on " + show(doc), e);
        }
        Object reference;
        try {
            reference = Json.objectThroughJackson(doc, "doc", depth, JsonObject.class);
        } catch (DecodeException e) {
            reference = e;
        }
        if (fast == null) {
            return false;
        }
        if (!(reference instanceof JsonObject expected)) {
            fail("the fast path read what Jackson refuses (" + reference + "): " + show(doc));
            return false;
        }
        assertSameTree(expected, fast, doc);
        return true;
    }

    private static void assertSameTree(JsonObject expected, JsonObject actual, byte[] doc) {
        String problem = difference(expected, actual, "$");
        if (problem != null) {
            fail(problem + " in " + show(doc));
        }
        assertEquals(Json.write(expected), Json.write(actual));
    }

    private static String difference(Object expected, Object actual, String path) {
        if (expected == null || actual == null) {
            return expected == actual ? null : path + ": " + expected + " vs " + actual;
        }
        if (expected.getClass() != actual.getClass()) {
            return path + ": " + expected.getClass().getSimpleName() + " vs " + actual.getClass().getSimpleName();
        }
        if (expected instanceof JsonObject e) {
            JsonObject a = (JsonObject) actual;
            if (e.size() != a.size()) {
                return path + ": " + e.size() + " keys vs " + a.size();
            }
            for (int i = 0; i < e.size(); i++) {
                if (!e.keyAt(i).equals(a.keyAt(i))) {
                    return path + ": key " + i + " is " + e.keyAt(i) + " vs " + a.keyAt(i);
                }
                if (a.keyAt(i) != a.keyAt(i).intern()) {
                    return path + ": key " + a.keyAt(i) + " is not interned";
                }
                String d = difference(e.rawAt(i), a.rawAt(i), path + "." + e.keyAt(i));
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (expected instanceof JsonArray e) {
            JsonArray a = (JsonArray) actual;
            if (e.size() != a.size()) {
                return path + ": " + e.size() + " elements vs " + a.size();
            }
            for (int i = 0; i < e.size(); i++) {
                String d = difference(e.rawAt(i), a.rawAt(i), path + "[" + i + "]");
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (expected instanceof RawNumber e) {
            RawNumber a = (RawNumber) actual;
            return e.text.equals(a.text) && e.integral == a.integral ? null
                    : path + ": " + e.text + "/" + e.integral + " vs " + a.text + "/" + a.integral;
        }
        return expected.equals(actual) ? null : path + ": " + expected + " vs " + actual;
    }

    private static final byte[] INTERESTING = "{}[]\":,\\ \t\n\r0123456789-+.eEtfnaux/"
            .getBytes(StandardCharsets.ISO_8859_1);
    private static final int[] HIGH = {0x00, 0x01, 0x1f, 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xc3, 0xdf, 0xe0, 0xed, 0xef, 0xf0,
        0xf4, 0xf5, 0xfe, 0xff};

    private static byte[] mutate(byte[] doc, SplittableRandom r) {
        byte[] b = doc;
        int edits = 1 + r.nextInt(3);
        for (int e = 0; e < edits && b.length > 0; e++) {
            int at = r.nextInt(b.length);
            byte value = r.nextBoolean() ? INTERESTING[r.nextInt(INTERESTING.length)] : (byte) HIGH[r.nextInt(HIGH.length)];
            switch (r.nextInt(6)) {
                case 0 -> b = splice(b, at, 1, new byte[0]); // delete
                case 1 -> b = splice(b, at, 0, new byte[] {value}); // insert
                case 2 -> b = splice(b, at, 1, new byte[] {value}); // replace
                case 3 -> b = java.util.Arrays.copyOf(b, at); // truncate
                case 4 -> { // repeat a short range
                    int len = Math.min(b.length - at, 1 + r.nextInt(12));
                    b = splice(b, at, 0, java.util.Arrays.copyOfRange(b, at, at + len));
                }
                default -> { // a digit for a digit, a space for a space: often still well formed
                    if (b[at] >= '0' && b[at] <= '9') {
                        b = splice(b, at, 1, new byte[] {(byte) ('0' + r.nextInt(10))});
                    } else if (b[at] == ' ') {
                        b = splice(b, at, 1, new byte[] {(byte) "\t\n\r ".charAt(r.nextInt(4))});
                    }
                }
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        byte[] out = new byte[b.length - remove + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
        return out;
    }

    private static String show(byte[] doc) {
        return HexFormat.of().formatHex(doc) + " (" + new String(doc, StandardCharsets.UTF_8) + ")";
    }

    /** Writes a random document, spacing and escapes chosen at random; with {@code repeats}, sometimes a repeated key. */
    private static final class Gen {
        private static final String[] KEYS = {"id", "type", "payload", "event", "chat_id", "created_at", "a", "b", "",
            "caf\u00e9", "\u65e5\u672c", "\ud83d\udce6", "quote\"d", "back\\slash", "tab\t", "slash/", "x".repeat(40)};
        private static final String[] NUMBERS = {"0", "-0", "1", "-1", "7", "127", "128", "-128", "-129", "2147483647",
            "2147483648", "-2147483648", "-2147483649", "4294967296", "9007199254740993", "9223372036854775807",
            "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "18446744073709551616",
            "123456789012345678901234567890", "0.0", "-0.0", "601.50", "1e2", "1E2", "1e+2", "1e-2", "-1.5E-300",
            "1E400", "1e-400", "0.1", "3.14159265358979323846264338327950288"};

        private final SplittableRandom r;
        private final boolean repeats;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Gen(SplittableRandom r, boolean repeats) {
            this.r = r;
            this.repeats = repeats;
        }

        byte[] document() {
            space();
            object(0);
            space();
            return out.toByteArray();
        }

        private void space() {
            int n = r.nextInt(8) == 0 ? 1 + r.nextInt(3) : 0;
            for (int i = 0; i < n; i++) {
                out.write(" \t\n\r".charAt(r.nextInt(4)));
            }
        }

        private void value(int depth) {
            int kind = r.nextInt(depth > 4 ? 6 : 9);
            switch (kind) {
                case 0, 1 -> string(randomString(true));
                case 2 -> write(NUMBERS[r.nextInt(NUMBERS.length)]);
                case 3 -> write(Long.toString(r.nextLong()));
                case 4 -> write(r.nextBoolean() ? "true" : r.nextBoolean() ? "false" : "null");
                case 5 -> write(Integer.toString(r.nextInt()));
                case 6 -> array(depth + 1);
                default -> object(depth + 1);
            }
        }

        private void object(int depth) {
            out.write('{');
            space();
            int n = r.nextInt(7);
            List<String> used = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    out.write(',');
                    space();
                }
                String key;
                do {
                    key = r.nextInt(4) == 0 ? randomString(repeats) : KEYS[r.nextInt(KEYS.length)];
                } while (used.contains(key) && !(repeats && r.nextInt(10) == 0));
                used.add(key);
                string(key);
                space();
                out.write(':');
                space();
                value(depth);
                space();
            }
            out.write('}');
        }

        private void array(int depth) {
            out.write('[');
            space();
            int n = r.nextInt(5);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    out.write(',');
                    space();
                }
                value(depth);
                space();
            }
            out.write(']');
        }

        /** @param lone whether a lone surrogate may be in it: Jackson refuses one in a key, not in a value */
        private String randomString(boolean lone) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(12);
            for (int i = 0; i < n; i++) {
                switch (r.nextInt(8)) {
                    case 0 -> b.append((char) r.nextInt(0x20)); // control: escaped when written
                    case 1 -> b.append("\"\\/".charAt(r.nextInt(3)));
                    case 2 -> b.append((char) (0x80 + r.nextInt(0x780))); // two UTF-8 bytes
                    case 3 -> b.append((char) (0x800 + r.nextInt(0xD800 - 0x800))); // three
                    case 4 -> b.appendCodePoint(0x10000 + r.nextInt(0x100000)); // four
                    case 5 -> b.append(lone ? (char) (0xD800 + r.nextInt(0x800)) : 'z'); // escaped when written
                    default -> b.append((char) (0x20 + r.nextInt(0x5f)));
                }
            }
            return b.toString();
        }

        private void string(String s) {
            out.write('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                        && Character.isLowSurrogate(s.charAt(i + 1)));
                if (c == '"' || c == '\\') {
                    write(r.nextInt(4) == 0 ? unicode(c) : "\\" + c);
                } else if (c < 0x20) {
                    String shortForm = switch (c) {
                        case '\b' -> "\\b";
                        case '\f' -> "\\f";
                        case '\n' -> "\\n";
                        case '\r' -> "\\r";
                        case '\t' -> "\\t";
                        default -> null;
                    };
                    write(shortForm != null && r.nextBoolean() ? shortForm : unicode(c));
                } else if (lone || r.nextInt(10) == 0) {
                    write(unicode(c)); // an escape for any character, a surrogate pair as two
                } else if (c == '/' && r.nextBoolean()) {
                    write("\\/");
                } else if (Character.isHighSurrogate(c)) {
                    out.writeBytes(s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8));
                    i++;
                } else {
                    out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                }
            }
            out.write('"');
        }

        private String unicode(char c) {
            String hex = String.format("%04x", (int) c);
            return "\\u" + (r.nextBoolean() ? hex : hex.toUpperCase(java.util.Locale.ROOT));
        }

        private void write(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        }
    }
}
