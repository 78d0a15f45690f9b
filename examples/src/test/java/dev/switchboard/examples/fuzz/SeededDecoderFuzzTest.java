package dev.switchboard.examples.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.switchboard.core.SwitchboardException;
import dev.switchboard.webhooks.WebhookDecodeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of every decoder within {@code mvn verify}: each target gets a time budget of mutated seeds (bytes
 * flipped, inserted, deleted, duplicated; structural characters injected; the document cut anywhere), and must only
 * ever throw the SDK's own exceptions. {@link DecoderFuzzTest} runs the same targets coverage-guided with Jazzer.
 */
class SeededDecoderFuzzTest {
    private static final Duration BUDGET = Duration.ofMillis(900);
    private static final byte[] STRUCTURAL = "{}[]\",:\\-0123456789.eE+ntrufals\u00ff\u0000 ".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void everyDecoderOnlyThrowsTheSdksExceptions() {
        Map<String, List<byte[]>> seeds = Seeds.all();
        long seed = 20261202;
        for (Map.Entry<String, Consumer<byte[]>> target : Decoders.TARGETS.entrySet()) {
            List<byte[]> starts = seeds.get(target.getKey());
            assertFalse(starts == null || starts.isEmpty(), "no seeds for " + target.getKey());
            Random random = new Random(seed++);
            long end = System.nanoTime() + BUDGET.toNanos();
            for (byte[] s : starts) {
                Decoders.check(target.getValue(), s);
            }
            while (System.nanoTime() < end) {
                byte[] input = mutate(starts.get(random.nextInt(starts.size())), random);
                Decoders.check(target.getValue(), input);
            }
        }
    }

    static byte[] mutate(byte[] seed, Random random) {
        byte[] b = seed.clone();
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits; e++) {
            if (b.length == 0) {
                b = new byte[] {STRUCTURAL[random.nextInt(STRUCTURAL.length)]};
                continue;
            }
            int at = random.nextInt(b.length);
            switch (random.nextInt(6)) {
                case 0 -> b[at] = (byte) random.nextInt(256);
                case 1 -> b[at] = STRUCTURAL[random.nextInt(STRUCTURAL.length)];
                case 2 -> b = Arrays.copyOf(b, at); // cut
                case 3 -> { // delete a span
                    int len = Math.min(b.length - at, 1 + random.nextInt(16));
                    byte[] c = new byte[b.length - len];
                    System.arraycopy(b, 0, c, 0, at);
                    System.arraycopy(b, at + len, c, at, b.length - at - len);
                    b = c;
                }
                case 4 -> { // duplicate a span
                    int len = Math.min(b.length - at, 1 + random.nextInt(64));
                    byte[] c = new byte[b.length + len];
                    System.arraycopy(b, 0, c, 0, at + len);
                    System.arraycopy(b, at, c, at + len, b.length - at);
                    b = c;
                }
                default -> { // insert a structural character
                    byte[] c = new byte[b.length + 1];
                    System.arraycopy(b, 0, c, 0, at);
                    c[at] = STRUCTURAL[random.nextInt(STRUCTURAL.length)];
                    System.arraycopy(b, at, c, at + 1, b.length - at);
                    b = c;
                }
            }
        }
        return b;
    }

    @Test
    void nestingBombsAreRejectedFast() {
        for (Map.Entry<String, Consumer<byte[]>> target : Decoders.TARGETS.entrySet()) {
            for (String open : new String[] {"[", "{\"a\":", "{\"value\":[", "{\"data\":["}) {
                byte[] bomb = open.repeat(100_000).getBytes(StandardCharsets.US_ASCII);
                assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThrows(RuntimeException.class,
                        () -> target.getValue().accept(bomb)), target.getKey());
                Decoders.check(target.getValue(), bomb);
            }
        }
    }

    @Test
    void fiveMegabyteStringsAreHandledFastWithBoundedMemory() {
        String huge = "x".repeat(5 * 1024 * 1024);
        for (Map.Entry<String, Consumer<byte[]>> target : Decoders.TARGETS.entrySet()) {
            byte[] input = ("{\"value\":[{\"id\":\"" + huge + "\"}],\"data\":[{\"id\":\"" + huge + "\"}],\"action\":\"" + huge + "\"}")
                    .getBytes(StandardCharsets.US_ASCII);
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Decoders.check(target.getValue(), input), target.getKey());
        }
        // Webhook bodies over the limit (1 MiB by default) are refused before anything is parsed.
        byte[] delivery = ("{\"action\":\"incoming_chat\",\"secret_key\":\"" + huge + "\"}").getBytes(StandardCharsets.US_ASCII);
        assertThrows(WebhookDecodeException.class, () -> Decoders.TARGETS.get("livechat-delivery").accept(delivery));
        assertThrows(SwitchboardException.class, () -> Decoders.TARGETS.get("intercom-delivery").accept(delivery));
    }
}
