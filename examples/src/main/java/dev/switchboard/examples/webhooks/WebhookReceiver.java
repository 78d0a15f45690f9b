package dev.switchboard.examples.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.switchboard.core.json.Json;
import dev.switchboard.webhooks.Deduplicator;
import dev.switchboard.webhooks.WebhookDecodeException;
import dev.switchboard.webhooks.WebhookDispatcher;
import dev.switchboard.webhooks.WebhookHeaders;
import dev.switchboard.webhooks.WebhookVerificationException;
import dev.switchboard.webhooks.intercom.IntercomNotification;
import dev.switchboard.webhooks.intercom.IntercomWebhooks;
import dev.switchboard.webhooks.livechat.LiveChatWebhook;
import dev.switchboard.webhooks.livechat.LiveChatWebhooks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A webhook receiver on {@code com.sun.net.httpserver}, bound to 127.0.0.1 only: {@code POST /livechat} and
 * {@code POST /intercom}.
 *
 * <ul>
 *   <li>The body is read as raw bytes (never as text, never re-encoded), at most the limit plus one byte.</li>
 *   <li>401 when verification fails, 400 when the delivery is malformed, 200 otherwise; the answer's small JSON body
 *       says which, and never holds a secret or a piece of the delivery.</li>
 *   <li>Handlers run through the {@link WebhookDispatcher}s you give: build them with
 *       {@link WebhookDispatcher.Builder#async} to answer 200 at once and handle afterwards (LiveChat waits about 10 s,
 *       Intercom 5 s). A saturated executor gives 503, a failing synchronous handler 500, so the provider retries.</li>
 *   <li>Intercom notifications are deduplicated on their id: a repeat is acknowledged with 200 and not handled again.</li>
 *   <li>{@code HEAD} answers 200 (Intercom checks the URL that way when it is saved).</li>
 * </ul>
 *
 * <p>Run {@link #main} with {@code LIVECHAT_WEBHOOK_SECRET} and/or {@code INTERCOM_CLIENT_SECRET} set, and put a TLS
 * proxy or tunnel in front of it to receive real deliveries.
 */
public final class WebhookReceiver implements AutoCloseable {
    /** The most bytes of an oversized body read and thrown away before answering 400. */
    private static final long MAX_DISCARDED_BYTES = 16L * 1024 * 1024;

    private final HttpServer server;
    private final ExecutorService requestThreads;

    private WebhookReceiver(Builder b) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), b.port), 0);
        requestThreads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "webhook-receiver");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(requestThreads);
        if (b.livechat != null) {
            int limit = b.livechat.limits().maxBodyBytes();
            server.createContext("/livechat", exchange -> handle(exchange, limit, body -> {
                LiveChatWebhook webhook = b.livechat.verify(body);
                return () -> b.livechatHandlers.dispatch(webhook);
            }));
        }
        if (b.intercom != null) {
            int limit = b.intercom.limits().maxBodyBytes();
            server.createContext("/intercom", exchange -> {
                WebhookHeaders headers = WebhookHeaders.of(exchange.getRequestHeaders());
                handle(exchange, limit, body -> {
                    IntercomNotification n = b.intercom.verify(body, headers);
                    if (!b.deduplicator.firstDelivery(n.id())) {
                        return null;
                    }
                    return () -> {
                        try {
                            b.intercomHandlers.dispatch(n);
                        } catch (RuntimeException e) {
                            b.deduplicator.forget(n.id());   // let Intercom's retry through
                            throw e;
                        }
                    };
                });
            });
        }
        server.start();
    }

    /** @return a builder for a receiver on an ephemeral port */
    public static Builder builder() {
        return new Builder();
    }

    /** Verifies and decodes one body; returns what to run, or {@code null} for a duplicate. */
    @FunctionalInterface
    private interface Accept {
        Runnable accept(byte[] body);
    }

    private static void handle(HttpExchange exchange, int limit, Accept accept) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            if (method.equals("HEAD")) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            if (!method.equals("POST")) {
                exchange.getResponseHeaders().add("Allow", "POST, HEAD");
                answer(exchange, 405, fields("error", "method not allowed"));
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(limit + 1);   // one byte over the limit is enough for the SDK to refuse it
                if (body.length > limit) {
                    discard(in);
                }
            }
            Runnable work;
            try {
                work = accept.accept(body);
            } catch (WebhookVerificationException e) {
                answer(exchange, 401, fields("error", "verification", "reason", e.reason().name()));
                return;
            } catch (WebhookDecodeException e) {
                answer(exchange, 400, fields("error", "decode", "message", e.getMessage()));
                return;
            }
            if (work == null) {
                answer(exchange, 200, fields("ok", true, "duplicate", true));
                return;
            }
            try {
                work.run();
            } catch (RejectedExecutionException e) {
                answer(exchange, 503, fields("error", "busy"));
                return;
            } catch (RuntimeException e) {
                answer(exchange, 500, fields("error", "handler failed"));
                return;
            }
            answer(exchange, 200, fields("ok", true));
        } finally {
            exchange.close();
        }
    }

    /** Reads and throws away (never buffers) what is left, within reason, so the sender gets our 400, not a reset. */
    private static void discard(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        long discarded = 0;
        int n;
        while (discarded < MAX_DISCARDED_BYTES && (n = in.read(buffer)) > 0) {
            discarded += n;
        }
    }

    private static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            json.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return json;
    }

    private static void answer(HttpExchange exchange, int status, Map<String, Object> json) throws IOException {
        byte[] bytes = Json.writeBytes(json);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** @return the port the receiver listens on */
    public int port() {
        return server.getAddress().getPort();
    }

    /** @return where LiveChat should POST */
    public URI livechatUrl() {
        return URI.create("http://127.0.0.1:" + port() + "/livechat");
    }

    /** @return where Intercom should POST */
    public URI intercomUrl() {
        return URI.create("http://127.0.0.1:" + port() + "/intercom");
    }

    /** Stops listening at once and releases the request threads. */
    @Override
    public void close() {
        server.stop(0);
        requestThreads.shutdownNow();
    }

    /**
     * Runs a receiver until interrupted, printing what it decoded (never a secret).
     *
     * @param args optionally the port (default 8080)
     * @throws IOException if the port cannot be bound
     * @throws InterruptedException when interrupted
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        String livechatSecret = System.getenv("LIVECHAT_WEBHOOK_SECRET");
        String intercomSecret = System.getenv("INTERCOM_CLIENT_SECRET");
        if (livechatSecret == null && intercomSecret == null) {
            System.err.println("set LIVECHAT_WEBHOOK_SECRET and/or INTERCOM_CLIENT_SECRET");
            System.exit(2);
        }
        ExecutorService handlers = Executors.newSingleThreadExecutor();
        Builder b = builder().port(args.length > 0 ? Integer.parseInt(args[0]) : 8080);
        if (livechatSecret != null) {
            b.livechat(LiveChatWebhooks.builder().secrets(livechatSecret).build(),
                    WebhookDispatcher.builder(LiveChatWebhook.class).async(handlers)
                            .fallback(w -> System.out.println("LiveChat " + w.action() + " -> " + w.getClass().getSimpleName()))
                            .build());
        }
        if (intercomSecret != null) {
            b.intercom(IntercomWebhooks.builder().clientSecrets(intercomSecret).build(),
                    WebhookDispatcher.builder(IntercomNotification.class).async(handlers)
                            .fallback(n -> System.out.println("Intercom " + n.topic() + " (" + n.id() + ") -> "
                                    + n.item().getClass().getSimpleName()))
                            .build());
        }
        try (WebhookReceiver receiver = b.start()) {
            System.out.println("listening on 127.0.0.1:" + receiver.port() + " (/livechat, /intercom)");
            Thread.currentThread().join();
        } finally {
            handlers.shutdown();
            handlers.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** Configures a {@link WebhookReceiver}. */
    public static final class Builder {
        private int port;
        private LiveChatWebhooks livechat;
        private WebhookDispatcher<LiveChatWebhook> livechatHandlers;
        private IntercomWebhooks intercom;
        private WebhookDispatcher<IntercomNotification> intercomHandlers;
        private Deduplicator deduplicator = Deduplicator.create();

        private Builder() {
        }

        /**
         * @param port the port on 127.0.0.1; 0 (the default) picks a free one
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * @param verifier verifies LiveChat deliveries on {@code /livechat}
         * @param handlers handles them
         * @return this builder
         */
        public Builder livechat(LiveChatWebhooks verifier, WebhookDispatcher<LiveChatWebhook> handlers) {
            this.livechat = Objects.requireNonNull(verifier, "verifier");
            this.livechatHandlers = Objects.requireNonNull(handlers, "handlers");
            return this;
        }

        /**
         * @param verifier verifies Intercom notifications on {@code /intercom}
         * @param handlers handles them
         * @return this builder
         */
        public Builder intercom(IntercomWebhooks verifier, WebhookDispatcher<IntercomNotification> handlers) {
            this.intercom = Objects.requireNonNull(verifier, "verifier");
            this.intercomHandlers = Objects.requireNonNull(handlers, "handlers");
            return this;
        }

        /**
         * @param deduplicator remembers Intercom notification ids (default: 10 000 ids for a day)
         * @return this builder
         */
        public Builder deduplicator(Deduplicator deduplicator) {
            this.deduplicator = Objects.requireNonNull(deduplicator, "deduplicator");
            return this;
        }

        /**
         * @return the running receiver
         * @throws UncheckedIOException if the port cannot be bound
         * @throws IllegalStateException if neither provider is configured
         */
        public WebhookReceiver start() {
            if (livechat == null && intercom == null) {
                throw new IllegalStateException("configure LiveChat, Intercom or both");
            }
            try {
                return new WebhookReceiver(this);
            } catch (IOException e) {
                throw new UncheckedIOException("could not listen on 127.0.0.1:" + port, e);
            }
        }
    }
}
