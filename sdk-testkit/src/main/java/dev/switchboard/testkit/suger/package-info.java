/**
 * {@link dev.switchboard.testkit.suger.FakeSuger}: a stateful fake of Suger's notification API (events with drift,
 * date and priority filters, offset paging, messages, API-key and legacy bearer-token auth), for tests and the
 * offline sandbox. It does not depend on the SDK's Suger client.
 */
package dev.switchboard.testkit.suger;
