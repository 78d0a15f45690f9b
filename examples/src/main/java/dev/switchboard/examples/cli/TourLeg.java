package dev.switchboard.examples.cli;

import java.io.PrintStream;

/**
 * One part of {@code switchboard tour}: drives a client through the embedded sandbox, prints what happens and
 * checks it. Registered in {@link Targets#tourLegs()}.
 */
public interface TourLeg {

    /** @return a short title, printed as {@code == <name>} */
    String name();

    /**
     * @param out stdout, for the leg's lines; never print a credential
     * @throws RuntimeException when an expectation fails; the message is printed as the leg's error line
     */
    void run(PrintStream out);
}
