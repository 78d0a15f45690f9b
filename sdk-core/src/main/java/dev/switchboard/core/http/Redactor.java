package dev.switchboard.core.http;

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

    /** Replaces every occurrence of a known secret value. */
    static String scrub(String text, Collection<String> secrets) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String s : secrets) {
            if (s != null && s.length() >= 4) {
                out = out.replace(s, MASK);
            }
        }
        return out;
    }

    /** A body for a log line: JSON values under secret-looking keys masked, known secrets scrubbed, capped. */
    static String body(byte[] bytes, Collection<String> secrets, int cap) {
        String text = new String(bytes, 0, Math.min(bytes.length, cap), StandardCharsets.UTF_8);
        if (bytes.length <= cap) {
            try {
                JsonNode tree = Json.tree(bytes, "body");
                maskKeys(tree, 0);
                text = tree.toString();
            } catch (RuntimeException notJson) {
                // Not JSON: keep the text; known secrets are still scrubbed below.
            }
        }
        String suffix = bytes.length > cap ? "…(" + bytes.length + " bytes)" : "";
        return scrub(text, secrets) + suffix;
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
