package dev.switchboard.conversations.intercom.fin;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.SwitchboardException;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.json.JsonObject;
import dev.switchboard.core.retry.Sleeper;
import dev.switchboard.core.spi.UrlRedaction;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;

/**
 * The server-sent events of one Fin turn (a turn's {@code sse_subscription_url}), read on a thread of its own and
 * delivered to a {@link FinEventListener} ({@link #listen}) or through a blocking iterator ({@link #iterator()},
 * {@link #stream()}). A stream is used once: either listen or iterate.
 *
 * <p><b>What is delivered.</b> Every event once, in arrival order, as a {@link FinEvent}; an unknown event is an
 * {@link UnknownFinEvent}. An event whose JSON equals one already delivered is dropped (Intercom's {@code rewind}
 * replays recent events after a reconnect). For a streamed answer: each {@link FinReplyChunk} holds the whole text
 * so far, and is delivered only if its {@code chunk_index} is above the last one delivered for its
 * {@code stream_id}; then the {@link FinReplied} with that {@code stream_id} is delivered, and from then on no chunk
 * of that stream is delivered again (a late or replayed chunk never overwrites the final answer). With
 * {@link FinStreamOptions.Builder#includeChunks(boolean) includeChunks(false)} only the final answers are delivered.
 *
 * <p><b>When it ends</b> ({@link #end()}): {@link FinStreamEnd#FINISHED} after {@code fin_replied} (Fin awaits the
 * user: the token is revoked; send {@link FinAgentClient#reply} and follow the new turn's stream), after
 * {@code complete} — or, with {@link FinStreamOptions.Builder#expectCsat(boolean) expectCsat(true)}, after
 * {@code csat_requested}, the stream being held open past {@code complete} as the spec describes;
 * {@link FinStreamEnd#REVOKED} when the server refuses the token (401/403, for example after it expired);
 * {@link FinStreamEnd#CANCELLED} after {@link #cancel()}; {@link FinStreamEnd#DEADLINE} when the deadline passes;
 * {@link FinStreamEnd#FAILED} otherwise. A connection that drops before the turn is over (mid-reply, say) is
 * reopened after a wait from the injectable {@link Sleeper}, with {@code Last-Event-ID} when the server gave event
 * ids; the spec defines none, so replays are removed as described above.
 *
 * <p>The iterator's {@code hasNext()} blocks until an event arrives or the stream ends: it returns {@code false}
 * for FINISHED, REVOKED and CANCELLED, and throws the failure ({@link TransportException} for DEADLINE and dropped
 * connections, {@link DecodeException} for a malformed event) otherwise.
 *
 * <p>The URL's query holds an access token: it is never logged, and {@link #toString()} and every message show the
 * host and path only. No Intercom credentials are sent to the stream's host. Thread-safe.
 *
 * <pre>{@code
 * try (FinEventStream events = fin.events(turn, FinStreamOptions.builder().expectCsat(true).build())) {
 *     events.stream().forEach(handler::handle);
 * }
 * }</pre>
 */
public final class FinEventStream implements Iterable<FinEvent>, AutoCloseable {
    private static final Duration MAX_RECONNECT_DELAY = Duration.ofSeconds(10);
    private static final Object END = new Object();

    private final OkHttpClient client;
    private final URI url;
    private final FinStreamOptions options;
    private final Clock clock;
    private final Sleeper sleeper;
    private final AtomicBoolean started = new AtomicBoolean();
    private final Object lock = new Object();
    private volatile Call current;
    private volatile Thread worker;
    private volatile boolean cancelled;
    private FinStreamEnd end;
    private RuntimeException failure;
    private FinEventListener listener;
    private Instant deadlineAt;

    FinEventStream(OkHttpClient client, URI url, FinStreamOptions options, Clock clock, Sleeper sleeper) {
        this.client = client;
        this.url = url;
        this.options = options;
        this.clock = clock;
        this.sleeper = options.sleeper != null ? options.sleeper : sleeper;
    }

    /**
     * Starts reading; events go to {@code listener} on the stream's thread.
     *
     * @param listener the receiver
     * @return this stream
     * @throws IllegalStateException if the stream was already started
     */
    public FinEventStream listen(FinEventListener listener) {
        java.util.Objects.requireNonNull(listener, "listener");
        start(listener);
        return this;
    }

