package dev.switchboard.core.spi;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps OkHttp from re-sending a request on its own. OkHttp follows up some responses underneath any caller: a 503
 * with {@code Retry-After: 0} is sent again at once, a 421 on a coalesced HTTP/2 connection too, a 408 when
 * connection-failure retries are on, a 401 when the client has an authenticator. The transport's
 * {@link dev.switchboard.core.retry.RetryPolicy} must be the only thing that decides to send again (a reply or a
 * ticket creation must never go out twice), so {@link #HIDE}, a network interceptor, gives those responses a status
 * OkHttp does not follow up, and {@link #RESTORE}, the innermost application interceptor, puts the real one back
 * before anything else sees it. Redirects, connection-failure retries and the authenticator are switched off as well.
 */
final class FollowUpGuard {
    /** The status OkHttp is shown instead: a server error it never follows up. */
    static final int HIDDEN_STATUS = 599;
    /** Carries the real status from {@link #HIDE} to {@link #RESTORE}; never leaves the client. */
    static final String REAL_STATUS_HEADER = "X-Switchboard-Real-Status";

    static final Interceptor HIDE = chain -> {
        Response r = chain.proceed(chain.request());
        int code = r.code();
        if (code == 408 || code == 421 || code == 503 || code == 401) {
            return r.newBuilder().code(HIDDEN_STATUS).header(REAL_STATUS_HEADER, Integer.toString(code)).build();
        }
        return r;
    };

    static final Interceptor RESTORE = chain -> restore(chain.proceed(chain.request()));

    private FollowUpGuard() {
    }

    private static Response restore(Response r) throws IOException {
        String real = r.header(REAL_STATUS_HEADER);
        if (real == null || r.code() != HIDDEN_STATUS) {
            return r;
        }
        return r.newBuilder().code(Integer.parseInt(real)).removeHeader(REAL_STATUS_HEADER).build();
    }

    /**
     * @param b a client builder, the caller's or a new one
     * @return it, set so that OkHttp never sends a request twice by itself
     */
    static okhttp3.OkHttpClient.Builder apply(okhttp3.OkHttpClient.Builder b) {
        b.followRedirects(false).followSslRedirects(false).retryOnConnectionFailure(false)
                .authenticator(okhttp3.Authenticator.NONE);
        if (!b.interceptors().contains(RESTORE)) {
            b.addInterceptor(RESTORE);
        }
        if (!b.networkInterceptors().contains(HIDE)) {
            b.addNetworkInterceptor(HIDE);
        }
        return b;
    }
}
