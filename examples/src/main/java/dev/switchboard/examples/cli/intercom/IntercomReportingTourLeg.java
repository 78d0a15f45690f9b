package dev.switchboard.examples.cli.intercom;

import static dev.switchboard.examples.cli.intercom.TourSteps.check;

import dev.switchboard.conversations.intercom.IntercomConnection;
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
import dev.switchboard.conversations.intercom.reporting.ExportRequest;
import dev.switchboard.conversations.intercom.reporting.ExportResult;
import dev.switchboard.conversations.intercom.reporting.ReportingDataExportClient;
import dev.switchboard.core.http.PollWait;
import dev.switchboard.examples.cli.TourLeg;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.intercom.FakeIntercom;
import dev.switchboard.testkit.intercom.FakeIntercomAdmins;
import dev.switchboard.testkit.intercom.FakeIntercomReporting;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The Intercom 2.14 reporting leg of the tour, against the testkit fakes on one embedded server: list the reporting
 * datasets, export one end to end (enqueue, wait with backoff on a manual clock, stream the {@code .tgz} to a temporary
 * file and print its size), then one line each for internal articles, news items, away status reasons and activity
 * logs. Every step is checked; a broken expectation throws {@link IllegalStateException}; the sandbox token is never
 * printed and the temporary file is deleted.
 */
public final class IntercomReportingTourLeg implements TourLeg {
    static final Instant START = Instant.parse("2026-05-01T12:00:00Z");
    private static final String TOKEN = "sandbox-intercom-reporting-token";
    private static final String MASK = "***";

    /** Creates the leg. */
    public IntercomReportingTourLeg() {
    }

    @Override
    public String name() {
        return "intercom reporting export, articles, news, away statuses, activity logs";
    }

