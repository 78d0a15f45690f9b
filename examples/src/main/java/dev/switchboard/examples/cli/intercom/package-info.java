/**
 * The Intercom calls, conversations and messages part of the {@code switchboard} tool: the tour leg
 * ({@link dev.switchboard.examples.cli.intercom.IntercomTourLeg}) and the {@code export intercom conversations} and
 * {@code export intercom calls} targets ({@link dev.switchboard.examples.cli.intercom.IntercomTargets#all()}).
 */
package dev.switchboard.examples.cli.intercom;
