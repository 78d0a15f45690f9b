/**
 * The AlooChat parts of the {@code switchboard} command: {@link dev.switchboard.examples.cli.aloochat.AloochatTourLeg}
 * and the {@code export aloochat notifications} target of
 * {@link dev.switchboard.examples.cli.aloochat.AloochatTargets}.
 */
package dev.switchboard.examples.cli.aloochat;
