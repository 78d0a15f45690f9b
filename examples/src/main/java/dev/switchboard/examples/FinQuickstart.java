package dev.switchboard.examples;

import dev.switchboard.conversations.intercom.fin.CsatOption;
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
import dev.switchboard.conversations.intercom.fin.FinStreamOptions;
import dev.switchboard.conversations.intercom.fin.FinUser;
import dev.switchboard.intercom.Intercom;
import dev.switchboard.testkit.intercom.FakeFin;
import java.time.Instant;

/** The README's "Fin over API" section, compiled; {@link #main} runs it against the embedded fake. */
public final class FinQuickstart {
    private FinQuickstart() {
    }

    static void fin(FinAgentClient fin) {
        // README: fin
        FinConversation turn = fin.start(FinStartRequest.builder("ext-123",
                        FinMessage.user("How can I see my account details?", Instant.now()),
                        FinUser.builder("123456").name("John Doe").attribute("plan_type", "Pro").build())
                .build());
        if (turn.hasAttributeErrors()) {
            System.out.println("attributes not applied: " + turn.errors().userAttributes().keySet());
        }
        try (FinEventStream events = fin.events(turn)) {              // ends when Fin awaits the user or is complete
            for (FinEvent event : events) {
                if (event instanceof FinReplyChunk chunk) {
                    System.out.println("draft: " + chunk.chunkText());   // cumulative text: replace the draft, don't append
                } else if (event instanceof FinReplied replied) {
                    System.out.println("answer: " + replied.message().body()); // the final reply supersedes the draft
                }
            }
        }
        FinConversation next = fin.reply(FinReplyRequest.builder("ext-123",
                FinMessage.user("Thanks, that's all!", Instant.now()), FinUser.of("123456")).build());
        try (FinEventStream events = fin.events(next, FinStreamOptions.builder().expectCsat(true).build())) {
            for (FinEvent event : events) {                           // held open past "complete" for the survey
                if (event instanceof FinCsatRequested csat) {
                    System.out.println("rate: " + csat.options().stream().map(CsatOption::label).toList());
                }
            }
        }
        fin.csat(FinCsatRequest.of("ext-123", CsatRating.AMAZING));   // the same rating again is a no-op
    }

    /**
     * Runs the section against a local fake.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        try (FakeFin fake = FakeFin.builder().csat(true).start();
                Intercom intercom = Intercom.builder().accessToken(fake.token()).baseUrl(fake.baseUrl()).build()) {
            fin(intercom.fin());
            System.out.println("rated: " + fake.rating("ext-123"));
        }
    }
}
