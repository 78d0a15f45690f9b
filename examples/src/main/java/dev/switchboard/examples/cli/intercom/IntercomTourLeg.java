package dev.switchboard.examples.cli.intercom;

import static dev.switchboard.examples.cli.intercom.TourSteps.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.conversations.intercom.Call;
import dev.switchboard.conversations.intercom.CallTranscript;
import dev.switchboard.conversations.intercom.Conversation;
import dev.switchboard.conversations.intercom.ConversationListItem;
import dev.switchboard.conversations.intercom.ConversationPart;
import dev.switchboard.conversations.intercom.ConversationReply;
import dev.switchboard.conversations.intercom.ConversationUpdate;
import dev.switchboard.conversations.intercom.CreateMessage;
import dev.switchboard.conversations.intercom.EmailTemplate;
import dev.switchboard.conversations.intercom.Message;
import dev.switchboard.conversations.intercom.QuickReplyOption;
import dev.switchboard.conversations.intercom.Recipient;
import dev.switchboard.conversations.intercom.SearchQuery;
import dev.switchboard.core.paging.Page;
import dev.switchboard.examples.cli.MaskedOutput;
import dev.switchboard.examples.cli.TourLeg;
import dev.switchboard.intercom.Intercom;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.intercom.FakeIntercom;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The Intercom calls, conversations and messages leg of the tour, against {@link FakeIntercom}: list calls across
 * page-number pages (the first answer is a 429 whose {@code X-RateLimit-Reset} is waited for), get a recording's
 * signed URL without following it, read a transcript, search conversations with the DSL across body-cursor pages,
 * clear a conversation's company with an explicit JSON {@code null}, reply with a quick reply, and send an email with
 * cc and bcc. Waits are simulated on a manual clock; every step is checked and a broken expectation throws
 * {@link IllegalStateException}; the sandbox token is never printed.
 */
public final class IntercomTourLeg implements TourLeg {
    static final Instant START = Instant.parse("2026-05-01T12:00:04Z");
    private static final String MASK = "***";

    /** Creates the leg. */
    public IntercomTourLeg() {
    }

    @Override
    public String name() {
        return "intercom calls, conversations, messages";
    }

    /**
     * Runs the leg; its lines are collected and checked for the token before they reach {@code out}.
     *
     * @param out stdout
     * @throws IllegalStateException if an expectation fails
     */
    @Override
    public void run(PrintStream out) {
        MaskedOutput.run(out, List.of(FakeIntercom.DEFAULT_TOKEN), List.of(), IntercomTourLeg::steps);
    }

    private static void steps(PrintStream out) {
        ManualClock clock = ManualClock.at(START);
        RecordingSleeper sleeper = new RecordingSleeper(clock);
        try (FakeIntercom fake = FakeIntercom.builder().clock(clock).start();
                Intercom intercom = Intercom.builder().accessToken(fake.token()).baseUrl(fake.baseUrl())
                        .clock(clock).sleeper(sleeper::sleep).build()) {
            out.println("(sandbox: waits are simulated)");
            calls(out, fake, intercom, sleeper);
            String callId = fake.callIds().get(0);
            recording(out, fake, intercom, callId);
            transcript(out, fake, intercom, callId);
            search(out, fake, intercom);
            clearCompany(out, fake, intercom);
            quickReply(out, fake, intercom);
            email(out, fake, intercom);
            for (FakeRequest r : fake.requests()) {
                check(("Bearer " + fake.token()).equals(r.header("Authorization")), "no bearer token on " + r);
                check("2.14".equals(r.header("Intercom-Version")), "no Intercom-Version: 2.14 on " + r);
            }
            out.println("all " + fake.requests().size() + " requests carried Authorization: Bearer " + MASK
                    + " and Intercom-Version: 2.14");
        }
    }

    private static void calls(PrintStream out, FakeIntercom fake, Intercom intercom, RecordingSleeper sleeper) {
        fake.faults().rateLimited("GET", "/calls");
        int pages = 0;
        long calls = 0;
        for (Page<Call> page : intercom.calls().list().pages()) {
            pages++;
            calls += page.items().size();
        }
        Duration waited = sleeper.total();
        out.println("GET /calls: " + calls + " calls in " + pages + " pages (page numbers, 25 per page); the first answer was"
                + " 429, waited " + waited.toSeconds() + " s until X-RateLimit-Reset");
        check(calls == fake.callIds().size() && pages == 3, "expected " + fake.callIds().size() + " calls in 3 pages");
        check(waited.equals(Duration.ofSeconds(6)), "the 429 did not wait for X-RateLimit-Reset: " + sleeper.sleeps());
        out.println("  rate limit now: " + intercom.connection().rateLimit().remaining().getAsLong() + " of "
                + intercom.connection().rateLimit().limit().getAsLong() + " left in this window");
    }

