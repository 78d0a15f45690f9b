package dev.switchboard.examples;

import dev.switchboard.conversations.intercom.ConversationListItem;
import dev.switchboard.core.ApiException;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.RateLimitException;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.Timeouts;
import dev.switchboard.core.paging.Page;
import dev.switchboard.core.paging.Paginator;
import dev.switchboard.core.ratelimit.RateLimiter;
import dev.switchboard.core.retry.RetryPolicy;
import dev.switchboard.intercom.Intercom;
import dev.switchboard.testkit.intercom.FakeIntercom;
import dev.switchboard.tickets.CreateTicketRequest;
import dev.switchboard.tickets.Ticket;
import dev.switchboard.tickets.TicketContact;
import java.time.Duration;

/**
 * The code of {@code docs/core.md}: what every client shares (configuration, one view's options, paging, errors),
 * shown on the Intercom client and compiled with the build so it stays true. {@link #main} runs it against the
 * testkit's {@link FakeIntercom}; nothing leaves the machine.
 */
public final class CoreQuickstart {
    private CoreQuickstart() {
    }

    /**
     * @param baseUrl the API root
     * @param token an access token
     * @return a configured client
     */
    static Intercom client(String baseUrl, String token) {
        // README: configuration
        Intercom intercom = Intercom.builder()
                .accessToken(token)
                .baseUrl(baseUrl)                                        // default: the API's own host
                .timeouts(Timeouts.builder()
                        .connect(Duration.ofSeconds(5))
                        .deadline(Duration.ofMinutes(1))                 // covers every attempt and wait
                        .build())
                .retryPolicy(RetryPolicy.builder().maxRetries(3).maxRetryAfter(Duration.ofSeconds(30)).build())
                .rateLimiter(RateLimiter.waiting(
                        RateLimiter.Window.of(100, Duration.ofMinutes(1)),
                        RateLimiter.Window.of(1000, Duration.ofHours(1))))
                .retryListener(e -> System.err.println("retrying " + e.method() + " " + e.url() + " in " + e.delay()))
                .configure(config -> config.defaultHeader("X-Team", "billing"))   // applied last, over everything
                .build();
        return intercom;
    }

    /**
     * @param intercom the client
     * @param ticketId a ticket that exists
     * @return how many conversations were listed
     */
    static long listAndHandleErrors(Intercom intercom, String ticketId) {
        // README: options
        Ticket quick = intercom.tickets()
                .withOptions(RequestOptions.builder()
                        .maxRetries(0)
                        .timeouts(Timeouts.builder().deadline(Duration.ofSeconds(5)).build())
                        .header("X-Request-Purpose", "health-check")
                        .build())
                .get(ticketId);                                          // this view only; the client is unchanged

        // README: pagination
        Paginator<ConversationListItem> conversations = intercom.conversations().list(20);
        long count = conversations.stream().count();                     // lazy; each iteration starts over
        Page<ConversationListItem> first = conversations.firstPage();
        String resumeLater = first.nextCursor().orElse(null);            // a plain string you can store
        if (resumeLater != null) {
            conversations.resumeFrom(resumeLater).forEach(c -> System.out.println(c.id()));
        }

        // README: errors
        try {
            intercom.tickets().get("missing");
        } catch (NotFoundException e) {
            System.out.println("not found, request id " + e.requestId().orElse("-"));
        } catch (RateLimitException e) {
            System.out.println("come back in " + e.retryAfter().orElse(Duration.ofMinutes(1)));
        } catch (ApiException e) {
            System.out.println(e.status() + " " + e.details());
        } catch (TransportException e) {
            System.out.println("no response: " + e.getMessage());
        }
        System.out.println("ticket " + quick.id());
        return count;
    }

    /**
     * Runs the examples against a local fake Intercom.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        try (FakeIntercom fake = FakeIntercom.start()) {
            try (Intercom intercom = client(fake.baseUrl(), fake.token())) {
                String ticketId = intercom.tickets().create(
                        CreateTicketRequest.builder("90", TicketContact.byId("c1")).build()).id();
                System.out.println("listed " + listAndHandleErrors(intercom, ticketId) + " conversations");
            }
        }
    }
}
