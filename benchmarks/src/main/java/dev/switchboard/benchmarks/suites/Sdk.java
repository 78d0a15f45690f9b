package dev.switchboard.benchmarks.suites;

import dev.switchboard.conversations.intercom.ConversationListItem;
import dev.switchboard.conversations.intercom.IntercomBuilder;
import dev.switchboard.conversations.moveworks.Conversation;
import dev.switchboard.conversations.moveworks.Interaction;
import dev.switchboard.conversations.moveworks.MoveworksDataApi;
import dev.switchboard.intercom.Intercom;
import dev.switchboard.notifications.suger.EventFilter;
import dev.switchboard.notifications.suger.NotificationEvent;
import dev.switchboard.notifications.suger.Suger;
import dev.switchboard.tickets.Ticket;
import dev.switchboard.tickets.UpdateTicketRequest;
import okhttp3.OkHttpClient;

/**
 * The SDK side of each benchmark: the clients a user builds, and the loops a user writes with them. Each method
 * returns the same checksum as its {@link dev.switchboard.benchmarks.baseline.HandWritten} counterpart.
 */
public final class Sdk implements AutoCloseable {
    /** The bearer token every client sends. */
    public static final String TOKEN = "bench-token";

    private final MoveworksDataApi moveworks;
    private final Suger suger;
    private final Intercom intercom;

    /**
     * @param baseUrl the local server
     * @param http the OkHttp client to derive from, or {@code null} for the SDK's own
     */
    public Sdk(String baseUrl, OkHttpClient http) {
        MoveworksDataApi.Builder m = MoveworksDataApi.builder().baseUrl(baseUrl).apiKey(TOKEN);
        Suger.Builder s = Suger.builder().baseUrl(baseUrl).apiKey(TOKEN).organizationId("org-1");
        IntercomBuilder<Intercom> i = Intercom.builder().baseUrl(baseUrl).accessToken(TOKEN);
        if (http != null) {
            m.okHttpClient(http);
            s.okHttpClient(http);
            i.okHttpClient(http);
        }
        this.moveworks = m.build();
        this.suger = s.build();
        this.intercom = i.build();
    }

    /** @return the sum of the conversations' id hashes */
    public long moveworksConversations() {
        long acc = 0;
        for (Conversation c : moveworks.conversations().list()) {
            acc += c.id().hashCode();
        }
        return acc;
    }

    /** @return the sum of the interactions' id hashes */
    public long moveworksInteractions() {
        long acc = 0;
        for (Interaction c : moveworks.interactions().list()) {
            acc += c.id().hashCode();
        }
        return acc;
    }

    /** @return the sum of the events' id hashes */
    public long sugerEvents() {
        long acc = 0;
        for (NotificationEvent e : suger.events().list(EventFilter.builder().build())) {
            acc += e.eventId().hashCode();
        }
        return acc;
    }

    /** @return the sum of the conversations' id hashes */
    public long intercomConversations() {
        long acc = 0;
        for (ConversationListItem c : intercom.conversations().list(150)) {
            acc += c.id().hashCode();
        }
        return acc;
    }

    /**
     * @param id a ticket id
     * @return the ticket's id hash
     */
    public long getTicket(String id) {
        Ticket t = intercom.tickets().get(id);
        return t.id().hashCode();
    }

    /**
     * @param id a ticket id
     * @return the updated ticket's id hash
     */
    public long updateTicket(String id) {
        Ticket t = intercom.tickets().update(id, UpdateTicketRequest.builder().open(false).performedBy(991268011L)
                .assignTo("5017691").build());
        return t.id().hashCode();
    }

    @Override
    public void close() {
        moveworks.close();
        suger.close();
        intercom.close();
    }
}
