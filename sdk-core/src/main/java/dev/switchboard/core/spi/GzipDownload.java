package dev.switchboard.core.spi;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.TransportException;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;

/**
 * Downloading a gzip file (an export archive), the same for every endpoint that serves one and for the blocking and
 * the asynchronous calls: a {@code 200} whose body starts with gzip's magic bytes is the file; anything else — a
 * redirect, another status, a JSON, text, HTML or XML body, an empty body, bytes that are not gzip — is refused with
 * a {@link DecodeException} before a byte is written, naming the status and content type. The bytes are streamed as
 * they arrive (never unpacked, never buffered whole); a file is written to a temporary file beside it that replaces
 * it only when complete, so a refused, failed or cancelled download leaves no partial file and the file as it was.
 * Cancelling an asynchronous download cancels the call, or stops the copy under way.
 *
 * @param download what answered, for messages, for example {@code "the reporting data download"}
 * @param file what the file is, for example {@code "the export archive"}
 * @param format how the gzip file is described, for example {@code ".tgz"}
 */
public record GzipDownload(String download, String file, String format) {
    private static final int GZIP_FIRST = 0x1f;
    private static final int GZIP_SECOND = 0x8b;
    private static final BooleanSupplier NEVER_CANCELLED = () -> false;

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

    /**
     * @param transport the connection's transport
     * @param request the download request
     * @param out where the bytes go; not closed
     * @return how many bytes were written
     * @throws DecodeException if the answer is not the file (nothing is written)
     * @throws TransportException if the body breaks off
     * @throws UncheckedIOException if {@code out} fails
     */
    public long toStream(Transport transport, ApiRequest request, OutputStream out) {
        return toStream(transport.open(request), out, NEVER_CANCELLED);
    }

    /**
     * @param transport the connection's transport
     * @param request the download request
     * @param file the file to write (replaced if it exists)
     * @return how many bytes were written
     * @throws UncheckedIOException if a file cannot be written or moved
     */
    public long toFile(Transport transport, ApiRequest request, Path file) {
        Path target = file.toAbsolutePath();
        Path temp = temporaryBeside(target);
        try {
            return toFile(transport.open(request), temp, target, NEVER_CANCELLED);
        } finally {
            discard(temp);
        }
    }

    /**
     * As {@link #toStream(Transport, ApiRequest, OutputStream)}, without blocking a thread: the bytes are written
     * into {@code out} on the HTTP client's thread.
     *
     * @param transport the connection's transport
     * @param request the download request
     * @param out where the bytes go; not closed
     * @return completes with how many bytes were written
     */
    public CompletableFuture<Long> toStreamAsync(Transport transport, ApiRequest request, OutputStream out) {
        return readAsync(transport, request, (response, cancelled) -> toStream(response, out, cancelled));
    }

    /**
     * As {@link #toFile(Transport, ApiRequest, Path)}, without blocking a thread.
     *
     * @param transport the connection's transport
     * @param request the download request
     * @param file the file to write (replaced if it exists)
     * @return completes with how many bytes were written
     * @throws UncheckedIOException if the temporary file cannot be created
     */
    public CompletableFuture<Long> toFileAsync(Transport transport, ApiRequest request, Path file) {
        Path target = file.toAbsolutePath();
        Path temp = temporaryBeside(target);
        CompletableFuture<Long> written = readAsync(transport, request,
                (response, cancelled) -> toFile(response, temp, target, cancelled));
        // An answer that never reached toFile (an error status, a cancellation before the headers) leaves the
        // temporary file to delete here; after a complete download it is gone already.
        written.whenComplete((n, e) -> discard(temp));
        return written;
    }

    private static <T> CompletableFuture<T> readAsync(Transport transport, ApiRequest request,
            BiFunction<HttpResponse, BooleanSupplier, T> read) {
        AtomicReference<CompletableFuture<T>> result = new AtomicReference<>();
        BooleanSupplier cancelled = () -> {
            CompletableFuture<T> f = result.get();
            return f != null && f.isCancelled();
        };
        CompletableFuture<T> reading = Futures.map(transport.openAsync(request),
                response -> read.apply(response, cancelled));
        result.set(reading);
        return reading;
    }

    private long toStream(HttpResponse response, OutputStream out, BooleanSupplier cancelled) {
        try (response) {
            return copy(response, body(response), out, cancelled);
        }
    }

    private long toFile(HttpResponse response, Path temp, Path target, BooleanSupplier cancelled) {
        boolean moved = false;
        try (response) {
            InputStream archive = body(response);
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

    private static Path temporaryBeside(Path target) {
        try {
            return Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export to " + target, e);
        }
    }

    private static void discard(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the original failure is the one to report
        }
    }

    private long copy(HttpResponse response, InputStream body, OutputStream out, BooleanSupplier cancelled) {
        InputStream in = cancelled == NEVER_CANCELLED ? body : new FilterInputStream(body) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (cancelled.getAsBoolean()) {
                    throw new InterruptedIOException("the download was cancelled");
                }
                return super.read(b, off, len);
            }
        };
        return HttpResponse.transfer(in, out, file, response.attempts());
    }
}
