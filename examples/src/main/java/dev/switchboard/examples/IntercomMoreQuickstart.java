package dev.switchboard.examples;

import dev.switchboard.conversations.intercom.admins.ActivityLog;
import dev.switchboard.conversations.intercom.admins.ActivityType;
import dev.switchboard.conversations.intercom.admins.Admin;
import dev.switchboard.conversations.intercom.admins.AwayStatusReason;
import dev.switchboard.conversations.intercom.admins.AdminsClient;
import dev.switchboard.conversations.intercom.admins.SetAway;
import dev.switchboard.conversations.intercom.knowledge.InternalArticle;
import dev.switchboard.conversations.intercom.knowledge.InternalArticleRequest;
import dev.switchboard.conversations.intercom.knowledge.InternalArticlesClient;
import dev.switchboard.conversations.intercom.knowledge.NewsItem;
import dev.switchboard.conversations.intercom.knowledge.NewsItemRequest;
import dev.switchboard.conversations.intercom.knowledge.NewsItemState;
import dev.switchboard.conversations.intercom.knowledge.NewsItemsClient;
import dev.switchboard.conversations.intercom.knowledge.NewsfeedAssignment;
import dev.switchboard.conversations.intercom.reporting.Dataset;
import dev.switchboard.conversations.intercom.reporting.ExportFailedException;
import dev.switchboard.conversations.intercom.reporting.ExportRequest;
import dev.switchboard.conversations.intercom.reporting.ExportResult;
import dev.switchboard.conversations.intercom.reporting.ReportingDataExportClient;
import dev.switchboard.core.RateLimitException;
import dev.switchboard.core.http.PollWait;
import dev.switchboard.intercom.Intercom;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.intercom.FakeIntercom;
import dev.switchboard.testkit.intercom.FakeIntercomAdmins;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The code shown in the README's "Intercom: internal articles, news, reporting export, away statuses, activity logs"
 * section, compiled with the build so it stays true. It talks to the embedded testkit fakes only.
 */
public final class IntercomMoreQuickstart {
    private static final String TOKEN = "sandbox-intercom-token";

    private IntercomMoreQuickstart() {
    }

    /**
     * @param intercom the Intercom root
     * @param file where to write the report
     * @param now the end of the report's window
     * @return the size of the downloaded report
     */
    static long report(Intercom intercom, Path file, Instant now) {
        // README: reporting
        ReportingDataExportClient export = intercom.reportingDataExport();
        for (Dataset d : export.datasets()) {                          // e.g. conversation: [conversation_id, ...]
            System.out.println(d.id() + ": " + d.attributeIds());
        }
        ExportRequest request = ExportRequest.of("conversation",
                List.of("conversation_id", "conversation_started_at"),
                now.minus(Duration.ofDays(7)), now);                  // sent as epoch seconds
        try {
            ExportResult done = export.export(request, file,         // enqueue, poll with backoff, stream the .tgz
                    PollWait.withDeadline(Duration.ofMinutes(15)));
            System.out.println("report " + done.job().jobIdentifier() + ": " + done.bytes() + " bytes");
            return done.bytes();
        } catch (ExportFailedException e) {                          // FAILED, or DEADLINE (e.job() can be polled later)
            System.out.println("export " + e.reason() + ": " + e.job().jobIdentifier());
            return -1;
        } catch (RateLimitException e) {                             // 5 exports already pending in the workspace
            System.out.println(e.getMessage());
            return -1;
        }
    }

    /**
     * @param intercom the Intercom root
     * @param now the current time
     */
    static void knowledge(Intercom intercom, Instant now) {
        // README: knowledge
        InternalArticlesClient articles = intercom.internalArticles();
        InternalArticle article = articles.create(
                InternalArticleRequest.create("How to handle refunds", "991266252", "991266252")   // title, author, owner
                        .body("<p>Step by step</p>").locale("en"));
        for (InternalArticle a : articles.search("10")) {            // a folder's articles
            System.out.println("folder 10: " + a.title());
        }
        NewsItemsClient news = intercom.newsItems();
        NewsItem item = news.create(NewsItemRequest.create("Product Update", "991267460")
                .state(NewsItemState.LIVE)
                .newsfeedAssignments(List.of(NewsfeedAssignment.of(53, now.minus(Duration.ofDays(1))))));  // past only
        System.out.println("article " + article.id() + ", news item " + item.id() + " " + item.state());
    }

    /**
     * @param intercom the Intercom root
     * @param since the start of the activity window
     */
    static void admins(Intercom intercom, Instant since) {
        // README: admins
        AdminsClient admins = intercom.admins();
        AwayStatusReason reason = admins.awayStatusReasons().stream()
                .filter(r -> !r.isDeleted())                           // soft-deleted reasons are listed too
                .findFirst().orElseThrow();
        Admin admin = admins.setAway("991267460", SetAway.away().reassign(true).reason(reason.id()));
        for (ActivityLog log : admins.activityLogs(since)) {         // created_at_after; pages follow pages.next
            if (log.activityType().equals(ActivityType.ADMIN_TICKET_ASSIGNMENT_LIMIT_CHANGE)) {
                System.out.println("ticket limit now " + log.metadata().ticketLimit().orElse(null));
            }
        }
        System.out.println("admin " + admin.id() + " away: " + admin.isAway());
    }

    /**
     * Runs the snippets against the fakes.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Instant now = Instant.parse("2026-05-01T12:00:00Z");
        ManualClock clock = ManualClock.at(now);
        RecordingSleeper sleeper = new RecordingSleeper(clock);
        try (FakeIntercom fake = FakeIntercom.builder().token(TOKEN).clock(clock).start();
                Intercom intercom = Intercom.builder().accessToken(TOKEN).baseUrl(fake.baseUrl())
                        .clock(clock).sleeper(sleeper::sleep).build()) {
            Path file = Files.createTempFile("report-", ".tgz");
            try {
                report(intercom, file, now);
            } finally {
                Files.deleteIfExists(file);
            }
            knowledge(intercom, now);
            admins(intercom, Instant.ofEpochSecond(FakeIntercomAdmins.EPOCH));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
