package dev.switchboard.webhooks;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.webhooks.intercom.IntercomNotification;
import dev.switchboard.webhooks.intercom.IntercomWebhooks;
import dev.switchboard.webhooks.livechat.LiveChatWebhook;
import dev.switchboard.webhooks.livechat.LiveChatWebhooks;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of LiveChat and Intercom deliveries: bytes flipped, inserted, deleted and truncated, and JSON values
 * replaced with values of other types. Whatever the input, the only exceptions are {@link WebhookDecodeException} and
 * {@link WebhookVerificationException}: never a NullPointerException, ClassCastException, StackOverflowError or
 * anything else, and a decoded delivery can always be printed and written back, and its accessors throw nothing but
 * {@link DecodeException}.
 */
class DeliveryFuzzTest {
    private static final long SEED = 0x5EB00C5L;
    private static final int BYTE_ITERATIONS = 2000;
    private static final int TREE_ITERATIONS = 1500;
    private static final String LIVECHAT_SECRET = "fixture-secret-7Hq2";
    private static final String INTERCOM_SECRET = "fuzz-client-secret";
    private static final LiveChatWebhooks LIVECHAT = LiveChatWebhooks.builder().secrets(LIVECHAT_SECRET).build();
    private static final IntercomWebhooks INTERCOM = IntercomWebhooks.builder().clientSecrets(INTERCOM_SECRET).build();

    private final List<byte[]> livechat = TestFiles.resources("livechat").map(TestFiles::resource).toList();
    private final List<byte[]> intercom = TestFiles.resources("intercom").map(TestFiles::resource).toList();
    private final List<JsonNode> livechatTrees = livechat.stream().map(b -> Json.tree(b, "fixture")).toList();
    private final List<JsonNode> intercomTrees = intercom.stream().map(b -> Json.tree(b, "fixture")).toList();
    private int decoded;
    private int rejected;

    @Test
    void mutatedAndTruncatedBytes() {
        Random random = new Random(SEED);
        for (int i = 0; i < BYTE_ITERATIONS; i++) {
            boolean lc = random.nextBoolean();
            byte[] base = pick(random, lc ? livechat : intercom);
            byte[] body = mutateBytes(base, random);
            run(lc, body, "byte iteration " + i);
        }
        assertTrue(decoded > 100 && rejected > 100, "the fuzzer must exercise both paths: " + decoded + " decoded, " + rejected
                + " rejected");
    }