    private static void recording(PrintStream out, FakeIntercom fake, Intercom intercom, String callId) {
        URI url = intercom.calls().recordingUrl(callId);
        URI api = URI.create(fake.baseUrl());
        out.println("recording of call " + callId + ": 302 to " + url.getHost() + ":" + url.getPort() + url.getPath()
                + " (signed; the API is on port " + api.getPort() + "); not followed, requests to the recording host: "
                + fake.recordingServer().requestCount());
        check(url.getPort() != api.getPort(), "the recording should be on another host");
        check(fake.recordingServer().requestCount() == 0, "the recording host was contacted");
    }

    private static void transcript(PrintStream out, FakeIntercom fake, Intercom intercom, String callId) {
        CallTranscript transcript = intercom.calls().transcript(callId);
        String text = transcript.text().orElseThrow(() -> new IllegalStateException("no transcript text"));
        out.println("transcript of call " + callId + ": " + text.lines().count() + " lines of text/plain ("
                + transcript.fileName().orElse("no file name") + "), first: " + text.lines().findFirst().orElse(""));
        String without = fake.callIds().get(2);
        CallTranscript none = intercom.calls().transcript(without);
        out.println("transcript of call " + without + ": [{}] -> no transcript");
        check(none.isEmpty(), "[{}] should mean no transcript");
    }

    private static void search(PrintStream out, FakeIntercom fake, Intercom intercom) {
        Instant since = Instant.ofEpochSecond(1_767_225_600L + 6 * 3_600L);
        SearchQuery query = SearchQuery.and(SearchQuery.field("state").eq("open"), SearchQuery.field("created_at").gt(since));
        List<ConversationListItem> found = intercom.conversations().search(query, 4).stream().toList();
        List<FakeRequest> searches = fake.requests().stream().filter(r -> r.path().equals("/conversations/search")).toList();
        out.println("search state = open AND created_at > " + since + ": " + found.size() + " conversations over "
                + searches.size() + " pages (the cursor travels in the body's pagination.starting_after)");
        check(found.size() == 10 && searches.size() == 3, "expected 10 conversations in 3 pages, got " + found.size()
                + " in " + searches.size());
        check(found.stream().allMatch(c -> "open".equals(c.state().value())), "a conversation that is not open was found");
        check(searches.get(2).json().path("pagination").path("starting_after").isTextual(), "no body cursor on page 3");
    }

    private static void clearCompany(PrintStream out, FakeIntercom fake, Intercom intercom) {
        String id = fake.conversationIds().get(1);
        String before = fake.companyId(id).orElse("none");
        intercom.conversations().update(id, ConversationUpdate.builder().clearCompanyId().customAttribute("vip", true).build());
        JsonNode sent = fake.lastUpdate(id).orElseThrow();
        out.println("conversation " + id + ": company " + before + " cleared with PUT " + sent + "; company now "
                + fake.companyId(id).orElse("none"));
        check(sent.has("company_id") && sent.get("company_id").isNull(), "company_id was not sent as null");
        check(fake.companyId(id).isEmpty(), "the company was not cleared");
    }

    private static void quickReply(PrintStream out, FakeIntercom fake, Intercom intercom) {
        String id = fake.conversationIds().get(0);
        Conversation c = intercom.conversations().reply(id, ConversationReply.adminQuickReply("991267700",
                List.of(QuickReplyOption.of("Yes, close it"), QuickReplyOption.of("Not yet"))).body("Can I close this?").build());
        ConversationPart last = c.parts().get(c.parts().size() - 1);
        long fin = c.parts().stream().filter(ConversationPart::fromAiAgent).count();
        out.println("quick reply on conversation " + id + ": part " + last.id() + " (" + last.partType() + ") offering "
                + last.quickReplyOptions().stream().map(QuickReplyOption::text).toList() + "; " + fin
                + " earlier parts were written by the AI agent");
        check("quick_reply".equals(last.partType()) && last.quickReplyOptions().size() == 2, "the quick reply was not added");
    }

    private static void email(PrintStream out, FakeIntercom fake, Intercom intercom) {
        Message m = intercom.messages().create(CreateMessage.email(991267700L)
                .subject("Your order")
                .body("Your order has shipped.")
                .template(EmailTemplate.PLAIN)
                .to(Recipient.user(fake.conversation(fake.conversationIds().get(0)).orElseThrow()
                        .path("contacts").path("contacts").path(0).path("id").asText()))
                .cc(List.of(Recipient.lead("lead-1"), Recipient.user("user-2")))
                .bcc(Recipient.user("audit-1"))
                .build());
        JsonNode sent = fake.messages().get(0);
        out.println("email message " + m.id() + " (" + m.messageType() + "): to 1, cc " + sent.path("cc").size()
                + ", bcc " + (sent.path("bcc").isObject() ? 1 : sent.path("bcc").size()) + " recipients");
        check("email".equals(m.messageType().value()) && sent.path("cc").size() == 2, "the email was not sent as built");
    }
}
