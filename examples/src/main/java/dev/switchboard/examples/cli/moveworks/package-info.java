/**
 * The Moveworks parts of the {@code switchboard} command: {@link dev.switchboard.examples.cli.moveworks.MoveworksTargets}
 * (the {@code export moveworks ...} targets) and {@link dev.switchboard.examples.cli.moveworks.MoveworksTourLeg} (the
 * Data API leg of {@code tour}), both running offline against the testkit's fake when no credentials are set.
 */
package dev.switchboard.examples.cli.moveworks;
