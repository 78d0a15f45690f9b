package dev.switchboard.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;

/** A document nested deeper than the SDK reads; thrown while parsing, turned into a {@code DecodeException}. */
public final class NestingTooDeep extends JsonProcessingException {
    private static final long serialVersionUID = 1L;
    private final int maxDepth;
    private final long byteOffset;

    /**
     * @param p the parser, at the token that went too deep
     * @param maxDepth the deepest nesting read
     */
    public NestingTooDeep(JsonParser p, int maxDepth) {
        super("nested deeper than " + maxDepth + " levels", p.currentTokenLocation());
        this.maxDepth = maxDepth;
        this.byteOffset = p.currentTokenLocation().getByteOffset();
    }

    /** @return the deepest nesting read */
    public int maxDepth() {
        return maxDepth;
    }

    /** @return where the document went too deep */
    public long byteOffset() {
        return byteOffset;
    }
}
