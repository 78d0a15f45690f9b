package dev.switchboard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.json.Json;
import dev.switchboard.core.json.JsonArray;
import dev.switchboard.core.json.JsonObject;
import dev.switchboard.core.testing.Mutations;
import dev.switchboard.examples.cli.aloochat.AloochatTargets;
import dev.switchboard.examples.cli.intercom.IntercomTargets;
import dev.switchboard.examples.cli.moveworks.MoveworksTargets;
import dev.switchboard.examples.cli.suger.SugerTargets;
import dev.switchboard.examples.cli.tickets.TicketsTargets;
import dev.switchboard.examples.cli.webhooks.WebhookTargets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing is lost on the way through the command: every collection {@code switchboard export} knows is served a page
 * of the modules' own fixture records plus seeded mutants of them (nulls, removed keys, values of another JSON type,
 * huge and decimal numbers, every timestamp form, unknown nesting), and every line written must be the record exactly
 * as the server sent it, none missing. The same for {@code switchboard decode} of every webhook fixture: the event
 * printed is the delivery as sent, with only LiveChat's {@code secret_key} redacted.
 */
class CliRoundTripTest {
    private static final long SEED = 0xC11L;
    /** Mutants per fixture record; the page stays small enough for one request of every page style. */
    private static final int MUTANTS_PER_RECORD = 24;
    private static final int MUTANTS_PER_DELIVERY = 12;
    private static final Path MODULES = Path.of("..").toAbsolutePath().normalize();

    /** One {@code export} collection: where its fixture records are and how a page of them is enveloped. */
    record Collection(String api, String name, String fixture, String records, Map<String, String> env) {
        @Override
        public String toString() {
            return api + " " + name;
        }
    }

