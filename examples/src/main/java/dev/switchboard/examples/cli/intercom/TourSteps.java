package dev.switchboard.examples.cli.intercom;

import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.intercom.FakeIntercom;
import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * What the Intercom tour legs share: a step whose failure is named, a checked expectation, and the closing check that
 * every request the fake received carried the sandbox's bearer token and {@code Intercom-Version: 2.14}.
 */
final class TourSteps {
    private TourSteps() {
    }

    /**
     * @param name the step, for the message of its failure
     * @param body the step
     * @param <T> what it gives
     * @return what it gave
     * @throws IllegalStateException naming the step, if it fails
     */
    static <T> T stepValue(String name, Supplier<T> body) {
        try {
            return body.get();
        } catch (RuntimeException e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param name the step, for the message of its failure
     * @param body the step
     * @throws IllegalStateException naming the step, if it fails
     */
    static void step(String name, Runnable body) {
        stepValue(name, () -> {
            body.run();
            return null;
        });
    }

    /**
     * @param ok the expectation
     * @param message what failed, when it does not hold
     * @throws IllegalStateException with the message, if it does not hold
     */
    static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }

    /**
     * Checks that every request the fake received carried {@code Authorization: Bearer <token>} and
     * {@code Intercom-Version: 2.14}, and says so, the token masked.
     *
     * @param out the leg's lines
     * @param fake the fake the leg ran against
     * @param token the sandbox token
     */
    static void bearerAndVersionOnEveryRequest(PrintStream out, FakeIntercom fake, String token) {
        for (FakeRequest r : fake.requests()) {
            check(("Bearer " + token).equals(r.header("Authorization")), "no bearer token on " + r);
            check("2.14".equals(r.header("Intercom-Version")), "no Intercom-Version: 2.14 on " + r);
        }
        out.println("all " + fake.requests().size() + " requests carried Authorization: Bearer ***"
                + " and Intercom-Version: 2.14");
    }
}
