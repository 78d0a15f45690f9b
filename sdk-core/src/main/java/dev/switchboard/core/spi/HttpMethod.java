package dev.switchboard.core.spi;

/** The HTTP methods the SDK sends, with their retry safety. */
public enum HttpMethod {
    /** Read; idempotent. */
    GET(true),
    /** Read headers; idempotent. */
    HEAD(true),
    /** Create or act; not idempotent unless the endpoint says so. */
    POST(false),
    /** Replace; idempotent. */
    PUT(true),
    /** Partial update; not idempotent. */
    PATCH(false),
    /** Remove; idempotent. */
    DELETE(true);

    private final boolean idempotent;

    HttpMethod(boolean idempotent) {
        this.idempotent = idempotent;
    }

    /** @return whether repeating the request has the same effect as sending it once (RFC 9110 §9.2.2) */
    public boolean idempotent() {
        return idempotent;
    }
}
