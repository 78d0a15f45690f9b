/**
 * {@link dev.switchboard.testkit.aloochat.FakeAloochat}: a stateful fake of AlooChat's Team Notifications API
 * (filters, skip/limit paging, per-user status changes that move the statistics, the documented error body and
 * 429s on demand), for tests and the offline sandbox. It does not depend on the SDK's AlooChat client.
 */
package dev.switchboard.testkit.aloochat;