    @Test
    void valuesReplacedWithOtherTypes() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < TREE_ITERATIONS; i++) {
            boolean lc = random.nextBoolean();
            List<JsonNode> trees = lc ? livechatTrees : intercomTrees;
            JsonNode tree = trees.get(random.nextInt(trees.size())).deepCopy();
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                tree = replaceRandomNode(tree, random);
            }
            run(lc, Json.writeBytes(tree), "tree iteration " + i);
        }
        assertTrue(decoded > 100 && rejected > 100, decoded + " decoded, " + rejected + " rejected");
    }

    private void run(boolean lc, byte[] body, String where) {
        if (lc) {
            if (attempt(() -> LIVECHAT.verify(body), where + " (LiveChat verify)") instanceof WebhookVerificationException) {
                // A mangled secret stops verification; decode anyway to reach the payload.
                attempt(() -> LiveChatWebhooks.decodeWithoutVerification(body), where + " (LiveChat decode)");
            }
        } else {
            String signature = IntercomWebhooks.sign(body, INTERCOM_SECRET);
            attempt(() -> INTERCOM.verify(body, "X-Hub-Signature", signature), where + " (Intercom verify)");
            attempt(() -> INTERCOM.verify(body, "X-Hub-Signature", "sha1=" + new String(body, 0, Math.min(body.length, 40),
                    StandardCharsets.ISO_8859_1)), where + " (Intercom garbage header)");
        }
    }

    /** @return the expected exception, or null when it decoded */
    private RuntimeException attempt(Supplier<Object> decode, String where) {
        try {
            Object result = decode.get();
            decoded++;
            // Whatever decoded can be printed and written back.
            if (result instanceof LiveChatWebhook w) {
                assertTrue(w.toString().length() > 0);
                Json.writeBytes(w);
                Json.writeBytes(w.rawJsonWithSecret());
                try {
                    // Every accessor, recursively: a mistyped field is a DecodeException, never anything else.
                    ((JsonModel) w).validate();
                } catch (DecodeException mistyped) {
                    // expected for mangled fields
                }
            } else if (result instanceof IntercomNotification n) {
                assertTrue(n.toString().length() > 0);
                Json.writeBytes(n);
                try {
                    n.replyingPart();
                } catch (DecodeException mistyped) {
                    // The SDK's models are views: a mistyped field of the item fails only the accessors reading it.
                }
            }
            return null;
        } catch (WebhookDecodeException | WebhookVerificationException expected) {
            rejected++;
            return expected;
        } catch (Throwable t) {
            return fail(where + " with seed " + SEED + " threw " + t, t);
        }
    }

    private static byte[] pick(Random random, List<byte[]> bodies) {
        return bodies.get(random.nextInt(bodies.size()));
    }

    private static final byte[] STRUCTURE = "{}[]\",:\\0123456789.-+eEtrufalsn \n\u00ff".getBytes(StandardCharsets.ISO_8859_1);

    static byte[] mutateBytes(byte[] base, Random random) {
        byte[] b = base.clone();
        switch (random.nextInt(7)) {
            case 0 -> { // truncate
                return java.util.Arrays.copyOf(b, random.nextInt(b.length + 1));
            }
            case 1 -> { // flip bits here and there
                int flips = 1 + random.nextInt(8);
                for (int i = 0; i < flips; i++) {
                    b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return b;
            }
            case 2 -> { // overwrite with JSON punctuation
                int n = 1 + random.nextInt(6);
                for (int i = 0; i < n; i++) {
                    b[random.nextInt(b.length)] = STRUCTURE[random.nextInt(STRUCTURE.length)];
                }
                return b;
            }
            case 3 -> { // delete a span
                int from = random.nextInt(b.length);
                int to = Math.min(b.length, from + 1 + random.nextInt(40));
                byte[] out = new byte[b.length - (to - from)];
                System.arraycopy(b, 0, out, 0, from);
                System.arraycopy(b, to, out, from, b.length - to);
                return out;
            }
            case 4 -> { // duplicate a span
                int from = random.nextInt(b.length);
                int len = Math.min(b.length - from, 1 + random.nextInt(60));
                byte[] out = new byte[b.length + len];
                System.arraycopy(b, 0, out, 0, from + len);
                System.arraycopy(b, from, out, from + len, b.length - from);
                return out;
            }
            case 5 -> { // deep nesting inserted
                int at = random.nextInt(b.length);
                int depth = 50 + random.nextInt(400);
                String open = random.nextBoolean() ? "[" : "{\"a\":";
                byte[] ins = (open.repeat(depth)).getBytes(StandardCharsets.US_ASCII);
                byte[] out = new byte[b.length + ins.length];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(ins, 0, out, at, ins.length);
                System.arraycopy(b, at, out, at + ins.length, b.length - at);
                return out;
            }
            default -> { // random bytes
                byte[] out = new byte[random.nextInt(200)];
                random.nextBytes(out);
                return out;
            }
        }
    }

    static JsonNode replaceRandomNode(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode container = containers.get(random.nextInt(containers.size()));
        JsonNode replacement = randomValue(random, 0);
        if (container instanceof ObjectNode o && o.size() > 0) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            if (random.nextInt(5) == 0) {
                o.remove(name);
            } else {
                o.set(name, replacement);
            }
        } else if (container instanceof ArrayNode a && a.size() > 0) {
            a.set(random.nextInt(a.size()), replacement);
        } else if (container == root) {
            return replacement;
        }
        return root;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
                collect(it.next(), out);
            }
        }
    }

    private static JsonNode randomValue(Random random, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (random.nextInt(depth > 2 ? 9 : 11)) {
            case 0 -> f.nullNode();
            case 1 -> f.booleanNode(random.nextBoolean());
            case 2 -> f.numberNode(random.nextInt());
            case 3 -> f.numberNode(random.nextLong());
            case 4 -> f.numberNode(new java.math.BigInteger(200, random));
            case 5 -> f.numberNode(new java.math.BigDecimal(random.nextDouble() * 1e12));
            case 6 -> f.textNode(Base64.getEncoder().encodeToString(new byte[random.nextInt(20)]));
            case 7 -> f.textNode(List.of("", "agent", "customer", "message", "filled_form", "system", "2019-12-09T12:01:18.909000Z",
                    "accepting chats", "ticket", "conversation", "job", "call", "ping").get(random.nextInt(13)));
            case 8 -> f.numberNode(-1);
            case 9 -> {
                ArrayNode a = f.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    a.add(randomValue(random, depth + 1));
                }
                yield a;
            }
            default -> {
                ObjectNode o = f.objectNode();
                for (String k : List.of("type", "id", "answer", "item", "payload", "chat").subList(0, random.nextInt(4))) {
                    o.set(k, randomValue(random, depth + 1));
                }
                yield o;
            }
        };
    }

    @Test
    void mutatorsAreDeterministic() {
        byte[] base = TestFiles.resource("livechat/incoming_chat.json");
        Map<Integer, Integer> a = new java.util.HashMap<>();
        Map<Integer, Integer> b = new java.util.HashMap<>();
        Random r1 = new Random(SEED);
        Random r2 = new Random(SEED);
        for (int i = 0; i < 20; i++) {
            a.put(i, java.util.Arrays.hashCode(mutateBytes(base, r1)));
            b.put(i, java.util.Arrays.hashCode(mutateBytes(base, r2)));
        }
        assertTrue(a.equals(b));
    }
}
