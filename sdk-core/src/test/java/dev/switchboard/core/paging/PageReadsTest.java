package dev.switchboard.core.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.json.Json;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import dev.switchboard.core.spi.Headers;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A page of models is read whole from its bytes; every other page is streamed. On generated pages (records and other
 * fields of every kind, the records null, absent, of the wrong type or holding non-objects, numbers no decimal can
 * hold) and on their byte mutations, both reads give the same records, the same other fields, the same last-record
 * cursor, or the same failure.
 */
class PageReadsTest {
    private static final int PAGES = 1_500;

    /** A model viewed over its JSON, as every response model of the SDK is. */
    public static final class Rec extends JsonModel {
        /** @param json the record */
        public Rec(JsonObject json) {
            super(json);
        }

        /** @return its id */
        public String id() {
            return id("id");
        }
    }

    @Test
    void bothReadsOfAPageAgree() throws Exception {
        SplittableRandom random = new SplittableRandom(1203L);
        int agreedOnRecords = 0;
        int agreedOnFailure = 0;
        for (int i = 0; i < PAGES; i++) {
            String pointer = random.nextBoolean() ? "/data" : "/result/items";
            PageReader<Rec> reader = new PageReader<>(Json.reader(Rec.class), pointer, random.nextBoolean() ? "/id" : null);
            byte[] page = page(random, pointer);
            if (compare(reader, page)) {
                agreedOnRecords++;
            } else {
                agreedOnFailure++;
            }
            for (int m = 0; m < 3; m++) {
                if (compare(reader, mutate(page, random))) {
                    agreedOnRecords++;
                } else {
                    agreedOnFailure++;
                }
            }
        }
        assertTrue(agreedOnRecords > PAGES && agreedOnFailure > PAGES / 2,
                agreedOnRecords + " pages read alike, " + agreedOnFailure + " refused alike");
    }

    @Test
    void aPageIsReadWholeAndStreamedAlikeWhateverSurroundsTheRecords() throws Exception {
        PageReader<Rec> reader = new PageReader<>(Json.reader(Rec.class), "/result/items", "/id");
        byte[] page = ("{\"type\":\"list\",\"result\":{\"total\":1E400,\"items\":[{\"id\":7,\"x\":601.50},{\"id\":\"8\"}],"
                + "\"next\":null},\"pages\":{\"next\":\"c2\"},\"result2\":[]}").getBytes(StandardCharsets.UTF_8);
        PageReader.RawPage<Rec> read = reader.decode(200, Headers.empty(), new ByteArrayInputStream(page));
        assertEquals(List.of("7", "8"), read.items().stream().map(Rec::id).toList());
        assertEquals("{\"type\":\"list\",\"result\":{\"total\":1E400,\"next\":null},\"pages\":{\"next\":\"c2\"},\"result2\":[]}",
                Json.write(read.meta()));
        assertEquals("8", read.lastItemCursor());
        compare(reader, page);
    }

    @Test
    void aDeclaredLengthThatIsWrongChangesNothing() throws Exception {
        SplittableRandom random = new SplittableRandom(31L);
        PageReader<Rec> reader = new PageReader<>(Json.reader(Rec.class), "/data", "/id");
        int read = 0;
        for (int i = 0; i < 200; i++) {
            byte[] page = page(random, "/data");
            int n = page.length;
            for (String declared : new String[] {"" + n, "" + (n - 1), "" + (n + 1), "0", "1", "x", "-1", "",
                "99999999999999999999", "" + (16 * 1024 * 1024 + 1)}) {
                if (compare(reader, page, Headers.of(java.util.Map.of("Content-Length", List.of(declared))))) {
                    read++;
                }
            }
        }
        assertTrue(read > 600, read + " pages read");
    }

    @Test
    void aPageBeyondWhatIsReadWholeIsStreamedWithTheSameRecords() throws Exception {
        PageReader<Rec> reader = new PageReader<>(Json.reader(Rec.class), "/data", "/id");
        StringBuilder b = new StringBuilder("{\"data\":[");
        int n = 0;
        while (b.length() <= 16 * 1024 * 1024) {
            b.append(n == 0 ? "" : ",").append("{\"id\":\"r").append(n++).append("\",\"body\":\"")
                    .append("x".repeat(200)).append("\"}");
        }
        byte[] page = b.append("],\"next\":1E400}").toString().getBytes(StandardCharsets.UTF_8);
        for (Headers headers : List.of(Headers.empty(),
                Headers.of(java.util.Map.of("Content-Length", List.of(String.valueOf(page.length)))))) {
            PageReader.RawPage<Rec> read = reader.decode(200, headers, new ByteArrayInputStream(page));
            assertEquals(n, read.items().size());
            assertEquals("r" + (n - 1), read.lastItemCursor());
            assertEquals("{\"next\":1E400}", Json.write(read.meta()));
        }
    }