    static Stream<Collection> collections() {
        Map<String, String> moveworks = Map.of("MOVEWORKS_API_KEY", "mw-round-trip-key");
        Map<String, String> intercom = Map.of("INTERCOM_TOKEN", "ic-round-trip-token");
        Map<String, String> suger = Map.of("SUGER_API_KEY", "sg-round-trip-key", "SUGER_ORG_ID", "org-rt");
        return Stream.of(
                new Collection("moveworks", "conversations", "sdk-conversations/src/test/resources/moveworks/conversations-sysevents.json", "value", moveworks),
                new Collection("moveworks", "interactions", "sdk-conversations/src/test/resources/moveworks/interactions-sysevents.json", "value", moveworks),
                new Collection("moveworks", "plugin-calls", "sdk-conversations/src/test/resources/moveworks/plugin-calls-sysevents.json", "value", moveworks),
                new Collection("moveworks", "plugin-resources", "sdk-conversations/src/test/resources/moveworks/plugin-resources-sysevents.json", "value", moveworks),
                new Collection("moveworks", "users", "sdk-conversations/src/test/resources/moveworks/users.json", "value", moveworks),
                new Collection("intercom", "conversations", "sdk-conversations/src/test/resources/intercom/conversation-list.json", "conversations", intercom),
                new Collection("intercom", "calls", "sdk-conversations/src/test/resources/intercom/call-list.json", "data", intercom),
                new Collection("intercom", "contacts", "sdk-conversations/src/test/resources/intercom/contact-list.json", "data", intercom),
                new Collection("intercom", "notes", "sdk-conversations/src/test/resources/intercom/note-list.json", "data", intercom),
                new Collection("intercom", "data-events", "examples/src/test/resources/round-trip/data-event-list.json", "events", intercom),
                new Collection("intercom", "contact-companies", "sdk-conversations/src/test/resources/intercom/company-list.json", "data", intercom),
                new Collection("intercom", "contact-segments", "examples/src/test/resources/round-trip/attached-segment-list.json", "data", intercom),
                new Collection("intercom", "contact-subscriptions", "sdk-conversations/src/test/resources/intercom/subscription-types.json", "data", intercom),
                new Collection("intercom", "contact-tags", "sdk-conversations/src/test/resources/intercom/tag-list.json", "data", intercom),
                new Collection("intercom", "company-contacts", "sdk-conversations/src/test/resources/intercom/contact-list.json", "data", intercom),
                new Collection("intercom", "company-segments", "examples/src/test/resources/round-trip/attached-segment-list.json", "data", intercom),
                new Collection("intercom", "activity-logs", "sdk-conversations/src/test/resources/intercom/activity-logs.json", "activity_logs", intercom),
                new Collection("intercom", "away-status-reasons", "sdk-conversations/src/test/resources/intercom/away-status-reasons.json", "data", intercom),
                new Collection("intercom", "ticket-types", "sdk-tickets/src/test/resources/tickets/ticket-type-list.json", "data", intercom),
                new Collection("intercom", "ticket-states", "sdk-tickets/src/test/resources/tickets/ticket-state-list.json", "data", intercom),
                new Collection("intercom", "newsfeed-items", "sdk-conversations/src/test/resources/intercom/news-item-list.json", "data", intercom),
                new Collection("intercom", "news-items", "sdk-conversations/src/test/resources/intercom/news-item-list.json", "data", intercom),
                new Collection("intercom", "internal-articles", "sdk-conversations/src/test/resources/intercom/internal-article-list.json", "data", intercom),
                new Collection("intercom", "articles", "sdk-conversations/src/test/resources/intercom/article-list.json", "data", intercom),
                new Collection("intercom", "help-center-collections", "sdk-conversations/src/test/resources/intercom/collection-list.json", "data", intercom),
                new Collection("intercom", "help-centers", "sdk-conversations/src/test/resources/intercom/help-center-list.json", "data", intercom),
                new Collection("intercom", "newsfeeds", "sdk-conversations/src/test/resources/intercom/newsfeed-list.json", "data", intercom),
                new Collection("intercom", "ai-content-import-sources", "sdk-conversations/src/test/resources/intercom/content-import-source-list.json", "data", intercom),
                new Collection("intercom", "ai-external-pages", "sdk-conversations/src/test/resources/intercom/external-page-list.json", "data", intercom),
                new Collection("intercom", "data-attributes",
                        "sdk-conversations/src/test/resources/intercom/data-attributes.json", "data", intercom),
                new Collection("intercom", "subscription-types",
                        "sdk-conversations/src/test/resources/intercom/subscription-types.json", "data", intercom),
                new Collection("intercom", "tickets", "sdk-tickets/src/test/resources/tickets/ticket-full.json", null, intercom),
                new Collection("intercom", "companies", "sdk-conversations/src/test/resources/intercom/company-scroll.json", "data", intercom),
                new Collection("intercom", "segments", "sdk-conversations/src/test/resources/intercom/segment-list.json", "segments", intercom),
                new Collection("intercom", "tags", "sdk-conversations/src/test/resources/intercom/tag-list.json", "data", intercom),
                new Collection("intercom", "teams", "sdk-conversations/src/test/resources/intercom/team-list.json", "teams", intercom),
                new Collection("intercom", "admins", "sdk-conversations/src/test/resources/intercom/admin-list.json", "admins", intercom),
                new Collection("suger", "events", "sdk-notifications/src/test/resources/suger/notification-events-page.json", "notificationEvents", suger),
                new Collection("suger", "messages", "sdk-notifications/src/test/resources/suger/notification-messages-page.json", "notificationMessages", suger),
                new Collection("aloochat", "notifications", "sdk-notifications/src/test/resources/aloochat/team-notifications-page.json", "data", Map.of("ALOOCHAT_API_KEY", "al-round-trip-key")));
    }

    @Test
    void everyExportCollectionIsCovered() {
        Set<String> covered = new java.util.HashSet<>(collections().map(Collection::toString).toList());
        for (String api : ExportCatalog.apis()) {
            for (String collection : ExportCatalog.collections(api)) {
                assertTrue(covered.contains(api + " " + collection), "no round trip for export " + api + " " + collection);
            }
        }
    }

