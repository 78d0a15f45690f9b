/**
 * Configuring a client: the settings every builder shares ({@link dev.switchboard.core.http.ClientBuilder}, with
 * its precedence rule and {@code fromEnv()}), the {@link dev.switchboard.core.http.ClientConfig} it produces, the
 * {@link dev.switchboard.core.http.Timeouts} value, per-call {@link dev.switchboard.core.http.RequestOptions}, the
 * {@link dev.switchboard.core.http.ResourceClient} contract of every resource client ({@code withOptions} views,
 * {@code …Async} twins, errors, thread safety), and what the last response said about rate limits
 * ({@link dev.switchboard.core.http.RateLimitInfo}). How requests are sent is not here: that is the
 * domain-author SPI, {@code dev.switchboard.core.spi}.
 */
package dev.switchboard.core.http;
