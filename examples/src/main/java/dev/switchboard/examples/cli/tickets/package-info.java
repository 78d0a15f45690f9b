/** The Intercom tickets tour leg and export target of the {@code switchboard} command. */
package dev.switchboard.examples.cli.tickets;
