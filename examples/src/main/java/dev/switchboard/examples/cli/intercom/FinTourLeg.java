package dev.switchboard.examples.cli.intercom;

import dev.switchboard.conversations.intercom.fin.CsatRating;
import dev.switchboard.conversations.intercom.fin.FinAgentClient;
import dev.switchboard.conversations.intercom.fin.FinConversation;
import dev.switchboard.conversations.intercom.fin.FinCsatRequest;
import dev.switchboard.conversations.intercom.fin.FinCsatRequested;
import dev.switchboard.conversations.intercom.fin.FinEvent;
import dev.switchboard.conversations.intercom.fin.FinEventStream;
import dev.switchboard.conversations.intercom.fin.FinMessage;
import dev.switchboard.conversations.intercom.fin.FinReplied;
import dev.switchboard.conversations.intercom.fin.FinReplyChunk;
import dev.switchboard.conversations.intercom.fin.FinReplyRequest;
import dev.switchboard.conversations.intercom.fin.FinStartRequest;
import dev.switchboard.conversations.intercom.fin.FinStatus;
import dev.switchboard.conversations.intercom.fin.FinStatusUpdated;
import dev.switchboard.conversations.intercom.fin.FinStreamOptions;
import dev.switchboard.conversations.intercom.fin.FinUser;
import dev.switchboard.examples.cli.TourLeg;
import dev.switchboard.intercom.Intercom;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.intercom.FakeFin;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The Fin over API leg of the tour, against {@link FakeFin}: start Fin on a user's message (an unknown attribute comes
 * back as an error), follow the turn's event stream through its cumulative chunks to the final reply, with the stream
 * dropped mid-reply once and resumed; answer, follow the stream past {@code complete} to the CSAT survey, and rate.
 * Every step is checked; the stream URL's token is never printed.
 */
public final class FinTourLeg implements TourLeg {
    private static final String CONVERSATION = "tour-fin-1";

    /** Creates the leg. */
    public FinTourLeg() {
    }

    @Override
    public String name() {
        return "intercom fin over api: start, stream, reply, csat";
    }

    @Override
    public void run(PrintStream out) {
        RecordingSleeper sleeper = new RecordingSleeper();
        FinStreamOptions.Builder stream = FinStreamOptions.builder().sleeper(sleeper::sleep);
        Instant at = Instant.parse("2026-05-01T12:00:00Z");
        try (FakeFin fake = FakeFin.builder().csat(true).start();
                Intercom intercom = Intercom.builder().accessToken(fake.token()).baseUrl(fake.baseUrl()).build()) {
            FinAgentClient fin = intercom.fin();
            FinConversation turn = fin.start(FinStartRequest.builder(CONVERSATION,
                    FinMessage.user("How can I see my account details?", at),
                    FinUser.builder("u-42").name("Ada").attribute("plan_type", "Pro").attribute("shoe_size", 42).build()).build());
            out.println("started: status " + turn.status().value() + ", attribute errors " + turn.errors().userAttributes().keySet());
            check(FinStatus.THINKING.equals(turn.status()) && turn.errors().userAttributes().containsKey("shoe_size"),
                    "the start did not report the unknown attribute");

            fake.dropStreamMidReply(1);
            List<String> seen = new ArrayList<>();
            String answer = null;
            try (FinEventStream events = fin.events(turn, stream.build())) {
                for (FinEvent e : events) {
                    seen.add(e.eventName());
                    if (e instanceof FinReplyChunk chunk) {
                        out.println("  draft #" + chunk.chunkIndex() + ": " + chunk.chunkText());
                    } else if (e instanceof FinReplied replied) {
                        answer = replied.message().body();
                    }
                }
            }
            out.println("answer: " + answer + " (stream dropped once mid-reply and resumed, " + sleeper.sleeps().size()
                    + " reconnect wait)");
            check(answer != null && seen.get(seen.size() - 1).equals("fin_replied"), "no final reply");
            check("awaiting_user_reply".equals(fake.status(CONVERSATION)), "Fin is not waiting for the user");

            FinConversation next = fin.reply(FinReplyRequest.builder(CONVERSATION, FinMessage.user("thanks!", at.plusSeconds(30)),
                    FinUser.of("u-42")).build());
            FinCsatRequested survey = null;
            List<String> statuses = new ArrayList<>();
            try (FinEventStream events = fin.events(next, stream.expectCsat(true).build())) {
                for (FinEvent e : events) {
                    if (e instanceof FinStatusUpdated s) {
                        statuses.add(s.status().value());
                    } else if (e instanceof FinCsatRequested c) {
                        survey = c;
                    }
                }
            }
            check(survey != null, "no CSAT survey after complete");
            out.println("statuses " + statuses + ", then a survey of " + survey.options().size() + " ratings");
            fin.csat(FinCsatRequest.of(CONVERSATION, CsatRating.AMAZING));
            fin.csat(FinCsatRequest.of(CONVERSATION, CsatRating.AMAZING));
            out.println("rated " + fake.rating(CONVERSATION) + " (sent twice: the same rating again is a no-op, so csat is retried safely)");
            check("amazing".equals(fake.rating(CONVERSATION)), "the rating did not stick");
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what);
        }
    }
}
