package dev.switchboard.conversations.intercom.fin;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.core.spi.Checks;
import java.net.URI;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An attachment giving Fin more context ({@code fin_agent_attachment}): a publicly reachable URL, or a file sent
 * inline as base64. At most {@value FinArgs#MAX_ATTACHMENTS} per request. Immutable.
 *
 * <pre>{@code
 * FinAttachment.url(URI.create("https://example.com/document.pdf"));
 * FinAttachment.file("screenshot.png", "image/png", pngBytes);
 * }</pre>
 */
public final class FinAttachment {
    private final Map<String, Object> json;

    private FinAttachment(Map<String, Object> json) {
        this.json = json;
    }

    /**
     * @param url an absolute {@code http} or {@code https} URL Fin can fetch
     * @return a {@code url} attachment
     * @throws IllegalArgumentException if the URL is missing, relative or of another scheme
     */
    public static FinAttachment url(URI url) {
        FinArgs.requireNonNull(url, "attachment url");
        String scheme = url.getScheme();
        if (!url.isAbsolute() || url.getHost() == null
                || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
            throw new IllegalArgumentException("attachment url must be an absolute http or https URL");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "url");
        m.put("url", url.toString());
        return new FinAttachment(m);
    }

    /**
     * @param name the file name, for example {@code screenshot.png}
     * @param contentType its MIME type, for example {@code image/png}
     * @param data the file's bytes, sent base64-encoded (the array is copied now)
     * @return a {@code file} attachment
     * @throws IllegalArgumentException if an argument is missing or blank, or the data is empty
     */
    public static FinAttachment file(String name, String contentType, byte[] data) {
        Checks.notBlank(name, "attachment name");
        Checks.notBlank(contentType, "attachment content_type");
        FinArgs.requireNonNull(data, "attachment data");
        if (data.length == 0) {
            throw new IllegalArgumentException("attachment data must not be empty");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "file");
        m.put("name", name);
        m.put("content_type", contentType);
        m.put("data", Base64.getEncoder().encodeToString(data));
        return new FinAttachment(m);
    }

    /** @return {@code url} or {@code file} */
    public String type() {
        return (String) json.get("type");
    }

    /** @return the JSON sent */
    @JsonValue
    public Map<String, Object> toJson() {
        return json;
    }

    /** @return the type and, for a file, its name; never a URL (it may be signed) nor data */
    @Override
    public String toString() {
        return "FinAttachment[" + type() + (json.containsKey("name") ? ", " + json.get("name") : "") + "]";
    }
}
