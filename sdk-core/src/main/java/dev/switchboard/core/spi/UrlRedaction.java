package dev.switchboard.core.spi;

import java.util.Locale;
import java.util.Set;

/**
 * Masks secret query values in URLs before they reach a log line or an exception message.
 */
public final class UrlRedaction {
    private static final Set<String> SECRET_WORDS = Set.of(
            "token", "secret", "password", "passwd", "pwd", "key", "apikey", "signature", "sig", "auth", "authorization",
            "credential", "credentials", "session", "cookie", "jwt");

    private UrlRedaction() {
    }

    /**
     * @param url a URL
     * @return the URL with the value of every query parameter whose name looks secret (token, key, secret,
     *     signature, password, auth, ...) replaced by {@code ***}
     */
    public static String redact(String url) {
        if (url == null) {
            return null;
        }
        int q = url.indexOf('?');
        if (q < 0) {
            return url;
        }
        int hash = url.indexOf('#', q);
        String query = hash < 0 ? url.substring(q + 1) : url.substring(q + 1, hash);
        StringBuilder out = new StringBuilder(url.substring(0, q + 1));
        String[] parts = query.split("&", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append('&');
            }
            String p = parts[i];
            int eq = p.indexOf('=');
            if (eq >= 0 && isSecretName(p.substring(0, eq))) {
                out.append(p, 0, eq + 1).append(Redactor.MASK);
            } else {
                out.append(p);
            }
        }
        return out.toString();
    }

    /**
     * @param url a URL
     * @return the URL without query string and fragment
     */
    public static String withoutQuery(String url) {
        if (url == null) {
            return null;
        }
        int cut = url.length();
        int q = url.indexOf('?');
        int h = url.indexOf('#');
        if (q >= 0) {
            cut = q;
        }
        if (h >= 0 && h < cut) {
            cut = h;
        }
        return url.substring(0, cut);
    }

    /**
     * @param name a query parameter or JSON key
     * @return whether it looks like it holds a secret
     */
    public static boolean isSecretName(String name) {
        if (name.equalsIgnoreCase("code")) {
            return true;
        }
        // Split into words at separators and camelCase humps: "x-api-key", "client_secret", "accessToken".
        String spaced = name.replace("%5F", "_").replace("%5f", "_").replaceAll("([a-z0-9])([A-Z])", "$1 $2");
        for (String word : spaced.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (SECRET_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
