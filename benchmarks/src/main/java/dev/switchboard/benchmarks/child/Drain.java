package dev.switchboard.benchmarks.child;

import dev.switchboard.benchmarks.baseline.HandWritten;
import dev.switchboard.benchmarks.harness.Allocation;
import dev.switchboard.benchmarks.suites.Sdk;
import okhttp3.OkHttpClient;

/**
 * Drains one collection in a child JVM, through the SDK's paginator or the baseline loop, and prints
 * {@code checksum=N allocated=BYTES} (the ids' hash sum; allocation counted on the main thread) on standard output.
 * Arguments: {@code sdk|baseline <collection> <baseUrl>}.
 */
public final class Drain {
    private Drain() {
    }

    /**
     * @param args the variant, the collection and the base URL
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        Collections c = Collections.valueOf(args[1]);
        long before = Allocation.current();
        long checksum;
        if (args[0].equals("sdk")) {
            try (Sdk sdk = new Sdk(args[2], null)) {
                checksum = c.drain(sdk);
            }
        } else {
            OkHttpClient http = new OkHttpClient();
            checksum = c.drain(new HandWritten(http, c.authorization()), args[2], HandWritten.idHash(c.idField()));
            http.dispatcher().executorService().shutdown();
        }
        System.out.println("checksum=" + checksum + " allocated=" + (Allocation.current() - before));
    }
}