    /** @return whether the page gave records (else both reads failed alike) */
    private static boolean compare(PageReader<Rec> reader, byte[] page) throws Exception {
        return compare(reader, page, Headers.empty());
    }

    private static boolean compare(PageReader<Rec> reader, byte[] page, Headers headers) throws Exception {
        Object whole = read(() -> reader.decode(200, headers, new ByteArrayInputStream(page)));
        Object streamed = read(() -> reader.stream(Headers.empty(), new ByteArrayInputStream(page)));
        String doc = new String(page, StandardCharsets.UTF_8);
        if (streamed instanceof Exception s) {
            assertTrue(whole instanceof Exception, () -> "read whole, refused streamed (" + s + "): " + doc);
            assertEquals(s.getClass(), whole.getClass(), doc);
            assertEquals(s.getMessage(), ((Exception) whole).getMessage(), doc);
            return false;
        }
        assertTrue(whole instanceof PageReader.RawPage, () -> "streamed, refused whole (" + whole + "): " + doc);
        PageReader.RawPage<?> w = (PageReader.RawPage<?>) whole;
        PageReader.RawPage<?> st = (PageReader.RawPage<?>) streamed;
        assertEquals(st.items().size(), w.items().size(), doc);
        for (int i = 0; i < st.items().size(); i++) {
            assertEquals(Json.write(((Rec) st.items().get(i)).json()), Json.write(((Rec) w.items().get(i)).json()), doc);
        }
        assertEquals(Json.write(st.meta()), Json.write(w.meta()), doc);
        assertEquals(st.lastItemCursor(), w.lastItemCursor(), doc);
        return true;
    }

    private static Object read(java.util.concurrent.Callable<PageReader.RawPage<Rec>> read) {
        try {
            return read.call();
        } catch (Exception e) {
            return e;
        }
    }

    private static byte[] page(SplittableRandom r, String pointer) {
        StringBuilder b = new StringBuilder("{");
        List<String> fields = new ArrayList<>(List.of("\"type\":\"list\"", "\"total_count\":" + r.nextInt(1000),
                "\"pages\":{\"next\":" + (r.nextBoolean() ? "\"c" + r.nextInt(99) + "\"" : "null") + "}",
                "\"huge\":1E400", "\"score\":601.50"));
        String records = records(r);
        if (pointer.equals("/data")) {
            if (r.nextInt(8) != 0) {
                fields.add(r.nextInt(fields.size() + 1), "\"data\":" + records);
            }
        } else {
            String inner = switch (r.nextInt(8)) {
                case 0 -> "null";
                case 1 -> "\"items\"";
                case 2 -> "{\"total\":3}";
                default -> "{\"total\":3,\"items\":" + records + ",\"next\":" + (r.nextBoolean() ? "7" : "null") + "}";
            };
            fields.add(r.nextInt(fields.size() + 1), "\"result\":" + inner);
        }
        b.append(String.join(",", fields)).append('}');
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String records(SplittableRandom r) {
        switch (r.nextInt(10)) {
            case 0:
                return "null";
            case 1:
                return "{\"id\":1}";
            case 2:
                return "\"records\"";
            default:
                break;
        }
        List<String> out = new ArrayList<>();
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
            out.add(switch (r.nextInt(14)) {
                case 0 -> "null";
                case 1 -> "1E400";
                case 2 -> "\"rec\"";
                case 3 -> "[{\"id\":1}]";
                case 4 -> "{\"id\":" + r.nextLong() + ",\"n\":1E400}";
                case 5 -> "{\"id\":[1],\"tags\":null}";
                case 6 -> "{}";
                default -> "{\"id\":\"r" + i + "\",\"body\":\"caf\\u00e9 \u00e9 \\\"q\\\"\",\"at\":1700000000.5,\"nested\":{\"x\":[1,2.0]}}";
            });
        }
        return "[" + String.join(",", out) + "]";
    }

    private static byte[] mutate(byte[] page, SplittableRandom r) {
        byte[] b = page.clone();
        int at = r.nextInt(b.length);
        switch (r.nextInt(4)) {
            case 0 -> {
                return java.util.Arrays.copyOf(b, at);
            }
            case 1 -> b[at] = (byte) "{}[]\",:0n \u00ff".charAt(r.nextInt(11));
            case 2 -> {
                byte[] out = new byte[b.length - 1];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(b, at + 1, out, at, b.length - at - 1);
                return out;
            }
            default -> {
                if (b[at] >= '0' && b[at] <= '9') {
                    b[at] = (byte) ('0' + r.nextInt(10));
                }
            }
        }
        return b;
    }
}
