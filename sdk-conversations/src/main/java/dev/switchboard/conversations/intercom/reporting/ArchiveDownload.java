package dev.switchboard.conversations.intercom.reporting;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.spi.GzipDownload;
import dev.switchboard.core.spi.HttpResponse;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.BooleanSupplier;

/**
 * Writing the export archive from an open download response, the same for the blocking and the asynchronous
 * downloads: the checks that the answer is the archive (before a byte is written), the streamed copy, and the
 * temporary file beside the target that replaces it only when complete.
 */
final class ArchiveDownload {
    private static final GzipDownload ARCHIVE =
            new GzipDownload("the reporting data download", "the export archive", ".tgz");
    /** For the blocking downloads, which cannot be cancelled. */
    static final BooleanSupplier NEVER_CANCELLED = () -> false;

    private ArchiveDownload() {
    }

    /**
     * @param response the open download; closed when this returns
     * @param out where the bytes go; not closed
     * @param cancelled checked before each chunk: a cancelled download stops reading
     * @return how many bytes were written
     * @throws DecodeException if the answer is not the archive (nothing is written)
     * @throws TransportException if the body breaks off
     * @throws UncheckedIOException if {@code out} fails
     */
    static long toStream(HttpResponse response, OutputStream out, BooleanSupplier cancelled) {
        try (response) {
            return copy(response, ARCHIVE.body(response), out, cancelled);
        }
    }

    /**
     * @param target the file the archive is for (absolute)
     * @return a new empty temporary file in the same directory, so that the final move is a rename
     * @throws UncheckedIOException if it cannot be created
     */
    static Path temporaryBeside(Path target) {
        try {
            return Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export to " + target, e);
        }
    }

    /**
     * Checks the answer, streams it into {@code temp} and moves {@code temp} to {@code target}; on any failure
     * {@code temp} is deleted and {@code target} is left as it was.
     *
     * @param response the open download; closed when this returns
     * @param temp the temporary file from {@link #temporaryBeside}
     * @param target the file to replace
     * @param cancelled checked before each chunk
     * @return how many bytes were written
     * @throws DecodeException if the answer is not the archive
     * @throws TransportException if the body breaks off
     * @throws UncheckedIOException if a file cannot be written or moved
     */
    static long toFile(HttpResponse response, Path temp, Path target, BooleanSupplier cancelled) {
        boolean moved = false;
        try (response) {
            InputStream archive = ARCHIVE.body(response);
            long n;
            try (OutputStream out = Files.newOutputStream(temp)) {
                n = copy(response, archive, out, cancelled);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export to " + target, e);
        } finally {
            if (!moved) {
                discard(temp);
            }
        }
    }

    /** @param temp a temporary file to delete, if it is still there */
    static void discard(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the original failure is the one to report
        }
    }

    private static long copy(HttpResponse response, InputStream archive, OutputStream out, BooleanSupplier cancelled) {
        InputStream in = cancelled == NEVER_CANCELLED ? archive : new FilterInputStream(archive) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (cancelled.getAsBoolean()) {
                    throw new InterruptedIOException("the download was cancelled");
                }
                return super.read(b, off, len);
            }
        };
        return HttpResponse.transfer(in, out, "the export archive", response.attempts());
    }
}
