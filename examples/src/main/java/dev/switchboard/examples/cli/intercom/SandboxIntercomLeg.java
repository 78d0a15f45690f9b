package dev.switchboard.examples.cli.intercom;

import static dev.switchboard.examples.cli.intercom.TourSteps.bearerAndVersionOnEveryRequest;

import dev.switchboard.conversations.intercom.IntercomBuilder;
import dev.switchboard.examples.cli.MaskedOutput;
import dev.switchboard.examples.cli.TourLeg;
import dev.switchboard.intercom.Intercom;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.intercom.FakeIntercom;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An Intercom tour leg against one {@link FakeIntercom} of its own, through the {@link Intercom} root: its lines are
 * collected and checked for the sandbox token before they reach stdout, and it ends by checking that every request
 * carried the token and {@code Intercom-Version: 2.14}. A leg gives its steps; a test can change the fake first.
 */
abstract class SandboxIntercomLeg implements TourLeg {
    /**
     * What one run of the leg works against.
     *
     * @param fake the fake
     * @param intercom the root, on the fake's base URL and token (and clock and sleeper, when simulated)
     * @param sleeper the waits the root made, on a manual clock; {@code null} on the system clock
     */
    record Sandbox(FakeIntercom fake, Intercom intercom, RecordingSleeper sleeper) {
    }

    private final String name;
    private final String token;
    private final Instant start;
    private final Consumer<FakeIntercom> setup;

    /**
     * @param name the leg's title
     * @param token the sandbox token, never printed
     * @param start where a manual clock starts, shared by the fake and the root; {@code null} for the system clock
     * @param setup what to do to the fake before the steps run (a test queues a failure here)
     */
    SandboxIntercomLeg(String name, String token, Instant start, Consumer<FakeIntercom> setup) {
        this.name = Objects.requireNonNull(name, "name");
        this.token = Objects.requireNonNull(token, "token");
        this.start = start;
        this.setup = Objects.requireNonNull(setup, "setup");
    }

    @Override
    public final String name() {
        return name;
    }

    /**
     * Runs the leg; its lines are collected and checked for the token before they reach {@code out}.
     *
     * @param out stdout
     * @throws IllegalStateException if a step fails or an expectation does not hold
     */
    @Override
    public final void run(PrintStream out) {
        MaskedOutput.run(out, List.of(token), List.of(), this::runSteps);
    }

    private void runSteps(PrintStream out) {
        ManualClock clock = start == null ? null : ManualClock.at(start);
        RecordingSleeper sleeper = clock == null ? null : new RecordingSleeper(clock);
        FakeIntercom.Builder fakeBuilder = FakeIntercom.builder().token(token);
        IntercomBuilder<Intercom> rootBuilder = Intercom.builder().accessToken(token);
        if (clock != null) {
            fakeBuilder.clock(clock);
            rootBuilder.clock(clock).sleeper(sleeper::sleep);
        }
        try (FakeIntercom fake = fakeBuilder.start(); Intercom intercom = rootBuilder.baseUrl(fake.baseUrl()).build()) {
            prepare(fake);
            setup.accept(fake);
            steps(out, new Sandbox(fake, intercom, sleeper));
            bearerAndVersionOnEveryRequest(out, fake, token);
        }
    }

    /** @param fake the leg's fake, before a test's setup runs: the leg's own knobs */
    void prepare(FakeIntercom fake) {
    }

    /**
     * @param out the leg's lines
     * @param s the fake and the root
     */
    abstract void steps(PrintStream out, Sandbox s);
}
