/**
 * The {@code switchboard} command-line tool: {@code tour}, {@code export} and {@code decode}.
 *
 * <p>{@link dev.switchboard.examples.cli.Cli} parses and validates the arguments, frames the output and maps
 * failures to exit codes; the work itself is done by pluggable targets ({@link
 * dev.switchboard.examples.cli.ExportTarget}, {@link dev.switchboard.examples.cli.DecodeTarget}, {@link
 * dev.switchboard.examples.cli.TourLeg}) that the API modules register in {@link
 * dev.switchboard.examples.cli.Targets}.
 */
package dev.switchboard.examples.cli;
