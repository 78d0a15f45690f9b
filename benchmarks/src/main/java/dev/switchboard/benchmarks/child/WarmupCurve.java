package dev.switchboard.benchmarks.child;

import dev.switchboard.benchmarks.baseline.HandWritten;
import dev.switchboard.benchmarks.data.IntercomData;
import dev.switchboard.benchmarks.data.LiveChatData;
import dev.switchboard.benchmarks.harness.Op;
import dev.switchboard.benchmarks.suites.Sdk;
import dev.switchboard.webhooks.intercom.IntercomWebhooks;
import dev.switchboard.webhooks.livechat.IncomingChat;
import dev.switchboard.webhooks.livechat.LiveChatWebhooks;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * How fast a fresh JVM reaches full speed: runs one operation in a loop for a few seconds and prints the operations
 * completed in each 100 ms window, one number per line. Arguments: {@code <op> sdk|baseline <seconds>}, where op is
 * {@code livechat} (verify + decode incoming_chat), {@code intercom} (verify + decode ticket.created) or
 * {@code call} (GET /tickets/{id} answered in-process by an interceptor).
 */
public final class WarmupCurve {
    private static final String SECRET = "bench-livechat-secret-7Hq2";

    private WarmupCurve() {
    }

    /**
     * @param args the operation, the variant and the duration in seconds
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        boolean sdk = args[1].equals("sdk");
        Op op = switch (args[0]) {
            case "livechat" -> liveChat(sdk);
            case "intercom" -> intercom(sdk);
            case "call" -> call(sdk);
            default -> throw new IllegalArgumentException(args[0]);
        };
        long end = System.nanoTime() + Long.parseLong(args[2]) * 1_000_000_000L;
        long windowEnd = System.nanoTime() + 100_000_000L;
        long count = 0;
        long sink = 0;
        StringBuilder out = new StringBuilder();
        while (true) {
            sink += op.run();
            count++;
            long now = System.nanoTime();
            if (now >= windowEnd) {
                out.append(count).append('\n');
                count = 0;
                windowEnd += 100_000_000L;
                if (now >= end) {
                    break;
                }
            }
        }
        System.out.print(out);
        System.err.println("sink " + sink);
        System.exit(0);
    }

    private static Op liveChat(boolean sdk) {
        byte[] body = LiveChatData.incomingChat(SECRET);
        byte[] secret = SECRET.getBytes(StandardCharsets.UTF_8);
        LiveChatWebhooks webhooks = LiveChatWebhooks.builder().secrets(SECRET).build();
        return sdk ? () -> ((IncomingChat) webhooks.verify(body)).payload().chat().id().hashCode()
                : () -> HandWritten.liveChatWebhook(body, secret);
    }

    private static Op intercom(boolean sdk) {
        String secret = "bench-intercom-client-secret";
        byte[] body = IntercomData.notification("ticket.created", IntercomData.ticket(0));
        String signature = IntercomWebhooks.sign(body, secret);
        IntercomWebhooks webhooks = IntercomWebhooks.builder().clientSecrets(secret).build();
        return sdk ? () -> webhooks.verify(body, IntercomWebhooks.SIGNATURE_HEADER, signature).topic().value().hashCode()
                : () -> HandWritten.intercomWebhook(body, signature, secret);
    }

    private static Op call(boolean sdk) {
        byte[] ticket = IntercomData.ticketBytes(0);
        OkHttpClient http = new OkHttpClient.Builder().addInterceptor(chain -> new Response.Builder().request(chain.request())
                .protocol(Protocol.HTTP_1_1).code(200).message("OK").header("Content-Type", "application/json")
                .body(ResponseBody.create(ticket, MediaType.get("application/json"))).build()).build();
        if (sdk) {
            Sdk clients = new Sdk("http://in-process.invalid", http);
            return () -> clients.getTicket("642");
        }
        HandWritten hand = new HandWritten(http, "Bearer " + Sdk.TOKEN);
        return () -> hand.getTicket("http://in-process.invalid", "642");
    }
}
