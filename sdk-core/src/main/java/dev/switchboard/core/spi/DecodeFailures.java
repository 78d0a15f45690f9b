package dev.switchboard.core.spi;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.internal.NestingTooDeep;

/**
 * Turns parser failures into {@link DecodeException}s that say where and why, without quoting the payload (Jackson's
 * own messages can contain pieces of it).
 */
public final class DecodeFailures {
    private DecodeFailures() {
    }

    /**
     * @param what the document, for example "response of GET /tickets"
     * @param target the type being decoded
     * @param cause the failure
     * @return the exception to throw
     */
    public static DecodeException of(String what, String target, Throwable cause) {
        String kind;
        String original = cause instanceof JsonProcessingException p ? p.getOriginalMessage() : null;
        if (cause instanceof NestingTooDeep deep) {
            return new DecodeException("could not decode " + what + " as " + target + ": it is nested deeper than "
                    + deep.maxDepth() + " levels", "byte " + deep.byteOffset(), null);
        }
        if (original != null && (original.startsWith("No content to map") || original.endsWith("body is empty"))) {
            kind = "is empty";
        } else if (hasCause(cause, StreamConstraintsException.class)) {
            kind = "exceeds a safety limit (nesting depth, string, number or document length)";
        } else if (cause instanceof JsonEOFException || original != null && original.contains("end-of-input")) {
            kind = "is truncated JSON";
        } else if (cause instanceof JsonMappingException) {
            kind = "does not have the expected shape";
        } else if (cause instanceof JsonProcessingException) {
            kind = "is not valid JSON";
        } else {
            kind = "could not be read";
        }
        String location = kind.equals("is empty") ? "" : location(cause);
        return new DecodeException("could not decode " + what + " as " + target + ": it " + kind, location, withheld(cause));
    }

    /**
     * The cause to attach: Jackson's messages quote the input ({@code Unrecognized token 'sk-live-...'}), so a stack
     * trace of the original would show what the payload held. Limit errors and end-of-input errors quote nothing and
     * are kept; anything else is replaced by a {@link Withheld} that names its type and keeps its stack trace.
     */
    static Throwable withheld(Throwable cause) {
        for (Throwable t = cause; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
                return t;
            }
        }
        if (cause == null || cause instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException
                || cause instanceof JsonEOFException || cause instanceof Withheld) {
            return cause;
        }
        return new Withheld(cause);
    }

    /** Stands in for a parser failure whose message may quote the payload: its type and stack, not its message. */
    public static final class Withheld extends java.io.IOException {
        private static final long serialVersionUID = 1L;
        private final String type;

        Withheld(Throwable original) {
            super(original.getClass().getName() + " (its message is withheld: it may quote the payload)");
            this.type = original.getClass().getName();
            setStackTrace(original.getStackTrace());
        }

        /** @return the class name of the original failure */
        public String type() {
            return type;
        }
    }

    /**
     * @param what the document
     * @param target the type being decoded
     * @return the failure for a number no decimal can hold (an exponent beyond 32 bits), which Jackson reports as an
     *     unchecked {@link NumberFormatException}
     */
    public static DecodeException numberOutOfRange(String what, String target) {
        return new DecodeException("could not decode " + what + " as " + target
                + ": it holds a number out of the representable range (an exponent beyond 32 bits)", "", null);
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (int depth = 0; t != null && depth < 16; depth++, t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String location(Throwable cause) {
        StringBuilder sb = new StringBuilder();
        if (cause instanceof JsonProcessingException jpe) {
            JsonLocation loc = jpe.getLocation();
            if (loc != null && loc.getLineNr() > 0) {
                sb.append("line ").append(loc.getLineNr()).append(", column ").append(loc.getColumnNr());
            }
        }
        if (cause instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append("path $");
            for (JsonMappingException.Reference ref : jme.getPath()) {
                if (ref.getFieldName() != null) {
                    sb.append('.').append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    sb.append('[').append(ref.getIndex()).append(']');
                }
            }
        }
        return sb.toString();
    }
}
