package dev.switchboard.conversations.intercom.dataexport;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.spi.HttpResponse;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Reads the answer of {@code GET /download/content/data/{job_identifier}}: a {@code 200} whose body is gzip (the
 * export is a gzipped CSV) is streamed as it comes; anything else — a redirect, another status, a JSON, text, HTML or
 * XML body, an empty body, bytes that are not gzip — is refused before a byte is written.
 */
final class ArchiveDownload {
    private static final int GZIP_FIRST = 0x1f;
    private static final int GZIP_SECOND = 0x8b;

    private ArchiveDownload() {
    }

    /**
     * @return how many bytes went to {@code out}
     * @throws DecodeException if the response is not the archive
     * @throws TransportException if the body breaks off or {@code out} fails
     */
    static long copy(HttpResponse response, OutputStream out) {
        return HttpResponse.transfer(body(response), out, "the content data export", response.attempts());
    }

    /**
     * @return the body, positioned at its start, when the response is the archive
     * @throws DecodeException when it is not (its status and content type are named)
     */
    static InputStream body(HttpResponse response) {
        String type = response.contentType().orElse("").toLowerCase(Locale.ROOT).strip();
        String what = "the content data download answered " + response.status() + (type.isEmpty() ? "" : " with " + type);
        if (response.isRedirect()) {
            throw new DecodeException(what + ", a redirect, not the export file; it is not followed", "", null);
        }
        if (response.status() != 200) {
            throw new DecodeException(what + ", not the export file (200 application/octet-stream)", "", null);
        }
        if (type.contains("json") || type.startsWith("text/") || type.contains("html") || type.contains("xml")) {
            throw new DecodeException(what + ", not the export file (application/octet-stream)", "", null);
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
            throw new TransportException("the content data export could not be read", e, true,
                    e instanceof InterruptedIOException, response.attempts());
        }
        if (first < 0) {
            throw new DecodeException(what + " and an empty body, not the export file", "", null);
        }
        if (first != GZIP_FIRST || second != GZIP_SECOND) {
            throw new DecodeException(what + " and a body that is not gzip, not the export file (gzipped CSV)", "", null);
        }
        return in;
    }
}
