package dev.switchboard.core.http;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * What every resource client of every API has in common ({@code intercom.tickets()}, {@code moveworks.users()},
 * {@code suger.events()}, ...), documented once here.
 *
 * <ul>
 *   <li><b>Varying a call.</b> {@link #withOptions} gives a view of the same client whose every call carries the
 *       given {@link RequestOptions} (timeouts, deadline, retry budget, headers): the view's options win, then those
 *       of the view it was made from, then what the SDK sets for one endpoint (a retry budget, a header), then the
 *       client's configuration. A view shares the client's transport, connection pool and credentials; it costs a few objects
 *       and needs no closing.</li>
 *   <li><b>Blocking and non-blocking.</b> Each operation {@code x(...)} that sends one request also exists as
 *       {@code xAsync(...)} returning a {@link java.util.concurrent.CompletableFuture}: it never blocks a thread while
 *       waiting (not for a retry, a rate limit nor the response), completes on OkHttp's or the SDK's scheduler thread,
 *       and cancelling it cancels the HTTP call. A list returns a lazy {@link dev.switchboard.core.paging.Paginator}
 *       that sends nothing until iterated.</li>
 *   <li><b>Errors.</b> The same unchecked exceptions everywhere: {@link IllegalArgumentException} (or
 *       {@link NullPointerException} for a null request object) for an argument rejected <em>before</em> anything is
 *       sent, naming the argument — an {@code …Async} method returns it as a failed future instead of throwing;
 *       {@link dev.switchboard.core.ApiException} and its subclasses for an error answer (after retries);
 *       {@link dev.switchboard.core.TransportException} when no answer came in time; and
 *       {@link dev.switchboard.core.DecodeException} when an answer cannot be read.</li>
 *   <li><b>Threads.</b> Resource clients and their views are immutable and thread-safe.</li>
 * </ul>
 *
 * <pre>{@code
 * TicketsClient patient = intercom.tickets().withOptions(o -> o.timeouts(Timeouts.ofDeadline(Duration.ofMinutes(5))));
 * Ticket ticket = patient.get("123");
 * CompletableFuture<Ticket> later = intercom.tickets().getAsync("123");
 * }</pre>
 *
 * @param <C> the resource client's own type
 */
public interface ResourceClient<C extends ResourceClient<C>> {

    /**
     * @param options the options every call of the view carries
     * @return a view of this client with those options
     */
    C withOptions(RequestOptions options);

    /**
     * @param change the options to set, on a fresh {@link RequestOptions.Builder}
     * @return a view of this client with those options
     */
    default C withOptions(Consumer<RequestOptions.Builder> change) {
        RequestOptions.Builder b = RequestOptions.builder();
        Objects.requireNonNull(change, "change").accept(b);
        return withOptions(b.build());
    }
}
