package dev.switchboard.conversations.intercom.dataexport;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.spi.GzipDownload;
import dev.switchboard.core.spi.HttpResponse;
import java.io.OutputStream;

/**
 * Reads the answer of {@code GET /download/content/data/{job_identifier}}: a {@code 200} whose body is gzip (the
 * export is a gzipped CSV) is streamed as it comes; anything else — a redirect, another status, a JSON, text, HTML or
 * XML body, an empty body, bytes that are not gzip — is refused before a byte is written.
 */
final class ArchiveDownload {
    private static final GzipDownload FILE =
            new GzipDownload("the content data download", "the export file", "gzipped CSV");

    private ArchiveDownload() {
    }

    /**
     * @return how many bytes went to {@code out}
     * @throws DecodeException if the response is not the archive
     * @throws dev.switchboard.core.TransportException if the body breaks off or {@code out} fails
     */
    static long copy(HttpResponse response, OutputStream out) {
        return HttpResponse.transfer(FILE.body(response), out, "the content data export", response.attempts());
    }
}
