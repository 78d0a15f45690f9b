package dev.switchboard.core.spi;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.TransportException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Locale;
import java.util.Objects;

/**
 * The answer of an endpoint that downloads a gzip file (an export archive): a {@code 200} whose body starts with
 * gzip's magic bytes is the file; anything else — a redirect, another status, a JSON, text, HTML or XML body, an
 * empty body, bytes that are not gzip — is refused with a {@link DecodeException} before a byte is read by the
 * caller, naming the status and content type.
 *
 * @param download what answered, for messages, for example {@code "the reporting data download"}
 * @param file what the file is, for example {@code "the export archive"}
 * @param format how the gzip file is described, for example {@code ".tgz"}
 */
public record GzipDownload(String download, String file, String format) {
    private static final int GZIP_FIRST = 0x1f;
    private static final int GZIP_SECOND = 0x8b;

    /** Checks the components. */
    public GzipDownload {
        Objects.requireNonNull(download, "download");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
    }

    /**
     * @param response the download's response, its body unread
     * @return the body, positioned at its start, when the response is the file
     * @throws DecodeException when it is not
     * @throws TransportException if the first bytes cannot be read
     */
    public InputStream body(HttpResponse response) {
        String type = response.contentType().orElse("").toLowerCase(Locale.ROOT).strip();
        String what = download + " answered " + response.status() + (type.isEmpty() ? "" : " with " + type);
        if (response.isRedirect()) {
            throw new DecodeException(what + ", a redirect, not " + file + "; it is not followed", "", null);
        }
        if (response.status() != 200) {
            throw new DecodeException(what + ", not " + file + " (200 application/octet-stream)", "", null);
        }
        if (type.contains("json") || type.startsWith("text/") || type.contains("html") || type.contains("xml")) {
            throw new DecodeException(what + ", not " + file + " (application/octet-stream)", "", null);
        }
        BufferedInputStream in = new BufferedInputStream(response.body());
        int first;
        int second;
        try {
            in.mark(2);
            first = in.read();
            second = in.read();
            in.reset();
        } catch (IOException e) {
            throw new TransportException(file + " could not be read", e, true, e instanceof InterruptedIOException,
                    response.attempts());
        }
        if (first < 0) {
            throw new DecodeException(what + " and an empty body, not " + file, "", null);
        }
        if (first != GZIP_FIRST || second != GZIP_SECOND) {
            throw new DecodeException(what + " and a body that is not gzip, not " + file + " (" + format + ")", "", null);
        }
        return in;
    }
}
