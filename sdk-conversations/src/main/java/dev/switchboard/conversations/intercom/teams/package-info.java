/**
 * Intercom's teams: the workspace's teams and one team with its admins, priority levels and assignment settings;
 * start with {@link dev.switchboard.conversations.intercom.teams.TeamsClient}.
 */
package dev.switchboard.conversations.intercom.teams;
