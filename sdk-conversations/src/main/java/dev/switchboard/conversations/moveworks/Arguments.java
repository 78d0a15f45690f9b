package dev.switchboard.conversations.moveworks;

import java.time.Duration;
import okhttp3.HttpUrl;

/** Argument checks of the client's builder; messages name the argument and never echo a secret. */
final class Arguments {
    private Arguments() {
    }

    /**
     * @return the URL without trailing slashes
     * @throws IllegalArgumentException unless an absolute http(s) URL without user info, query or fragment
     */
    static String root(String url, String argument) {
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url.strip());
        if (parsed == null) {
            throw new IllegalArgumentException(argument + " must be an absolute http or https URL");
        }
        if (!parsed.username().isEmpty() || !parsed.password().isEmpty()) {
            throw new IllegalArgumentException(argument + " must not contain user info (name:password@)");
        }
        if (parsed.query() != null || parsed.fragment() != null) {
            throw new IllegalArgumentException(argument + " must not have a query or fragment");
        }
        String s = url.strip();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /**
     * @return the URL as given
     * @throws IllegalArgumentException unless an absolute http(s) URL without user info
     */
    static String url(String url, String argument) {
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url);
        if (parsed == null || !parsed.username().isEmpty() || !parsed.password().isEmpty()) {
            throw new IllegalArgumentException(argument + " must be an absolute http(s) URL without user info");
        }
        return url;
    }

    /**
     * @return the duration
     * @throws IllegalArgumentException if null, zero or negative
     */
    static Duration positive(Duration d, String argument) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(argument + " must be positive");
        }
        return d;
    }
}
