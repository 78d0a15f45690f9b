/**
 * Switchboard's foundation, shared by every API client: the exception hierarchy lives here; client configuration
 * ({@link dev.switchboard.core.http}), credentials ({@link dev.switchboard.core.auth}), retries
 * ({@link dev.switchboard.core.retry}), client-side rate limits ({@link dev.switchboard.core.ratelimit}), JSON
 * models ({@link dev.switchboard.core.json}) and pagination ({@link dev.switchboard.core.paging}) in the
 * sub-packages. {@code dev.switchboard.core.spi} is what API modules are built on (exported on the module path to
 * Switchboard's modules only); {@code dev.switchboard.core.internal} is exported to no module and is not API.
 *
 * <p>Exceptions are unchecked: {@link dev.switchboard.core.ApiException} and its subclasses for error statuses,
 * {@link dev.switchboard.core.TransportException} when no response arrived,
 * {@link dev.switchboard.core.DecodeException} for bodies that are not the expected JSON,
 * {@link dev.switchboard.core.PaginationException} for broken page sequences and
 * {@link dev.switchboard.core.ClientRateLimitException} when the client-side limiter refuses.
 */
package dev.switchboard.core;
