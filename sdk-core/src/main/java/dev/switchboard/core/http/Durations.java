package dev.switchboard.core.http;

import java.time.Duration;

/** Argument checks for durations. */
final class Durations {
    private Durations() {
    }

    static Duration positive(Duration d, String name) {
        if (d == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
        return d;
    }
}
