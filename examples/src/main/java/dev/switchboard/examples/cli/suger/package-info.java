/**
 * The Suger parts of the {@code switchboard} command: {@link dev.switchboard.examples.cli.suger.SugerTourLeg} and
 * the {@code export suger events|messages} targets of {@link dev.switchboard.examples.cli.suger.SugerTargets}.
 */
package dev.switchboard.examples.cli.suger;
