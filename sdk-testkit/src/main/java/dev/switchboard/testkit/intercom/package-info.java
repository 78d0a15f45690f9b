/**
 * Stateful fakes of Intercom's REST API 2.14: {@link dev.switchboard.testkit.intercom.FakeIntercom} for calls,
 * conversations and messages (with Intercom-shaped failures from
 * {@link dev.switchboard.testkit.intercom.IntercomFaults}), and
 * {@link dev.switchboard.testkit.intercom.FakeIntercomTickets} for tickets and jobs; both can share one server. They
 * depend only on the test kit and Jackson, so they can test any Intercom client, not only Switchboard's.
 */
package dev.switchboard.testkit.intercom;