    @ParameterizedTest(name = "export {0}")
    @MethodSource("collections")
    void exportWritesEveryRecordAsSent(Collection c) throws IOException {
        JsonObject fixture = Json.object(Files.readAllBytes(MODULES.resolve(c.fixture())), c.fixture(), 200);
        List<JsonObject> originals = c.records() == null ? List.of(fixture) : objects(fixture.getArray(c.records()));
        List<String> served = new ArrayList<>();
        for (int i = 0; i < originals.size(); i++) {
            JsonObject record = originals.get(i);
            served.add(Json.write(record));
            for (Mutations.Mutant m : Mutations.of(record, SEED + i, MUTANTS_PER_RECORD)) {
                if (!m.path().equals("$")) { // the record itself replaced by another type is no record of the page
                    served.add(m.json());
                }
            }
        }
        String page = "{\"" + (c.records() == null ? "tickets" : c.records()) + "\":[" + String.join(",", served) + "]"
                + (c.name().equals("calls") ? ",\"pages\":{\"page\":1,\"total_pages\":1}" : "")
                + (c.name().equals("companies") ? ",\"scroll_param\":\"rt-scroll\"" : "") + "}";
        AtomicInteger requests = new AtomicInteger();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    // The first listing request gets the page; anything after it (a next page) an empty one.
                    String body = requests.getAndIncrement() == 0 ? page
                            : "{\"" + (c.records() == null ? "tickets" : c.records()) + "\":[]}";
                    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body)
                            .build();
                }
            });
            server.start();
            String base = server.url("/").toString().replaceAll("/$", "");
            CliRun.Builder b = CliRun.with().env(c.env());
            Stream.of(MoveworksTargets.all(), IntercomTargets.all(), TicketsTargets.all(), SugerTargets.all(),
                    AloochatTargets.all()).flatMap(List::stream).forEach(b::export);
            List<String> args = new ArrayList<>(List.of("export", c.api(), c.name(), "--base-url", base));
            Targets.exports().stream().filter(t -> t.api().equals(c.api()) && t.collection().equals(c.name()))
                    .flatMap(t -> t.parentOption().stream()).forEach(o -> args.addAll(List.of(o, "p1")));
            CliRun r = b.run(args.toArray(String[]::new));
            assertEquals(0, r.exit(), () -> c + ": " + r.err());
            List<String> lines = r.outLines();
            assertEquals(served.size(), lines.size(), c + ": every record written, a mistyped field or not");
            for (int i = 0; i < served.size(); i++) {
                assertEquals(served.get(i), lines.get(i), c + " record " + i);
            }
        }
    }

    static Stream<Path> deliveries() throws IOException {
        Path root = MODULES.resolve("sdk-webhooks/src/test/resources");
        List<Path> all = new ArrayList<>();
        for (String source : List.of("livechat", "intercom")) {
            try (Stream<Path> files = Files.list(root.resolve(source))) {
                files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(all::add);
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "decode {0}")
    @MethodSource("deliveries")
    void decodePrintsEveryDeliveryAsSent(Path file) throws IOException {
        String source = file.getParent().getFileName().toString();
        JsonObject delivery = Json.object(Files.readAllBytes(file), file.toString(), 200);
        List<Mutations.Mutant> cases = new ArrayList<>();
        cases.add(new Mutations.Mutant("$", "none", Json.write(delivery)));
        cases.addAll(Mutations.of(delivery, SEED ^ file.getFileName().toString().hashCode(), MUTANTS_PER_DELIVERY));
        for (Mutations.Mutant m : cases) {
            CliRun r = CliRun.with().decoder(decoder(source)).stdin(m.json()).run("decode", source);
            String what = file.getFileName() + " " + m.kind() + " at " + m.path();
            if (structural(source, m.path())) {
                assertTrue(r.exit() == 0 || r.exit() == 2, what + ": " + r);
                continue;
            }
            assertEquals(0, r.exit(), () -> what + ": " + r.out() + r.err());
            JsonObject line = Json.object(r.out().getBytes(StandardCharsets.UTF_8), "stdout", 200);
            JsonObject sent = Json.object(m.json().getBytes(StandardCharsets.UTF_8), "sent", 200);
            if (source.equals("livechat") && sent.containsKey("secret_key")) {
                sent = sent.with("secret_key", "[redacted]");
            }
            assertEquals(Json.write(sent), Json.write(line.getObject("event")), what);
        }
    }

    /** Mutations that take away what makes a delivery a delivery: its action, topic or item may then be refused. */
    private static boolean structural(String source, String path) {
        if (path.equals("$")) {
            return false;
        }
        return source.equals("livechat") ? path.equals("$.action") || path.equals("$.secret_key")
                : path.equals("$.topic") || path.equals("$.data") || path.equals("$.data.item") || path.equals("$.type");
    }

    private static DecodeTarget decoder(String source) {
        return WebhookTargets.all().stream().filter(t -> t.source().equals(source)).findFirst().orElseThrow();
    }

    private static List<JsonObject> objects(JsonArray array) {
        List<JsonObject> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            out.add((JsonObject) array.get(i));
        }
        return out;
    }

    static {
        if (!Files.isDirectory(MODULES.resolve("sdk-webhooks/src/test/resources"))) {
            throw new UncheckedIOException(new IOException("run from the examples module: " + MODULES));
        }
    }
}
