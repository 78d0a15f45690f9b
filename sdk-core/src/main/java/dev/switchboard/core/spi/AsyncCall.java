package dev.switchboard.core.spi;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One asynchronous call: each attempt is enqueued on OkHttp's dispatcher, and every wait (rate limiter, retry
 * backoff) is scheduled on the transport's scheduler, so no thread ever sleeps. Cancelling the result cancels the
 * HTTP call in flight. It completes with the decoded response ({@link #decoded}) or, for a raw call, with the
 * response whose body is unread ({@link #raw}).
 *
 * @param <T> the decoded type
 * @param <R> what the result holds
 */
final class AsyncCall<T, R> implements okhttp3.Callback {
    private final Transport transport;
    private final CallState<T> s;
    private final Function<Step.Done<T>, R> finish;
    private final CompletableFuture<R> result = new CompletableFuture<>();
    private final byte[] body;
    private volatile okhttp3.Call current;
    private volatile okhttp3.Request sent;
    private volatile long startNanos;

    private AsyncCall(Transport transport, CallState<T> state, Function<Step.Done<T>, R> finish) {
        this.transport = transport;
        this.s = state;
        this.finish = finish;
        this.body = RequestFactory.bodyBytes(state.request);
    }

    /** A call whose result is the decoded response. */
    static <T> AsyncCall<T, ApiResponse<T>> decoded(Transport transport, CallState<T> state) {
        return new AsyncCall<>(transport, state, Step.Done::response);
    }

    /** A call made with a raw state, whose result is the response with its body unread (a 3xx included). */
    static <T> AsyncCall<T, HttpResponse> raw(Transport transport, CallState<T> state) {
        return new AsyncCall<>(transport, state, Step.Done::raw);
    }

    CompletableFuture<R> start() {
        result.whenComplete((r, e) -> {
            okhttp3.Call c = current;
            if (result.isCancelled() && c != null) {
                c.cancel();
            }
        });
        attempt();
        return result;
    }

    private void attempt() {
        if (result.isDone()) {
            return;
        }
        try {
            Step<?> late = transport.handler().checkDeadline(s);
            if (late != null) {
                result.completeExceptionally(((Step.Fail<?>) late).error());
                return;
            }
            Duration wait = transport.permitWait(s);
            if (wait.isZero()) {
                send();
            } else {
                transport.scheduler().schedule(wait, this::send);
            }
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }

    private void send() {
        try {
            okhttp3.HttpUrl url = s.url;
            CompletableFuture<Map<String, String>> creds = transport.requests().wantsCredentials(s.request, url)
                    ? transport.credentials().headers(s)
                    : CompletableFuture.completedFuture(Map.of());
            creds.whenComplete((headers, error) -> {
                if (error != null) {
                    result.completeExceptionally(Transport.unwrap(error));
                } else {
                    dispatch(url, headers);
                }
            });
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }

    private void dispatch(okhttp3.HttpUrl url, Map<String, String> creds) {
        try {
            okhttp3.Request request = transport.requests().build(s.request, url, s.options, creds, body);
            transport.handler().log().requestBody(body, s.secrets);
            s.attempts++;
            okhttp3.Call call = s.client.newCall(request);
            transport.handler().applyAttemptTimeout(s, call);
            sent = request;
            current = call;
            startNanos = System.nanoTime();
            if (result.isCancelled()) {
                return;
            }
            call.enqueue(this);
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }

    @Override
    public void onResponse(okhttp3.Call call, okhttp3.Response response) {
        if (result.isDone()) {
            response.close();
            return;
        }
        try {
            handle(transport.handler().onResponse(s, sent, response, startNanos));
        } catch (RuntimeException e) {
            response.close();
            result.completeExceptionally(e);
        }
    }

    @Override
    public void onFailure(okhttp3.Call call, IOException e) {
        if (result.isDone()) {
            return;
        }
        try {
            handle(transport.handler().onFailure(s, sent, e, startNanos));
        } catch (RuntimeException ex) {
            result.completeExceptionally(ex);
        }
    }

    private void handle(Step<T> step) {
        if (step instanceof Step.Done<T> done) {
            // Completed or cancelled meanwhile: an unread body nobody will read is released here.
            if (!result.complete(finish.apply(done)) && done.raw() != null) {
                done.raw().close();
            }
        } else if (step instanceof Step.Fail<T> fail) {
            result.completeExceptionally(fail.error());
        } else {
            Duration delay = ((Step.Retry<T>) step).delay();
            if (delay.isZero()) {
                attempt();
            } else {
                transport.scheduler().schedule(delay, this::attempt);
            }
        }
    }
}
