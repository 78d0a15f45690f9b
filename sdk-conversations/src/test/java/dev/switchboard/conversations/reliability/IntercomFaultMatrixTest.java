package dev.switchboard.conversations.reliability;

import dev.switchboard.conversations.intercom.ConversationReply;
import dev.switchboard.conversations.intercom.ConversationUpdate;
import dev.switchboard.conversations.intercom.CreateMessage;
import dev.switchboard.conversations.intercom.Intercom;
import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.conversations.intercom.Recipient;
import dev.switchboard.conversations.intercom.SearchQuery;
import dev.switchboard.conversations.intercom.admins.IntercomAdmins;
import dev.switchboard.core.testing.FaultMatrix;
import dev.switchboard.core.testing.FaultMatrix.Kind;
import dev.switchboard.core.testing.FaultMatrix.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fault matrix for the Intercom clients of sdk-conversations: calls, conversations, messages and admins. Intercom
 * refuses a rate-limited request before processing it, so a 429 is waited out even for a reply or a message.
 */
class IntercomFaultMatrixTest {
    private static final String CONVERSATION = "{\"type\":\"conversation\",\"id\":\"c1\",\"state\":\"open\"}";
    private static final String CALL = "{\"type\":\"call\",\"id\":\"7001\",\"state\":\"completed\"}";

    @Test
    void everyOperationUnderEveryFault() {
        FaultMatrix<Intercom> m = new FaultMatrix<>("intercom", (base, http, clock, sleeper, readTimeout) -> Intercom.of(
                IntercomConnection.builder().baseUrl(base).accessToken("ic-tok-1").okHttpClient(http).clock(clock)
                        .sleeper(sleeper::sleep).readTimeout(readTimeout).build()), true);
        m.run(List.of(
                new Operation<>("calls.get", "GET", "/calls/{id}", Kind.RETRIED, CALL, i -> i.calls().get("7001")),
                new Operation<>("calls.list", "GET", "/calls", Kind.RETRIED,
                        "{\"type\":\"list\",\"data\":[" + CALL + "],\"pages\":{\"page\":1,\"total_pages\":1}}",
                        i -> i.calls().list().forEach(c -> c.id())),
                new Operation<>("calls.search", "POST", "/calls/search", Kind.RETRIED, "{\"type\":\"list\",\"data\":[" + CALL + "]}",
                        i -> i.calls().search(List.of("c1"))),
                new Operation<>("conversations.get", "GET", "/conversations/{id}", Kind.RETRIED, CONVERSATION,
                        i -> i.conversations().get("c1")),
                new Operation<>("conversations.list", "GET", "/conversations", Kind.RETRIED,
                        "{\"type\":\"conversation.list\",\"conversations\":[" + CONVERSATION + "],\"pages\":{}}",
                        i -> i.conversations().list().firstPage()),
                new Operation<>("conversations.search", "POST", "/conversations/search", Kind.RETRIED,
                        "{\"type\":\"conversation.list\",\"conversations\":[" + CONVERSATION + "]}",
                        i -> i.conversations().search(SearchQuery.field("open").eq(true)).firstPage()),
                new Operation<>("conversations.update", "PUT", "/conversations/{id}", Kind.RETRIED, CONVERSATION,
                        i -> i.conversations().update("c1", ConversationUpdate.builder().read(true).build())),
                new Operation<>("conversations.reply", "POST", "/conversations/{id}/reply", Kind.ONCE, CONVERSATION,
                        i -> i.conversations().reply("c1", ConversationReply.adminComment("991", "hello").build())),
                new Operation<>("messages.create", "POST", "/messages", Kind.ONCE,
                        "{\"type\":\"user_message\",\"id\":\"m1\"}",
                        i -> i.messages().create(CreateMessage.inApp(991L).body("hi").to(Recipient.user("u1")).build())),
                new Operation<>("admins.awayStatusReasons", "GET", "/away_status_reasons", Kind.RETRIED,
                        "{\"type\":\"list\",\"data\":[{\"id\":\"1\",\"label\":\"Lunch\"}]}",
                        i -> new IntercomAdmins(i.connection()).awayStatusReasons())));
        m.assertAll();
    }
}