    /**
     * Starts reading, for a blocking iteration; see the class description for what {@code hasNext()} does.
     *
     * @return the iterator
     * @throws IllegalStateException if the stream was already started
     */
    @Override
    public Iterator<FinEvent> iterator() {
        BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
        start(new FinEventListener() {
            @Override
            public void onEvent(FinEvent event) {
                queue.add(event);
            }

            @Override
            public void onEnd(FinStreamEnd why, RuntimeException f) {
                queue.add(END);
            }
        });
        return new Iterator<>() {
            private Object next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = queue.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        cancel();
                        return false;
                    }
                }
                if (next == END) {
                    RuntimeException f = failure();
                    if (f != null) {
                        throw f;
                    }
                    return false;
                }
                return true;
            }

            @Override
            public FinEvent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("the Fin event stream has ended: " + end());
                }
                FinEvent e = (FinEvent) next;
                next = null;
                return e;
            }
        };
    }

    /** @return the events as a sequential {@link Stream}, blocking as {@link #iterator()}; close it to cancel */
    public Stream<FinEvent> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(this::cancel);
    }

    /**
     * Stops reading: the stream ends with {@link FinStreamEnd#CANCELLED} at once (unless it had ended already), the
     * current connection is cancelled and a wait before a reconnect is cut short. Safe from any thread, repeatedly.
     */
    public void cancel() {
        cancelled = true;
        started.set(true);
        if (finish(FinStreamEnd.CANCELLED, null)) {
            stopWorker();
        }
    }

    private void stopWorker() {
        Call c = current;
        if (c != null) {
            c.cancel();
        }
        Thread w = worker;
        if (w != null && w != Thread.currentThread()) {
            w.interrupt();
        }
    }

    /** Same as {@link #cancel()}. */
    @Override
    public void close() {
        cancel();
    }

    /** @return why the stream ended, or {@code null} while it runs (or before it started) */
    public FinStreamEnd end() {
        synchronized (lock) {
            return end;
        }
    }

    /** @return the failure of a DEADLINE or FAILED end, else {@code null} */
    public RuntimeException failure() {
        synchronized (lock) {
            return failure;
        }
    }

    private void start(FinEventListener l) {
        if (started.getAndSet(true)) {
            throw new IllegalStateException("a FinEventStream can be listened to or iterated once");
        }
        synchronized (lock) {
            this.listener = l;
        }
        deadlineAt = clock.instant().plus(options.deadline);
        if (options.scheduler != null) {
            options.scheduler.schedule(options.deadline, this::deadlinePassed);
        }
        Thread t = new Thread(this::run, "switchboard-fin-events");
        t.setDaemon(true);
        worker = t;
        t.start();
    }

    private void deadlinePassed() {
        if (finish(FinStreamEnd.DEADLINE, deadlineFailure())) {
            stopWorker();
        }
    }

    private TransportException deadlineFailure() {
        return new TransportException("the Fin event stream at " + where() + " passed its deadline of " + options.deadline,
                null, true, true, 1);
    }

    private String where() {
        return UrlRedaction.withoutQuery(url.toString());
    }

    /** Records why the stream ended, once; returns whether this call ended it. The listener hears it from the worker. */
    private boolean finish(FinStreamEnd why, RuntimeException f) {
        synchronized (lock) {
            if (end != null) {
                return false;
            }
            end = why;
            failure = f;
            return true;
        }
    }

    private boolean ended() {
        synchronized (lock) {
            return end != null;
        }
    }

    private void run() {
        try {
            read();
        } catch (RuntimeException e) {
            finish(FinStreamEnd.FAILED, e);
        } finally {
            finish(FinStreamEnd.FAILED, new SwitchboardException("the Fin event stream stopped unexpectedly"));
            FinEventListener l;
            FinStreamEnd why;
            RuntimeException f;
            synchronized (lock) {
                l = listener;
                why = end;
                f = failure;
            }
            try {
                l.onEnd(why, f);
            } catch (RuntimeException ignored) {
                // The stream is over either way; a failure in the listener's last callback has nowhere to go.
            }
        }
    }

    private void read() {
        FinTurnState turn = new FinTurnState(options.expectCsat, options.includeChunks);
        String lastEventId = null;
        int dropsInARow = 0;
        while (!ended()) {
            if (cancelled) {
                finish(FinStreamEnd.CANCELLED, null);
                return;
            }
            Duration remaining = Duration.between(clock.instant(), deadlineAt);
            if (remaining.isNegative() || remaining.isZero()) {
                finish(FinStreamEnd.DEADLINE, deadlineFailure());
                return;
            }
            Request.Builder rb = new Request.Builder().url(url.toString()).get()
                    .header("Accept", "text/event-stream").header("Cache-Control", "no-cache");
            if (lastEventId != null) {
                rb.header("Last-Event-ID", lastEventId);
            }
            Call call = client.newCall(rb.build());
            call.timeout().timeout(remaining.toMillis(), TimeUnit.MILLISECONDS);
            current = call;
            if (cancelled) {
                call.cancel();
            }
            Reader reader = new Reader(turn);
            IOException ioFailure = null;
            try (Response response = call.execute()) {
                int code = response.code();
                if (code == 401 || code == 403) {
                    finish(FinStreamEnd.REVOKED, null);
                    return;
                }
                if (code >= 200 && code < 300) {
                    EventSources.processResponse(response, reader);
                } else if (code != 429 && code < 500) {
                    finish(FinStreamEnd.FAILED, new SwitchboardException("the Fin event stream at " + where()
                            + " answered HTTP " + code));
                    return;
                }
            } catch (IOException e) {
                ioFailure = e;
            } finally {
                current = null;
            }
            if (reader.failure != null) {
                finish(FinStreamEnd.FAILED, reader.failure);
                return;
            }
            if (reader.lastEventId != null) {
                lastEventId = reader.lastEventId;
            }
            if (turn.over()) {
                finish(FinStreamEnd.FINISHED, null);
                return;
            }
            if (cancelled) {
                finish(FinStreamEnd.CANCELLED, null);
                return;
            }
            if (ended()) {
                return;
            }
            if (!clock.instant().isBefore(deadlineAt)) {
                finish(FinStreamEnd.DEADLINE, deadlineFailure());
                return;
            }
            dropsInARow = reader.delivered > 0 ? 1 : dropsInARow + 1;
            if (dropsInARow > options.maxReconnects) {
                Throwable cause = ioFailure != null ? ioFailure : reader.ioFailure;
                finish(FinStreamEnd.FAILED, new TransportException("the Fin event stream at " + where() + " dropped "
                        + dropsInARow + " times in a row before the turn was over", cause, true, false, dropsInARow));
                return;
            }
            Duration wait = backoff(dropsInARow);
            Duration left = Duration.between(clock.instant(), deadlineAt);
            try {
                sleeper.sleep(wait.compareTo(left) > 0 ? left : wait);
            } catch (InterruptedException e) {
                // cancel() or the deadline interrupted the wait and has ended the stream; anything else cancels it.
                finish(FinStreamEnd.CANCELLED, null);
                return;
            }
        }
    }

    private Duration backoff(int reconnect) {
        Duration d = options.reconnectDelay;
        for (int i = 1; i < reconnect && d.compareTo(MAX_RECONNECT_DELAY) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(MAX_RECONNECT_DELAY) > 0 ? MAX_RECONNECT_DELAY : d;
    }

    /** Receives one connection's events from okhttp-sse, on the stream's thread. */
    private final class Reader extends EventSourceListener {
        private final FinTurnState turn;
        RuntimeException failure;
        IOException ioFailure;
        String lastEventId;
        int delivered;

        Reader(FinTurnState turn) {
            this.turn = turn;
        }

        @Override
        public void onEvent(EventSource source, String id, String type, String data) {
            if (failure != null || turn.over() || ended()) {
                return;
            }
            if (id != null && !id.isEmpty()) {
                lastEventId = id;
            }
            if (data == null || data.isBlank()) {
                return;
            }
            FinEvent event;
            try {
                JsonObject json = Json.object(data.getBytes(StandardCharsets.UTF_8), "Fin event (SSE " + safeType(type) + ")");
                event = FinEvents.of(json, type);
            } catch (DecodeException e) {
                failure = e;
                stop();
                return;
            }
            if (!turn.accept(event, data)) {
                return;
            }
            delivered++;
            FinEventListener l;
            synchronized (lock) {
                l = listener;
            }
            try {
                l.onEvent(event);
            } catch (RuntimeException e) {
                failure = e;
                stop();
                return;
            }
            if (turn.over()) {
                stop();
            }
        }

        @Override
        public void onFailure(EventSource source, Throwable t, Response response) {
            if (t instanceof IOException io) {
                ioFailure = io;
            } else if (t != null && failure == null && !turn.over()) {
                failure = new DecodeException("the Fin event stream at " + where() + " is not an event stream", "", t);
            }
        }

        private void stop() {
            Call c = current;
            if (c != null) {
                c.cancel();
            }
        }
    }

    private static String safeType(String type) {
        if (type == null) {
            return "message";
        }
        return type.length() <= 40 && type.chars().allMatch(c -> c == '_' || c == '.' || Character.isLetterOrDigit(c))
                ? type : "event";
    }

    /** @return the host and path; never the query, which holds the stream's token */
    @Override
    public String toString() {
        return "FinEventStream{" + where() + ", " + (end() == null ? "open" : end()) + "}";
    }
}
