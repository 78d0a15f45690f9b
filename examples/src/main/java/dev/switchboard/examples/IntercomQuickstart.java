package dev.switchboard.examples;

import dev.switchboard.conversations.intercom.Call;
import dev.switchboard.conversations.intercom.CallTranscript;
import dev.switchboard.conversations.intercom.Conversation;
import dev.switchboard.conversations.intercom.ConversationListItem;
import dev.switchboard.conversations.intercom.ConversationReply;
import dev.switchboard.conversations.intercom.ConversationUpdate;
import dev.switchboard.conversations.intercom.ConversationView;
import dev.switchboard.conversations.intercom.CreateMessage;
import dev.switchboard.conversations.intercom.EmailTemplate;
import dev.switchboard.intercom.Intercom;
import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.conversations.intercom.IntercomRegion;
import dev.switchboard.conversations.intercom.Message;
import dev.switchboard.conversations.intercom.QuickReplyOption;
import dev.switchboard.conversations.intercom.Recipient;
import dev.switchboard.conversations.intercom.SearchQuery;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.RateLimitException;
import dev.switchboard.core.http.RateLimitInfo;
import dev.switchboard.core.http.Timeouts;
import dev.switchboard.core.paging.Paginator;
import dev.switchboard.testkit.intercom.FakeIntercom;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The code shown in the README's "Intercom" section, compiled with the build so it stays true. Run it with
 * {@code java -cp examples/target/switchboard-cli.jar dev.switchboard.examples.IntercomQuickstart}; it talks to the
 * embedded {@link FakeIntercom} only.
 */
public final class IntercomQuickstart {
    private IntercomQuickstart() {
    }

    /**
     * @param token an access token
     * @return the clients on a connection to the EU region
     */
    static Intercom regional(String token) {
        // README: connection
        Intercom intercom = Intercom.builder()
                .accessToken(token)                      // or a Supplier<String>; or fromEnv() for INTERCOM_TOKEN
                .region(IntercomRegion.EU)               // US (default), EU or AU; or .baseUrl(...) for a proxy
                .timeouts(Timeouts.ofDeadline(Duration.ofMinutes(2)))
                .build();                                // tickets(), calls(), conversations(), ...; close() when done
        return intercom;
    }

    /**
     * @param intercom the clients
     * @return the number of calls listed
     */
    static long calls(Intercom intercom) {
        // README: calls
        long calls = 0;
        for (Call call : intercom.calls().list()) {                   // page numbers, 25 per page, fetched lazily
            calls++;
        }
        Call call = intercom.calls().get("7001");
        URI recording = intercom.calls().recordingUrl(call.id());       // the signed URL of the 302; nothing downloaded
        CallTranscript transcript = intercom.calls().transcript(call.id());
        if (!transcript.isEmpty()) {                                    // text/plain, or JSON where [{}] means none
            System.out.println(transcript.text().orElse(transcript.entries().toString()));
        }
        List<Call> withTranscripts = intercom.calls().search(List.of(call.conversationId()));   // 1 to 20 ids
        System.out.println("recording at " + recording.getHost() + ", " + withTranscripts.size() + " calls searched");
        return calls;
    }

    /**
     * @param intercom the clients
     * @return the number of conversations found
     */
    static long conversations(Intercom intercom) {
        // README: search
        SearchQuery open = SearchQuery.and(
                SearchQuery.field("state").eq("open"),
                SearchQuery.field("updated_at").gt(Instant.parse("2026-01-01T00:00:00Z")),
                SearchQuery.or(SearchQuery.field("priority").eq("priority"), SearchQuery.field("read").eq(false)));
        Paginator<ConversationListItem> found = intercom.conversations().search(open, 50);
        long count = found.stream().count();                            // the cursor travels in the body

        // README: get, update, reply
        Conversation c = intercom.conversations().get("100001", ConversationView.DEFAULT.asPlaintext());
        intercom.conversations().update(c.id(), ConversationUpdate.builder()
                .title("Delivery question")
                .customAttribute("vip", true)                            // sent as a JSON boolean
                .clearCompanyId()                                        // "company_id": null removes the company
                .build());
        intercom.conversations().reply(c.id(), ConversationReply.adminQuickReply("991267700",
                        List.of(QuickReplyOption.of("Yes"), QuickReplyOption.of("No")))
                .body("Did that answer your question?")
                .build());
        return count;
    }

    /**
     * @param intercom the clients
     * @return the sent message
     */
    static Message message(Intercom intercom) {
        // README: messages
        Message sent = intercom.messages().create(CreateMessage.email(991267700L)
                .subject("Your order")
                .body("Your order has shipped.")
                .template(EmailTemplate.PLAIN)
                .to(Recipient.user("6762f0000000000000000001"))
                .cc(List.of(Recipient.lead("6762f0000000000000000002")))
                .bcc(Recipient.user("6762f0000000000000000003"))
                .build());
        return sent;
    }

    /**
     * @param intercom the clients
     */
    static void versionsAndLimits(Intercom intercom) {
        // README: version and rate limits
        Call old = intercom.calls().withOptions(IntercomConnection.version("2.13")).get("7001");   // this view only
        RateLimitInfo limit = intercom.rateLimit();                      // X-RateLimit-* of the latest response
        System.out.println(old.id() + ": " + limit.remaining().orElse(-1) + " requests left until " + limit.reset().orElse(null));
        try {
            intercom.calls().get("no-such-call");
        } catch (NotFoundException e) {
            System.out.println(e.details() + ", request id " + e.requestId().orElse("-"));
        } catch (RateLimitException e) {
            System.out.println("come back at " + e.rateLimit().reset().orElse(null));
        }
    }

    /**
     * Runs the examples against the embedded fake.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        try (Intercom eu = regional("example-token")) {
            System.out.println("connection: " + eu.connection());
        }
        try (FakeIntercom fake = FakeIntercom.start();
                Intercom intercom = Intercom.builder().accessToken(fake.token()).baseUrl(fake.baseUrl()).build()) {
            System.out.println(calls(intercom) + " calls");
            System.out.println(conversations(intercom) + " open conversations found");
            System.out.println("message " + message(intercom).id() + " sent");
            versionsAndLimits(intercom);
        }
    }
}
