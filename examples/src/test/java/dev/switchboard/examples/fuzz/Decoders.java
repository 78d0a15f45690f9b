package dev.switchboard.examples.fuzz;

import dev.switchboard.intercom.Intercom;
import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.conversations.moveworks.MoveworksDataApi;
import dev.switchboard.core.SwitchboardException;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.notifications.aloochat.AlooChat;
import dev.switchboard.notifications.suger.Suger;
import dev.switchboard.webhooks.intercom.IntercomWebhooks;
import dev.switchboard.webhooks.livechat.LiveChatWebhooks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Every list-response decoder and both webhook decoders, as fuzz targets: each takes raw bytes, decodes them the way
 * the SDK does for real (a page through the client's paginator, with the bytes answered in-process by an OkHttp
 * interceptor; a delivery through the webhook decoder), reads every record and every accessor, and writes it back.
 * The contract: it returns, or throws one of the SDK's own exceptions; nothing else ({@link #check}).
 */
final class Decoders {
    /** The body the in-process server answers next; one fuzzing thread at a time. */
    private static final ThreadLocal<byte[]> NEXT = new ThreadLocal<>();
    private static final OkHttpClient ANSWERS = new OkHttpClient.Builder().addInterceptor(chain -> new Response.Builder()
            .request(chain.request()).protocol(Protocol.HTTP_1_1).code(200).message("OK")
            .body(ResponseBody.create(NEXT.get(), MediaType.get("application/json"))).build()).build();
    private static final String BASE = "http://fuzz.invalid";

    // Users pages are paced 2 s apart by default (real waits here): the fuzzer calls thousands of times.
    private static final MoveworksDataApi MOVEWORKS = MoveworksDataApi.builder().baseUrl(BASE).apiKey("k").okHttpClient(ANSWERS)
            .retryPolicy(dev.switchboard.core.retry.RetryPolicy.none()).usersPageInterval(java.time.Duration.ZERO).build();
    private static final Intercom INTERCOM = Intercom.builder().baseUrl(BASE).accessToken("t")
            .okHttpClient(ANSWERS).retryPolicy(dev.switchboard.core.retry.RetryPolicy.none()).build();
    private static final Suger SUGER = Suger.builder().baseUrl(BASE).apiKey("k").organizationId("o")
            .okHttpClient(ANSWERS).retryPolicy(dev.switchboard.core.retry.RetryPolicy.none()).build();
    private static final AlooChat ALOOCHAT = AlooChat.builder().baseUrl(BASE).apiKey("k").okHttpClient(ANSWERS)
            .withoutRateLimit().retryPolicy(dev.switchboard.core.retry.RetryPolicy.none()).build();

    /** The targets by name; each reads one page (the first) or one delivery. */
    static final Map<String, Consumer<byte[]>> TARGETS = targets();

    private Decoders() {
    }

    private static Map<String, Consumer<byte[]>> targets() {
        Map<String, Consumer<byte[]>> t = new LinkedHashMap<>();
        t.put("moveworks-conversations", b -> page(b, () -> MOVEWORKS.conversations().list().firstPage().items()));
        t.put("moveworks-interactions", b -> page(b, () -> MOVEWORKS.interactions().list().firstPage().items()));
        t.put("moveworks-plugin-resources", b -> page(b, () -> MOVEWORKS.pluginResources().list().firstPage().items()));
        t.put("moveworks-users", b -> page(b, () -> MOVEWORKS.users().list().firstPage().items()));
        t.put("intercom-conversations", b -> page(b, () -> INTERCOM.conversations().list().firstPage().items()));
        t.put("intercom-calls", b -> page(b, () -> INTERCOM.calls().list().firstPage().items()));
        t.put("suger-events", b -> page(b, () -> SUGER.events().list().firstPage().items()));
        t.put("suger-messages", b -> page(b, () -> SUGER.messages().list().firstPage().items()));
        t.put("aloochat-notifications", b -> page(b, () -> ALOOCHAT.notifications().list().firstPage().items()));
        t.put("livechat-delivery", b -> read(LiveChatWebhooks.decodeWithoutVerification(b)));
        t.put("intercom-delivery", b -> read(IntercomWebhooks.decodeWithoutVerification(b)));
        return t;
    }

    private static void page(byte[] body, java.util.function.Supplier<java.util.List<?>> fetch) {
        NEXT.set(body);
        try {
            for (Object record : fetch.get()) {
                read(record);
            }
        } finally {
            NEXT.remove();
        }
    }

    /** Reads everything a caller could: every accessor (validate), the JSON written back, the text form. */
    private static void read(Object model) {
        if (model instanceof JsonModel m) {
            try {
                m.validate();
            } catch (dev.switchboard.core.DecodeException mistyped) {
                // a field of another type than declared: reported, as it should be
            }
            Json.write(m);
            String.valueOf(m);
        }
    }

    /**
     * @param target a target
     * @param input raw bytes
     * @throws AssertionError if the decoder fails with anything but one of the SDK's exceptions
     */
    static void check(Consumer<byte[]> target, byte[] input) {
        try {
            target.accept(input);
        } catch (SwitchboardException expected) {
            // the contract: malformed input is one of our typed exceptions
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            AssertionError failure = new AssertionError("a decoder threw " + e.getClass().getName() + " for "
                    + input.length + " bytes: " + preview(input));
            failure.initCause(e);
            throw failure;
        }
    }

    private static String preview(byte[] input) {
        String s = new String(input, 0, Math.min(input.length, 300), java.nio.charset.StandardCharsets.UTF_8);
        return s.replaceAll("[\\p{Cntrl}]", "?");
    }
}