    /**
     * Runs the leg; its lines are collected and checked for the token before they reach {@code out}.
     *
     * @param out stdout
     * @throws IllegalStateException if an expectation fails
     */
    @Override
    public void run(PrintStream out) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream lines = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        RuntimeException failure = null;
        try {
            steps(lines);
        } catch (RuntimeException e) {
            failure = e;
        }
        lines.flush();
        String text = buffer.toString(StandardCharsets.UTF_8);
        out.print(text.replace(TOKEN, MASK));
        out.flush();
        if (failure != null) {
            throw failure;
        }
        check(!text.contains(TOKEN), "the sandbox token appeared in the tour's output");
    }

    private static void steps(PrintStream out) {
        ManualClock clock = ManualClock.at(START);
        RecordingSleeper sleeper = new RecordingSleeper(clock);
        try (FakeIntercom fake = FakeIntercom.builder().token(TOKEN).clock(clock).start();
                IntercomConnection connection = IntercomConnection.builder().accessToken(TOKEN).baseUrl(fake.baseUrl())
                        .clock(clock).sleeper(sleeper::sleep).build()) {
            FakeIntercomReporting reporting = fake.reporting().jobsFinishAfter(2).rowsPerExport(500);
            export(out, new ReportingDataExportClient(connection), reporting, sleeper);
            knowledge(out, new InternalArticlesClient(connection), new NewsItemsClient(connection));
            admins(out, new AdminsClient(connection));
        }
    }

    private static void export(PrintStream out, ReportingDataExportClient export, FakeIntercomReporting fake,
            RecordingSleeper sleeper) {
        List<Dataset> datasets = export.datasets();
        Dataset conversation = datasets.stream().filter(d -> d.id().equals("conversation")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no conversation dataset"));
        out.println("GET /export/reporting_data/get_datasets: " + datasets.size() + " datasets; conversation has "
                + conversation.attributeIds().size() + " attributes " + conversation.attributeIds());
        Path file;
        try {
            file = Files.createTempFile("intercom-report-", ".tgz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            ExportRequest request = ExportRequest.of("conversation", conversation.attributeIds().subList(0, 2),
                    START.minus(Duration.ofDays(7)), START);
            ExportResult result = export.export(request, file, PollWait.withDeadline(Duration.ofMinutes(5)));
            long size = Files.size(file);
            out.println("exported job " + result.job().jobIdentifier() + ": " + result.job().status() + " after "
                    + sleeper.count() + " polls (waited " + sleeper.total().toSeconds() + " s with backoff " + sleeper.sleeps()
                    + "); downloaded " + size + " bytes of .tgz to a temporary file");
            check(result.job().isComplete() && size == result.bytes() && size > 0, "the export did not complete");
            String tar;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                tar = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String csv = fake.csvOf(result.job().jobIdentifier());
            check(tar.contains(csv), "the archive does not hold the exported CSV");
            out.println("  the archive holds conversation.csv: " + csv.lines().count() + " lines, header "
                    + csv.lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file
            }
        }
    }

    private static void knowledge(PrintStream out, InternalArticlesClient articles, NewsItemsClient news) {
        InternalArticle created = articles.create(InternalArticleRequest.create("How to handle refunds", "991266252",
                "991266252").body("<p>Step by step</p>").locale("en"));
        long inFolder = articles.search("10").stream().count();
        long all = articles.list().stream().count();
        out.println("internal articles: created " + created.id() + " (" + created.locale() + "), " + all
                + " in all over page-number pages, " + inFolder + " in folder 10");
        check(all == 4 && inFolder == 2, "expected 4 articles, 2 in folder 10");
        Instant published = START.minus(Duration.ofDays(1));
        NewsItem item = news.create(NewsItemRequest.create("Product Update", "991267460").state(NewsItemState.LIVE)
                .newsfeedAssignments(List.of(NewsfeedAssignment.of(53, published))));
        boolean refused;
        try {
            news.create(NewsItemRequest.create("Scheduled", "991267460").state(NewsItemState.LIVE)
                    .newsfeedAssignments(List.of(NewsfeedAssignment.of(53, START.plus(Duration.ofDays(1))))));
            refused = false;
        } catch (IllegalArgumentException e) {
            refused = true;
        }
        out.println("news item " + item.id() + ": " + item.state() + ", published " + item.publishedAt()
                + "; a future publish date was refused before sending: " + refused);
        check(refused && published.equals(item.publishedAt()), "news publish dates were not handled");
    }

    private static void admins(PrintStream out, AdminsClient admins) {
        List<AwayStatusReason> reasons = admins.awayStatusReasons();
        AwayStatusReason reason = reasons.stream().filter(r -> !r.isDeleted()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no away reason"));
        long deleted = reasons.stream().filter(AwayStatusReason::isDeleted).count();
        Admin admin = admins.setAway("991267460", SetAway.away().reassign(true).reason(reason.id()));
        out.println("away status reasons: " + reasons.size() + " (" + deleted + " soft-deleted); admin " + admin.id()
                + " away with reason '" + reason.label() + "': " + admin.isAway());
        check(admin.isAway() && deleted == 1, "the admin is not away");
        List<ActivityLog> logs = admins.activityLogs(Instant.ofEpochSecond(FakeIntercomAdmins.EPOCH)).stream().toList();
        long limitChanges = logs.stream().filter(l -> l.activityType().equals(ActivityType.ADMIN_CONVERSATION_ASSIGNMENT_LIMIT_CHANGE)
                || l.activityType().equals(ActivityType.ADMIN_TICKET_ASSIGNMENT_LIMIT_CHANGE)).count();
        out.println("activity logs: " + logs.size() + " over cursor pages, " + limitChanges
                + " assignment limit changes (2.14 types), last: " + logs.get(logs.size() - 1).activityType());
        check(limitChanges == 2 && logs.get(logs.size() - 1).activityType().equals(ActivityType.ADMIN_AWAY_MODE_CHANGE),
                "unexpected activity logs");
    }
}
