/**
 * The domain-author SPI: what a Switchboard API module (Intercom, Moveworks, Suger, AlooChat, the webhooks) builds
 * its resource clients on, and nothing an application needs. A resource method builds an
 * {@link dev.switchboard.core.spi.ApiRequest} (method, path template, query, body, whether a repeat is safe),
 * hands it to the client's {@link dev.switchboard.core.spi.Transport}, and gets back the decoded body
 * ({@link dev.switchboard.core.spi.ApiResponse}), a raw streamed body ({@link dev.switchboard.core.spi.HttpResponse})
 * or a future of either; the transport owns authentication, retries, rate limits, timeouts, redaction, logging and
 * error mapping ({@link dev.switchboard.core.spi.ErrorBodyParser} reads an API's error bodies).
 * {@link dev.switchboard.core.spi.Futures} adapts blocking-style code to the asynchronous twins, and
 * {@link dev.switchboard.core.spi.Checks} holds the argument checks every module shares.
 *
 * <p>On the module path this package is exported only to Switchboard's own modules; it may change in any release.
 */
package dev.switchboard.core.spi;
