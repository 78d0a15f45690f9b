package dev.switchboard.webhooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes verified events to typed handlers. Routes are tried in the order they were registered and the first that
 * matches handles the event; when none matches, the fallback does (or nothing, if there is none).
 *
 * <pre>{@code
 * WebhookDispatcher<LiveChatWebhook> dispatcher = WebhookDispatcher.builder(LiveChatWebhook.class)
 *         .on(IncomingChat.class, chat -> open(chat.payload().chat()))
 *         .on(IncomingEvent.class, e -> store(e.payload().event()))
 *         .fallback(other -> log.info("ignoring {}", other.action()))
 *         .async(executor)          // acknowledge first, handle on the executor
 *         .build();
 * dispatcher.dispatch(livechat.verify(body));
 * }</pre>
 *
 * <p>What happens when a handler throws:
 * <ul>
 *   <li><b>Synchronous</b> (the default): the handler runs in the caller's thread and its exception propagates from
 *       {@link #dispatch} unchanged, so the receiver can answer 500 and let the provider retry.</li>
 *   <li><b>Asynchronous</b> ({@link Builder#async}): {@link #dispatch} returns as soon as the executor accepted the
 *       task, so the receiver can answer 200 at once. A {@code RuntimeException} from the handler goes to the
 *       {@linkplain Builder#onError error listener} (by default a WARN log line naming the event's class, never its
 *       content) and fails the returned future; it never reaches the caller. A {@link RejectedExecutionException} from a
 *       saturated executor does propagate from {@link #dispatch}, so the receiver can answer 503.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe once built.
 *
 * @param <E> the event family, for example {@code LiveChatWebhook} or {@code IntercomNotification}
 */
public final class WebhookDispatcher<E> {
    private static final Logger LOG = LoggerFactory.getLogger("dev.switchboard.webhooks");

    private final List<Route<E>> routes;
    private final Consumer<? super E> fallback;
    private final Executor executor;
    private final BiConsumer<? super E, ? super RuntimeException> onError;

    private WebhookDispatcher(Builder<E> b) {
        this.routes = List.copyOf(b.routes);
        this.fallback = b.fallback;
        this.executor = b.executor;
        this.onError = b.onError;
    }

    /**
     * @param family the event type, for type inference only
     * @param <E> the event type
     * @return a builder with no routes, no fallback, synchronous
     */
    public static <E> Builder<E> builder(Class<E> family) {
        Objects.requireNonNull(family, "family");
        return new Builder<>();
    }

    /**
     * Hands the event to the first matching route, or the fallback.
     *
     * @param event a verified event
     * @return a future completed when the handler finished: already complete when synchronous; failed with the
     *     handler's exception when an asynchronous handler threw
     * @throws IllegalArgumentException if {@code event} is null
     * @throws RejectedExecutionException if the executor refused the task (asynchronous only)
     * @throws RuntimeException whatever the handler threw (synchronous only)
     */
    public CompletableFuture<Void> dispatch(E event) {
        if (event == null) {
            throw new IllegalArgumentException("event must not be null");
        }
        if (executor == null) {
            handle(event);
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                handle(event);
                done.complete(null);
            } catch (RuntimeException e) {
                report(event, e);
                done.completeExceptionally(e);
            } catch (Error e) {
                done.completeExceptionally(e);
                throw e;
            }
        });
        return done;
    }

    /**
     * @param event an event
     * @return whether a route (not the fallback) would handle it
     */
    public boolean hasRouteFor(E event) {
        return event != null && routes.stream().anyMatch(r -> r.matches(event));
    }

    private void handle(E event) {
        for (Route<E> route : routes) {
            if (route.matches(event)) {
                route.handle(event);
                return;
            }
        }
        if (fallback != null) {
            fallback.accept(event);
        }
    }

    private void report(E event, RuntimeException e) {
        try {
            if (onError != null) {
                onError.accept(event, e);
            } else {
                LOG.warn("webhook handler for {} failed", event.getClass().getSimpleName(), e);
            }
        } catch (RuntimeException listenerFailure) {
            LOG.warn("webhook error listener failed", listenerFailure);
        }
    }

    /** One registered route. */
    private interface Route<E> {
        boolean matches(E event);

        void handle(E event);
    }

    /**
     * Configures a {@link WebhookDispatcher}.
     *
     * @param <E> the event family
     */
    public static final class Builder<E> {
        private final List<Route<E>> routes = new ArrayList<>();
        private Consumer<? super E> fallback;
        private Executor executor;
        private BiConsumer<? super E, ? super RuntimeException> onError;

        private Builder() {
        }

        /**
         * Routes events of a class (or its subclasses) to a handler.
         *
         * @param type the event class, for example {@code IncomingChat.class}
         * @param handler what to do with it
         * @param <T> the event class
         * @return this builder
         */
        public <T extends E> Builder<E> on(Class<T> type, Consumer<? super T> handler) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(handler, "handler");
            routes.add(new Route<>() {
                @Override
                public boolean matches(E event) {
                    return type.isInstance(event);
                }

                @Override
                public void handle(E event) {
                    handler.accept(type.cast(event));
                }
            });
            return this;
        }

        /**
         * Routes events by the class of one of their parts, handing over both, for example Intercom notifications by
         * their item: {@code on(IntercomNotification::item, TicketItem.class, (n, t) -> ...)}.
         *
         * @param part picks the part of the event; may return {@code null} (no match)
         * @param type the part's class
         * @param handler receives the event and its part
         * @param <T> the part's class
         * @return this builder
         */
        public <T> Builder<E> on(Function<? super E, ?> part, Class<T> type, BiConsumer<? super E, ? super T> handler) {
            Objects.requireNonNull(part, "part");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(handler, "handler");
            routes.add(new Route<>() {
                @Override
                public boolean matches(E event) {
                    return type.isInstance(part.apply(event));
                }

                @Override
                public void handle(E event) {
                    handler.accept(event, type.cast(part.apply(event)));
                }
            });
            return this;
        }

        /**
         * Routes events for which a condition holds, for example an Intercom topic:
         * {@code when(n -> n.topic().equals(IntercomTopic.PING), ...)}.
         *
         * @param condition which events
         * @param handler what to do with them
         * @return this builder
         */
        public Builder<E> when(Predicate<? super E> condition, Consumer<? super E> handler) {
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(handler, "handler");
            routes.add(new Route<>() {
                @Override
                public boolean matches(E event) {
                    return condition.test(event);
                }

                @Override
                public void handle(E event) {
                    handler.accept(event);
                }
            });
            return this;
        }

        /**
         * @param handler handles events no route matched, including actions and topics this SDK does not know
         * @return this builder
         */
        public Builder<E> fallback(Consumer<? super E> handler) {
            this.fallback = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * Acknowledge first: {@link WebhookDispatcher#dispatch} only submits the handler to this executor (yours: a
         * pool, a virtual-thread executor, a queue feeding a worker) and returns.
         *
         * @param executor where handlers run
         * @return this builder
         */
        public Builder<E> async(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * @param listener receives an event and the exception its asynchronous handler threw; replaces the default
         *     WARN log line
         * @return this builder
         */
        public Builder<E> onError(BiConsumer<? super E, ? super RuntimeException> listener) {
            this.onError = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** @return the dispatcher */
        public WebhookDispatcher<E> build() {
            return new WebhookDispatcher<>(this);
        }
    }
}
