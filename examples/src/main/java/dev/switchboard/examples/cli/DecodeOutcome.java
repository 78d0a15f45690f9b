package dev.switchboard.examples.cli;

import java.util.Objects;

/** What a {@link DecodeTarget} made of a delivery: {@link Decoded} or {@link Rejected}. */
public sealed interface DecodeOutcome permits DecodeOutcome.Decoded, DecodeOutcome.Rejected {

    /** Error kind of a delivery that is malformed or of no known shape (exit status 2). */
    String DECODE = "decode";
    /** Error kind of a delivery whose signature or secret did not verify (exit status 3). */
    String VERIFICATION = "verification";

    /**
     * @param name the delivery's action or topic
     * @param event the typed model it decoded to
     * @return a {@link Decoded} whose type is the simple name of {@code event}'s class
     */
    static DecodeOutcome decoded(String name, Object event) {
        return new Decoded(name, event.getClass().getSimpleName(), event);
    }

    /**
     * @param message why the delivery could not be decoded, free of payload content
     * @return a {@link Rejected} of kind {@value #DECODE}
     */
    static DecodeOutcome undecodable(String message) {
        return new Rejected(DECODE, message);
    }

    /**
     * @param message why verification failed, never a secret
     * @return a {@link Rejected} of kind {@value #VERIFICATION}
     */
    static DecodeOutcome unverified(String message) {
        return new Rejected(VERIFICATION, message);
    }

    /**
     * The delivery decoded.
     *
     * @param name its action (LiveChat) or topic (Intercom)
     * @param type the simple name of the Java class it decoded to
     * @param event the typed model; printed re-encoded, with any {@code secret_key} redacted
     */
    record Decoded(String name, String type, Object event) implements DecodeOutcome {
        /** Checks the components. */
        public Decoded {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(event, "event");
        }
    }

    /**
     * The delivery was rejected.
     *
     * @param error {@value DecodeOutcome#DECODE} or {@value DecodeOutcome#VERIFICATION}
     * @param message why, free of payload content and secrets
     */
    record Rejected(String error, String message) implements DecodeOutcome {
        /** Checks the components. */
        public Rejected {
            if (!DECODE.equals(error) && !VERIFICATION.equals(error)) {
                throw new IllegalArgumentException("error must be \"decode\" or \"verification\", was " + error);
            }
            Objects.requireNonNull(message, "message");
        }
    }
}
