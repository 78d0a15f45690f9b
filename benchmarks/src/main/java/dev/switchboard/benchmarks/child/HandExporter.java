package dev.switchboard.benchmarks.child;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.switchboard.benchmarks.baseline.HandWritten;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import okhttp3.OkHttpClient;

/**
 * The hand-written exporter the CLI is measured against: OkHttp, Jackson's streaming parser, one {@code JsonNode}
 * per record, one JSON line per record through a single generator over a 64 KiB buffered stdout.
 * Arguments: {@code <collection> <baseUrl>}.
 */
public final class HandExporter {
    private HandExporter() {
    }

    /**
     * @param args the collection (a {@link Collections} name) and the base URL
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        Collections c = Collections.valueOf(args[0]);
        OkHttpClient http = new OkHttpClient();
        HandWritten hand = new HandWritten(http, c.authorization());
        long count;
        try (OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
                JsonGenerator gen = HandWritten.MAPPER.createGenerator(out)) {
            gen.setRootValueSeparator(new SerializedString("\n"));
            count = c.drain(hand, args[1], HandWritten.lines(gen));
            gen.writeRaw('\n');
        }
        System.err.println("exported " + count);
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
