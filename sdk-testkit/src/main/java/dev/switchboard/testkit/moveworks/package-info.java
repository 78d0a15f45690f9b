/**
 * A fake Moveworks Data API for tests and the offline sandbox:
 * {@link dev.switchboard.testkit.moveworks.FakeMoveworksDataApi} serves generated SysEvents-era records with OData
 * paging, filters, counts, API-key and OAuth authentication, and injected rate limits and outages. It depends on the
 * testkit only, not on the SDK's domain modules.
 */
package dev.switchboard.testkit.moveworks;
