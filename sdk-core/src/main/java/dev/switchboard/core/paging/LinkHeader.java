package dev.switchboard.core.paging;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the {@code rel="next"} target in {@code Link} headers (RFC 8288):
 * {@code <https://api.example.com/items?page=2>; rel="next", <...>; rel="last"}. Several links per header and
 * several headers are read in order; a relation list ({@code rel="next prefetch"}) and any case count; commas and
 * semicolons inside a quoted parameter or inside the {@code <...>} target do not split.
 */
final class LinkHeader {
    private LinkHeader() {
    }

    /**
     * @param values every {@code Link} header value, in order
     * @return the first target whose relations include {@code next}, as written between the angle brackets
     */
    static Optional<String> next(List<String> values) {
        for (String value : values) {
            int i = 0;
            while (i < value.length()) {
                int open = value.indexOf('<', i);
                int close = open < 0 ? -1 : value.indexOf('>', open + 1);
                if (close < 0) {
                    break;
                }
                int end = endOfLink(value, close + 1);
                if (isNext(value.substring(close + 1, end))) {
                    String target = value.substring(open + 1, close).strip();
                    if (!target.isEmpty()) {
                        return Optional.of(target);
                    }
                }
                i = end + 1;
            }
        }
        return Optional.empty();
    }

    /** @return the index of the comma that ends this link's parameters, or the end of the value */
    private static int endOfLink(String value, int from) {
        boolean quoted = false;
        for (int j = from; j < value.length(); j++) {
            char c = value.charAt(j);
            if (quoted && c == '\\') {
                j++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                return j;
            }
        }
        return value.length();
    }

    /** @param params {@code ; rel="next"; title="..."} */
    private static boolean isNext(String params) {
        for (String param : splitParams(params)) {
            int eq = param.indexOf('=');
            if (eq < 0 || !param.substring(0, eq).strip().equalsIgnoreCase("rel")) {
                continue;
            }
            String rel = param.substring(eq + 1).strip();
            if (rel.length() >= 2 && rel.startsWith("\"") && rel.endsWith("\"")) {
                rel = rel.substring(1, rel.length() - 1);
            }
            for (String type : rel.toLowerCase(Locale.ROOT).split("\\s+")) {
                if (type.equals("next")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> splitParams(String params) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int j = 0; j < params.length(); j++) {
            char c = params.charAt(j);
            if (quoted && c == '\\') {
                j++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                out.add(params.substring(start, j));
                start = j + 1;
            }
        }
        out.add(params.substring(start));
        return out;
    }
}
