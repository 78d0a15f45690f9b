package dev.switchboard.benchmarks.jmh;

import dev.switchboard.benchmarks.baseline.HandWritten;
import dev.switchboard.benchmarks.data.IntercomData;
import dev.switchboard.benchmarks.data.LiveChatData;
import dev.switchboard.core.json.Json;
import dev.switchboard.webhooks.WebhookLimits;
import dev.switchboard.webhooks.intercom.IntercomWebhooks;
import dev.switchboard.webhooks.livechat.IncomingEvent;
import dev.switchboard.webhooks.livechat.LiveChatWebhook;
import dev.switchboard.webhooks.livechat.LiveChatWebhooks;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH view of the webhook benchmarks: time per delivery and, with {@code -prof gc}, bytes allocated per delivery
 * ({@code gc.alloc.rate.norm}), which other load on the machine does not disturb. The verdicts are the interleaved
 * ratios of {@code Main}; this is the per-operation detail.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class WebhookDecodeBench {
    private static final String LIVECHAT_SECRET = "bench-livechat-secret-7Hq2";
    private static final String INTERCOM_SECRET = "bench-intercom-client-secret";
    /** A plain mapper, as the hand-written baseline has. */
    private static final ObjectMapper TREES = new ObjectMapper();

    private LiveChatWebhooks livechat;
    private IntercomWebhooks intercom;
    private byte[] secret;
    private byte[] chat;
    private byte[] event;
    private byte[] ticket;
    private String ticketSignature;

    /** Builds the deliveries and the verifiers. */
    @Setup
    public void setUp() {
        livechat = LiveChatWebhooks.builder().secrets(LIVECHAT_SECRET).build();
        intercom = IntercomWebhooks.builder().clientSecrets(INTERCOM_SECRET).build();
        secret = LIVECHAT_SECRET.getBytes(StandardCharsets.UTF_8);
        chat = LiveChatData.incomingChat(LIVECHAT_SECRET);
        event = LiveChatData.incomingEvent(LIVECHAT_SECRET);
        ticket = IntercomData.notification("ticket.created", IntercomData.ticket(0));
        ticketSignature = IntercomWebhooks.sign(ticket, INTERCOM_SECRET);
    }

    /** @return the typed incoming_chat */
    @Benchmark
    public LiveChatWebhook sdkIncomingChat() {
        return livechat.verify(chat);
    }

    /** @return the baseline's checksum */
    @Benchmark
    public long baselineIncomingChat() throws Exception {
        return HandWritten.liveChatWebhook(chat, secret);
    }

    /** @return the incoming_event's event id, read as the suite reads it */
    @Benchmark
    public long sdkIncomingEvent() {
        IncomingEvent e = (IncomingEvent) livechat.verify(event);
        return "incoming_event".hashCode() + e.payload().event().id().hashCode();
    }

    /** @return the incoming_event parsed into the SDK's tree, nothing else: the first step of {@link #sdkIncomingEvent} */
    @Benchmark
    public Object sdkIncomingEventParseOnly() {
        return Json.object(event, "incoming_event", WebhookLimits.DEFAULT_MAX_NESTING_DEPTH);
    }

    /** @return the incoming_event parsed and decoded to its typed view, its secret not checked */
    @Benchmark
    public Object sdkIncomingEventDecodeOnly() {
        return LiveChatWebhooks.decodeWithoutVerification(event);
    }

    /** @return the incoming_event verified and decoded, no accessor read */
    @Benchmark
    public Object sdkIncomingEventVerifyOnly() {
        return livechat.verify(event);
    }

    /** @return the incoming_event as Jackson's {@code readTree} reads it: the baseline's first step */
    @Benchmark
    public Object baselineIncomingEventReadTreeOnly() throws Exception {
        return TREES.readTree(event);
    }

    /** @return the baseline's checksum */
    @Benchmark
    public long baselineIncomingEvent() throws Exception {
        return HandWritten.liveChatWebhook(event, secret);
    }

    /** @return the typed ticket.created */
    @Benchmark
    public Object sdkTicketCreated() {
        return intercom.verify(ticket, IntercomWebhooks.SIGNATURE_HEADER, ticketSignature);
    }

    /** @return the baseline's checksum */
    @Benchmark
    public long baselineTicketCreated() throws Exception {
        return HandWritten.intercomWebhook(ticket, ticketSignature, INTERCOM_SECRET);
    }
}
