package dev.switchboard.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * A raw response whose body has not been read: for downloads streamed to a file, and for redirects the SDK does
 * not follow (the caller reads {@link #location()}). Close it, ideally with try-with-resources.
 */
public final class HttpResponse implements AutoCloseable {
    private final okhttp3.Response response;
    private final Headers headers;
    private final String requestId;
    private final int attempts;

    HttpResponse(okhttp3.Response response, Headers headers, String requestId, int attempts) {
        this.response = response;
        this.headers = headers;
        this.requestId = requestId;
        this.attempts = attempts;
    }

    /** @return HTTP status (2xx or 3xx) */
    public int status() {
        return response.code();
    }

    /** @return response headers */
    public Headers headers() {
        return headers;
    }

    /** @return the request id, when the server sent one */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** @return how many attempts the call took */
    public int attempts() {
        return attempts;
    }

    /** @return the {@code Location} header of a redirect */
    public Optional<String> location() {
        return headers.first("Location");
    }

    /** @return whether the status is 3xx */
    public boolean isRedirect() {
        return status() >= 300 && status() < 400;
    }

    /** @return the {@code Content-Type}, when present */
    public Optional<String> contentType() {
        return headers.first("Content-Type");
    }

    /** @return the body length, or -1 when unknown */
    public long contentLength() {
        return response.body().contentLength();
    }

    /** @return the body stream; read it once */
    public InputStream body() {
        return response.body().byteStream();
    }

    /**
     * Copies the body to {@code out} in chunks, without holding it in memory.
     *
     * @param out destination (not closed)
     * @return bytes copied
     * @throws dev.switchboard.core.TransportException if reading the body fails, or the call's deadline passes while
     *     it streams ({@code timedOut()} is then true)
     * @throws UncheckedIOException if writing to {@code out} fails
     */
    public long transferTo(OutputStream out) {
        return transfer(body(), out, "the response body", attempts);
    }

    /**
     * Copies a streamed body to {@code out} and closes it: {@link #transferTo} for domain code that first looks at the
     * start of the body (through a buffered stream) before writing it.
     *
     * @param body the body, or what is left of it
     * @param out where to write it; not closed
     * @param what a few words naming the body, for messages ("the export archive")
     * @param attempts the attempts the call took, for the exception
     * @return the number of bytes written
     * @throws dev.switchboard.core.TransportException if the body cannot be read (within the deadline)
     * @throws UncheckedIOException if {@code out} cannot be written
     */
    public static long transfer(InputStream body, OutputStream out, String what, int attempts) {
        byte[] buffer = new byte[1 << 14];
        long total = 0;
        try (body) {
            while (true) {
                int n;
                try {
                    n = body.read(buffer);
                } catch (IOException e) {
                    boolean timedOut = e instanceof java.io.InterruptedIOException;
                    throw new dev.switchboard.core.TransportException(what + " " + (timedOut
                            ? "did not arrive within the call's deadline or timeouts" : "could not be read") + " after "
                            + total + " bytes", e, true, timedOut, attempts);
                }
                if (n < 0) {
                    return total;
                }
                try {
                    out.write(buffer, 0, n);
                } catch (IOException e) {
                    throw new UncheckedIOException("could not write " + what, e);
                }
                total += n;
            }
        } catch (IOException closing) {
            return total;
        }
    }

    /** Releases the connection. */
    @Override
    public void close() {
        response.close();
    }

    /** @return status and header names */
    @Override
    public String toString() {
        return "HttpResponse{" + status() + ", " + headers + "}";
    }
}
