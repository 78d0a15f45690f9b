package dev.switchboard.core.spi;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.core.ApiError;
import dev.switchboard.core.ApiException;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.http.ClientConfig;
import dev.switchboard.core.http.ResponseListener;
import dev.switchboard.core.retry.AttemptOutcome;
import dev.switchboard.core.retry.RetryDecision;
import dev.switchboard.core.retry.RetryEvent;
import dev.switchboard.core.spi.DecodeFailures;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Decides what one attempt's outcome means — done, retry after a delay, or fail — for both the blocking and the
 * asynchronous path, so the two cannot drift apart.
 */
final class AttemptHandler {
    private final ClientConfig config;
    private final RequestFactory requests;
    private final ErrorReader errors;
    private final CredentialHeaders credentials;
    private final AttemptLog log;

    AttemptHandler(ClientConfig config, RequestFactory requests, CredentialHeaders credentials) {
        this.config = config;
        this.requests = requests;
        this.errors = new ErrorReader(config);
        this.credentials = credentials;
        this.log = new AttemptLog(config.logBodies());
    }

    AttemptLog log() {
        return log;
    }

    /**
     * Bounds the attempt by the per-attempt timeout, cut to what is left of the deadline. Raw responses are handed to
     * the caller to stream: the attempt timeout does not cut them short, but the deadline still bounds the whole call,
     * reading the body included.
     */
    void applyAttemptTimeout(CallState<?> s, okhttp3.Call call) {
        call.timeout().timeout(attemptBudget(s).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** @return how long the current attempt may take: the per-attempt timeout cut to the deadline (raw: the deadline) */
    Duration attemptBudget(CallState<?> s) {
        Duration left = Duration.between(config.clock().instant(), s.deadline);
        Duration budget = s.raw || left.compareTo(s.attemptTimeout) < 0 ? left : s.attemptTimeout;
        return budget.toMillis() < 1 ? Duration.ofMillis(1) : budget;
    }

    /** Before an attempt: the deadline may already have passed. */
    Step<?> checkDeadline(CallState<?> s) {
        if (!config.clock().instant().isBefore(s.deadline)) {
            return new Step.Fail<>(new TransportException(describe(s) + " ran out of time: the call's deadline passed",
                    null, s.attempts > 0, true, s.attempts));
        }
        return null;
    }

    <T> Step<T> onResponse(CallState<T> s, okhttp3.Request sent, okhttp3.Response response, long startNanos) {
        int status = response.code();
        log.response(sent, status, s.attempts, startNanos);
        Headers headers = toHeaders(response.headers());
        if (config.responseListener() != ResponseListener.NONE) {
            try {
                config.responseListener().onResponse(sent.method(), UrlRedaction.redact(sent.url().toString()), status, headers);
            } catch (RuntimeException listenerFailure) {
                // A listener must not change the outcome of the call.
            }
        }
        boolean success = status >= 200 && status < 300;
        if (success || (s.raw && status >= 300 && status < 400)) {
            String requestId = Redactor.scrub(errors.requestId(headers, null), s.secrets);
            if (s.raw) {
                return new Step.Done<>(null, new HttpResponse(response, headers, requestId, s.attempts));
            }
            log.responseBody(response, s.secrets);
            try (response) {
                T value = s.decoder.decode(status, headers, response.body().byteStream());
                return new Step.Done<>(new ApiResponse<>(status, headers, requestId, value, s.attempts), null);
            } catch (JsonProcessingException e) {
                return new Step.Fail<>(DecodeFailures.of("response of " + describe(s), s.target, e));
            } catch (dev.switchboard.core.SwitchboardException e) {
                return new Step.Fail<>(e);
            } catch (NumberFormatException | ArithmeticException e) {
                // Jackson's answer to a number no BigDecimal can hold (1e2147483648): a malformed body.
                return new Step.Fail<>(DecodeFailures.numberOutOfRange("response of " + describe(s), s.target));
            } catch (IOException e) {
                return onFailure(s, sent, e, startNanos);
            }
        }
        Instant now = config.clock().instant();
        ApiError error = errors.read(s, response, headers, pathOf(sent), now);
        log.errorBody(error.rawBody());
        if (status == 401 && credentials.refreshable() && !s.tokenRefreshed && s.token != null) {
            // The cached token was revoked or expired early: fetch a new one and try once more, outside the budget.
            s.tokenRefreshed = true;
            credentials.invalidate(s.token);
            return new Step.Retry<>(Duration.ZERO);
        }
        AttemptOutcome outcome = new AttemptOutcome(s.retriesSpent + 1, s.maxRetries, s.request.retryable(), status, headers,
                null, true, now, s.deadline);
        RetryDecision decision = config.retryPolicy().decide(outcome);
        if (decision.retry()) {
            return retry(s, sent, status, null, decision);
        }
        if (decision.waitTooLong() && status != 429) {
            // The server said when to come back, later than this call may wait: a rate limit, whatever the status.
            return new Step.Fail<>(new dev.switchboard.core.RateLimitException(error));
        }
        return new Step.Fail<>(ApiException.of(error));
    }

    <T> Step<T> onFailure(CallState<T> s, okhttp3.Request sent, IOException e, long startNanos) {
        log.failure(sent, e, s.attempts, startNanos);
        boolean sentToServer = mayHaveBeenSent(e);
        boolean timedOut = e instanceof SocketTimeoutException || e instanceof InterruptedIOException
                || (s.watch != null && s.watch.expired());
        if (Thread.currentThread().isInterrupted()) {
            return new Step.Fail<>(new TransportException(describe(s) + (timedOut && !isCancellation(e) ? " timed out" : "")
                    + " was interrupted", e, sentToServer, timedOut && !isCancellation(e), s.attempts));
        }
        Instant now = config.clock().instant();
        AttemptOutcome outcome = new AttemptOutcome(s.retriesSpent + 1, s.maxRetries, s.request.retryable(), 0,
                Headers.empty(), e, sentToServer, now, s.deadline);
        RetryDecision decision = config.retryPolicy().decide(outcome);
        if (decision.retry()) {
            return retry(s, sent, 0, e, decision);
        }
        String what = timedOut ? "timed out" : "failed: " + describe(e);
        String message = Redactor.scrub(describe(s) + " " + what + attemptsSuffix(s) + " (" + decision.reason() + ")", s.secrets);
        return new Step.Fail<>(new TransportException(message, e, sentToServer, timedOut, s.attempts));
    }

    private <T> Step<T> retry(CallState<T> s, okhttp3.Request sent, int status, IOException e, RetryDecision decision) {
        s.retriesSpent++;
        String url = UrlRedaction.redact(sent.url().toString());
        log.retry(sent.method(), url, s.attempts, decision.delay(), decision.reason());
        config.retryListener().onRetry(new RetryEvent(sent.method(), url, s.attempts, status, e == null ? null : describe(e),
                decision.delay(), decision.reason()));
        return new Step.Retry<>(decision.delay());
    }

    /** @return whether the failure is OkHttp's answer to {@code Call.cancel()} (by an interrupt or the caller) */
    static boolean isCancellation(IOException e) {
        return "Canceled".equals(e.getMessage()) || (e.getMessage() != null && e.getMessage().startsWith("Socket closed"));
    }

    static boolean mayHaveBeenSent(IOException e) {
        if (e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException) {
            return false;
        }
        String m = e.getMessage();
        return !(e instanceof SocketTimeoutException && m != null && m.toLowerCase(Locale.ROOT).contains("connect"));
    }

    static Headers toHeaders(okhttp3.Headers h) {
        return Headers.of(h);
    }

    static String describe(CallState<?> s) {
        return s.request.toString();
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : " (" + m + ")");
    }

    private static String attemptsSuffix(CallState<?> s) {
        return s.attempts > 1 ? " after " + s.attempts + " attempts" : "";
    }

    private static String pathOf(okhttp3.Request r) {
        return r.url().encodedPath();
    }
}
