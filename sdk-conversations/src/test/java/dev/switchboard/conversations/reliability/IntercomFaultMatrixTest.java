package dev.switchboard.conversations.reliability;

import dev.switchboard.conversations.intercom.ConversationReply;
import dev.switchboard.conversations.intercom.ConversationUpdate;
import dev.switchboard.conversations.intercom.CreateMessage;
import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.conversations.intercom.Recipient;
import dev.switchboard.conversations.intercom.SearchQuery;
import dev.switchboard.conversations.intercom.TestIntercom;
import dev.switchboard.conversations.intercom.admins.AdminsClient;
import dev.switchboard.conversations.intercom.admins.SetAway;
import dev.switchboard.conversations.intercom.fin.CsatRating;
import dev.switchboard.conversations.intercom.fin.FinAgentClient;
import dev.switchboard.conversations.intercom.fin.FinCsatRequest;
import dev.switchboard.conversations.intercom.fin.FinMessage;
import dev.switchboard.conversations.intercom.fin.FinStartRequest;
import dev.switchboard.conversations.intercom.fin.FinUser;
import dev.switchboard.conversations.intercom.knowledge.InternalArticleRequest;
import dev.switchboard.conversations.intercom.knowledge.InternalArticlesClient;
import dev.switchboard.conversations.intercom.knowledge.NewsItemRequest;
import dev.switchboard.conversations.intercom.knowledge.NewsItemsClient;
import dev.switchboard.conversations.intercom.reporting.ExportRequest;
import dev.switchboard.conversations.intercom.reporting.ReportingDataExportClient;
import dev.switchboard.core.http.Timeouts;
import dev.switchboard.core.testing.FaultMatrix.Kind;
import dev.switchboard.core.testing.FaultMatrix.Operation;
import dev.switchboard.core.testing.FaultMatrix;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fault matrix for the TestIntercom clients of sdk-conversations: calls, conversations, messages, admins and activity
 * logs, internal articles, news items, the reporting export and Fin over API. Intercom
 * refuses a rate-limited request before processing it, so a 429 is waited out even for a reply or a message.
 */
class IntercomFaultMatrixTest {
    private static final String CONVERSATION = "{\"type\":\"conversation\",\"id\":\"c1\",\"state\":\"open\"}";
    private static final String CALL = "{\"type\":\"call\",\"id\":\"7001\",\"state\":\"completed\"}";
    private static final String ADMIN = "{\"type\":\"admin\",\"id\":\"991267460\",\"away_mode_enabled\":false}";
    private static final String ARTICLE = "{\"type\":\"internal_article\",\"id\":\"123\",\"title\":\"Refunds\"}";
    private static final String NEWS_ITEM = "{\"type\":\"news-item\",\"id\":\"456\",\"title\":\"Product Update\",\"state\":\"draft\"}";
    private static final String EXPORT_JOB = "{\"job_identifier\":\"job1\",\"status\":\"pending\"}";
    private static final String FIN = "{\"conversation_id\":\"ext-1\",\"user_id\":\"u1\",\"status\":\"thinking\","
            + "\"created_at_ms\":1775000000000,\"sse_subscription_url\":\"https://realtime.example/fin?token=t\"}";

    @Test
    void everyOperationUnderEveryFault() {
        FaultMatrix<TestIntercom> m = new FaultMatrix<>("intercom", (base, http, clock, sleeper, readTimeout) -> TestIntercom.of(
                IntercomConnection.builder().baseUrl(base).accessToken("ic-tok-1").okHttpClient(http).clock(clock)
                        .sleeper(sleeper::sleep).timeouts(Timeouts.builder().read(readTimeout).build()).build()), true);
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
                        i -> new AdminsClient(i.connection()).awayStatusReasons()),
                new Operation<>("admins.setAway", "PUT", "/admins/{id}/away", Kind.RETRIED, ADMIN,
                        i -> new AdminsClient(i.connection()).setAway("991267460", SetAway.back())),
                new Operation<>("admins.activityLogs", "GET", "/admins/activity_logs", Kind.RETRIED,
                        "{\"type\":\"activity_log.list\",\"activity_logs\":[{\"id\":\"l1\",\"activity_type\":\"app_name_change\"}],"
                                + "\"pages\":{\"type\":\"pages\",\"next\":null,\"page\":1,\"per_page\":20,\"total_pages\":1}}",
                        i -> new AdminsClient(i.connection()).activityLogs(Instant.parse("2026-04-01T00:00:00Z")).firstPage()),
                new Operation<>("internalArticles.get", "GET", "/internal_articles/{id}", Kind.RETRIED, ARTICLE,
                        i -> new InternalArticlesClient(i.connection()).get("123")),
                new Operation<>("internalArticles.create", "POST", "/internal_articles", Kind.ONCE, ARTICLE,
                        i -> new InternalArticlesClient(i.connection()).create(InternalArticleRequest.create("Refunds", "991266252", "991266252"))),
                new Operation<>("internalArticles.delete", "DELETE", "/internal_articles/{id}", Kind.RETRIED,
                        "{\"id\":\"123\",\"object\":\"internal_article\",\"deleted\":true}",
                        i -> new InternalArticlesClient(i.connection()).delete("123")),
                new Operation<>("newsItems.get", "GET", "/news/news_items/{id}", Kind.RETRIED, NEWS_ITEM,
                        i -> new NewsItemsClient(i.connection()).get("456")),
                new Operation<>("newsItems.create", "POST", "/news/news_items", Kind.ONCE, NEWS_ITEM,
                        i -> new NewsItemsClient(i.connection()).create(NewsItemRequest.create("Product Update", "991267460"))),
                new Operation<>("newsItems.update", "PUT", "/news/news_items/{id}", Kind.RETRIED, NEWS_ITEM,
                        i -> new NewsItemsClient(i.connection()).update("456", NewsItemRequest.update().title("Product Update 2"))),
                new Operation<>("reporting.datasets", "GET", "/export/reporting_data/get_datasets", Kind.RETRIED,
                        "{\"type\":\"list\",\"data\":[{\"id\":\"conversation\",\"name\":\"Conversation\"}]}",
                        i -> new ReportingDataExportClient(i.connection()).datasets()),
                new Operation<>("reporting.enqueue", "POST", "/export/reporting_data/enqueue", Kind.NEVER_REPEATED, EXPORT_JOB,
                        i -> new ReportingDataExportClient(i.connection()).enqueue(ExportRequest.of("conversation", List.of("conversation_id"),
                                Instant.parse("2026-04-01T00:00:00Z"), Instant.parse("2026-04-02T00:00:00Z")))),
                new Operation<>("reporting.status", "GET", "/export/reporting_data/{job}", Kind.RETRIED, EXPORT_JOB,
                        i -> new ReportingDataExportClient(i.connection()).status("job1")),
                new Operation<>("fin.start", "POST", "/fin/start", Kind.ONCE, FIN,
                        i -> i.fin().start(FinStartRequest.builder("ext-1",
                                FinMessage.user("hi", Instant.parse("2026-04-01T00:00:00Z")), FinUser.of("u1")).build())),
                new Operation<>("fin.csat", "POST", "/fin/csat", Kind.RETRIED,
                        "{\"conversation_id\":\"ext-1\",\"status\":\"rated\"}",
                        i -> i.fin().csat(FinCsatRequest.of("ext-1", CsatRating.GOOD)))));
        m.assertAll();
    }
}
