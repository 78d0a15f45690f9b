package dev.switchboard.core.spi;

import dev.switchboard.core.http.ResourceClient;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Transformations of the futures the transport returns that keep its promise: cancelling the result cancels the
 * HTTP call underneath. {@link CompletableFuture#thenApply} does not — cancelling its result leaves the source, and
 * the call, running — so every asynchronous method of the SDK builds its result with these instead.
 *
 * <pre>{@code
 * public CompletableFuture<Ticket> getAsync(String id) {
 *     return Futures.map(transport.sendAsync(request(id), ResponseDecoder.json(Ticket.class)), ApiResponse::value);
 * }
 * }</pre>
 */
public final class Futures {
    private Futures() {
    }

    /**
     * Starts an asynchronous call, turning an exception thrown while preparing it (an argument rejected before
     * sending) into a failed future, as every {@code …Async} method promises ({@link ResourceClient}).
     *
     * <pre>{@code
     * public CompletableFuture<Call> getAsync(String callId) {
     *     return Futures.start(() -> transport.executeAsync(getRequest(callId), Call.class));
     * }
     * }</pre>
     *
     * @param call prepares the request and starts it
     * @param <T> the result's type
     * @return the call's future, or a future failed with what preparing it threw
     */
    public static <T> CompletableFuture<T> start(java.util.function.Supplier<CompletableFuture<T>> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * @param source a future whose cancellation cancels a call
     * @param fn the transformation of its value; an exception it throws fails the result
     * @param <A> the source's type
     * @param <B> the result's type
     * @return a future of {@code fn(value)}; cancelling it cancels {@code source}; failures are passed on unwrapped
     */
    public static <A, B> CompletableFuture<B> map(CompletableFuture<A> source, Function<? super A, ? extends B> fn) {
        CompletableFuture<B> out = new Linked<>(source, null);
        source.whenComplete((a, e) -> {
            if (e != null) {
                out.completeExceptionally(unwrap(e));
                return;
            }
            try {
                out.complete(fn.apply(a));
            } catch (RuntimeException | Error t) {
                out.completeExceptionally(t);
            }
        });
        return out;
    }

    /**
     * @param source a future whose cancellation cancels a call
     * @param fn the next step, started with the source's value (for example the next page)
     * @param <A> the source's type
     * @param <B> the result's type
     * @return a future of the next step's result; cancelling it cancels the source and the step in flight
     */
    public static <A, B> CompletableFuture<B> compose(CompletableFuture<A> source,
            Function<? super A, ? extends CompletableFuture<B>> fn) {
        AtomicReference<CompletableFuture<B>> next = new AtomicReference<>();
        Linked<B> out = new Linked<>(source, next);
        source.whenComplete((a, e) -> {
            if (e != null) {
                out.completeExceptionally(unwrap(e));
                return;
            }
            CompletableFuture<B> step;
            try {
                step = fn.apply(a);
            } catch (RuntimeException | Error t) {
                out.completeExceptionally(t);
                return;
            }
            next.set(step);
            if (out.isCancelled()) {
                step.cancel(true);
                return;
            }
            step.whenComplete((b, e2) -> {
                if (e2 != null) {
                    out.completeExceptionally(unwrap(e2));
                } else {
                    out.complete(b);
                }
            });
        });
        return out;
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    /** A result whose cancellation reaches back to its source and to the step in flight. */
    private static final class Linked<T> extends CompletableFuture<T> {
        private final CompletableFuture<?> source;
        private final AtomicReference<? extends CompletableFuture<?>> next;

        Linked(CompletableFuture<?> source, AtomicReference<? extends CompletableFuture<?>> next) {
            this.source = source;
            this.next = next;
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            source.cancel(mayInterruptIfRunning);
            CompletableFuture<?> n = next == null ? null : next.get();
            if (n != null) {
                n.cancel(mayInterruptIfRunning);
            }
            return cancelled;
        }
    }
}
