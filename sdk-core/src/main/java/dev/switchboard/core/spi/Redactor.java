package dev.switchboard.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.switchboard.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

/** Removes secrets from text before it is logged or put in an exception. */
final class Redactor {
    static final String MASK = "***";

    private Redactor() {
    }

    /** The longest secret worth scrubbing, in characters: a cut body keeps this much extra so that a secret across the cut is caught. */
    static final int MAX_SECRET_CHARS = 4096;
    /** {@code key: "value"} and {@code key=value} pairs whose key names a secret, in text that is not JSON. */
    private static final java.util.regex.Pattern SECRET_PAIR = java.util.regex.Pattern.compile(
            "(?i)(\"?[a-z0-9_.-]*(?:token|secret|password|passwd|api[_-]?key|apikey|authorization|credential|signature)"
                    + "[a-z0-9_.-]*\"?\\s*[:=]\\s*\"?)([^\"&,;\\s}]{4,})");

    /**
     * Replaces every occurrence of a known secret value, in the forms a server may echo it: as is, JSON-escaped
     * ({@code \/} for {@code /}, and the escapes of quotes, backslashes and control characters), and URL-encoded
     * (form and percent encoding).
     */
    static String scrub(String text, Collection<String> secrets) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String s : secrets) {
            if (s != null && s.length() >= 4) {
                for (String form : forms(s)) {
                    out = out.replace(form, MASK);
                }
            }
        }
        return out;
    }

    /** @return the secret and the echoes of it to look for */
    static java.util.Set<String> forms(String secret) {
        java.util.Set<String> forms = new java.util.LinkedHashSet<>();
        forms.add(secret);
        forms.add(secret.replace("\\", "\\\\").replace("/", "\\/").replace("\"", "\\\""));
        forms.add(secret.replace("/", "\\/"));
        String quoted = Json.write(secret);
        forms.add(quoted.substring(1, quoted.length() - 1));
        String form = java.net.URLEncoder.encode(secret, StandardCharsets.UTF_8);
        forms.add(form);
        forms.add(form.replace("+", "%20"));
        forms.add(percentLower(form));
        return forms;
    }

    private static String percentLower(String encoded) {
        StringBuilder b = new StringBuilder(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length()) {
                b.append('%').append(Character.toLowerCase(encoded.charAt(i + 1))).append(Character.toLowerCase(encoded.charAt(i + 2)));
                i += 2;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Scrubs, then cuts: a secret that straddles the cut is masked whole instead of leaving its first part behind.
     *
     * @param text the text, possibly longer than {@code maxChars}
     * @param secrets the secrets to mask
     * @param maxChars the most characters to keep
     * @return the scrubbed text, at most {@code maxChars} long
     */
    static String scrubThenCut(String text, Collection<String> secrets, int maxChars) {
        String scrubbed = scrub(text, secrets);
        return scrubbed.length() > maxChars ? scrubbed.substring(0, maxChars) : scrubbed;
    }

    /** Masks the values of secret-looking {@code key: value} / {@code key=value} pairs in text that is not JSON. */
    static String maskPairs(String text) {
        return SECRET_PAIR.matcher(text).replaceAll("$1" + java.util.regex.Matcher.quoteReplacement(MASK));
    }

    /** A body for a log line: JSON values under secret-looking keys masked, known secrets scrubbed, capped. */
    static String body(byte[] bytes, Collection<String> secrets, int cap) {
        String text = null;
        if (bytes.length <= cap) {
            try {
                JsonNode tree = Json.tree(bytes, "body");
                maskKeys(tree, 0);
                text = tree.toString();
            } catch (RuntimeException notJson) {
                // Not JSON (a malformed token response, say): secret-looking pairs are masked below.
            }
        }
        if (text == null) {
            text = maskPairs(new String(bytes, 0, Math.min(bytes.length, cap + MAX_SECRET_CHARS), StandardCharsets.UTF_8));
        }
        String suffix = bytes.length > cap ? "…(" + bytes.length + " bytes)" : "";
        return scrubThenCut(text, secrets, cap) + suffix;
    }

    private static void maskKeys(JsonNode node, int depth) {
        if (depth > 64) {
            return;
        }
        if (node instanceof ObjectNode obj) {
            for (Map.Entry<String, JsonNode> e : obj.properties()) {
                if (UrlRedaction.isSecretName(e.getKey()) && e.getValue().isValueNode()) {
                    e.setValue(TextNode.valueOf(MASK));
                } else {
                    maskKeys(e.getValue(), depth + 1);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                maskKeys(child, depth + 1);
            }
        }
    }
}
