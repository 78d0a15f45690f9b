package dev.switchboard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every usage error of {@code export}: status 2, one {@code error: } line on stderr, nothing on stdout. */
class ExportValidationTest {
    private static final String INTERCOM_COLLECTIONS = String.join(", ", ExportCollections.INTERCOM);

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                usage("no api", "export needs an API and a collection", "export"),
                usage("unknown api", "unknown API 'zendesk'; valid: intercom, moveworks, suger, aloochat",
                        "export", "zendesk", "tickets"),
                usage("missing collection", "export intercom needs a collection; valid: " + INTERCOM_COLLECTIONS,
                        "export", "intercom"),
                usage("unknown collection", "unknown collection 'users' for intercom; valid: " + INTERCOM_COLLECTIONS,
                        "export", "intercom", "users"),
                usage("extra argument", "unexpected argument 'extra'", "export", "suger", "events", "extra"),
                usage("base url scheme", "--base-url must be an absolute http or https URL, was 'ftp://example.com'",
                        "export", "intercom", "tickets", "--base-url", "ftp://example.com"),
                usage("base url relative", "--base-url must be an absolute http or https URL, was '/api'",
                        "export", "intercom", "tickets", "--base-url", "/api"),
                usage("base url garbage", "--base-url is not a valid URL, was 'http://exa mple.com'",
                        "export", "intercom", "tickets", "--base-url", "http://exa mple.com"),
                usage("base url query", "--base-url must not have a query or fragment, was 'https://example.com/?a=1'",
                        "export", "intercom", "tickets", "--base-url", "https://example.com/?a=1"),
                usage("since", "--since must be an ISO-8601 date-time with offset or a date (for example 2024-05-01T12:00:00Z "
                        + "or 2024-05-01), was 'yesterday'", "export", "moveworks", "users", "--since", "yesterday"),
                usage("since without offset", "was '2024-05-01T12:00:00'",
                        "export", "aloochat", "notifications", "--since", "2024-05-01T12:00:00"),
                usage("max zero", "--max must be a positive integer, was '0'", "export", "intercom", "calls", "--max", "0"),
                usage("max word", "--max must be a positive integer, was 'x'", "export", "intercom", "calls", "--max", "x"),
                usage("max negative", "--max must be a positive integer, was '-3'", "export", "intercom", "calls", "--max", "-3"),
                usage("max overflow", "--max must be a positive integer, was '99999999999999999999'",
                        "export", "intercom", "calls", "--max", "99999999999999999999"),
                usage("bad priority", "--priorities: unknown priority 'URGENT'; valid: LOW, MEDIUM, HIGH, CRITICAL",
                        "export", "suger", "events", "--priorities", "low,URGENT"),
                usage("empty priority item", "--priorities has an empty item in 'LOW,,HIGH'",
                        "export", "suger", "events", "--priorities", "LOW,,HIGH"),
                usage("blank priorities", "--priorities needs at least one of LOW, MEDIUM, HIGH, CRITICAL",
                        "export", "suger", "events", "--priorities= "),
                usage("blank org", "--org must not be blank", "export", "suger", "events", "--org", " "),
                usage("duplicated option", "option --max given twice", "export", "intercom", "tickets", "--max", "1", "--max", "2"),
                usage("duplicated flag", "option --dm-only given twice", "export", "moveworks", "users", "--dm-only", "--dm-only"),
                usage("missing value at end", "option --since needs a value", "export", "intercom", "tickets", "--since"),
                usage("missing value before option", "option --since needs a value",
                        "export", "intercom", "tickets", "--since", "--max", "3"),
                usage("unknown option", "unknown option '--verbose' (try --help)", "export", "intercom", "tickets", "--verbose"),
                usage("unknown short option", "unknown option '-v' (try --help)", "export", "intercom", "tickets", "-v"),
                usage("flag with value", "option --dm-only takes no value", "export", "moveworks", "users", "--dm-only=yes"),
                usage("org with moveworks", "--org applies to suger only, not to moveworks",
                        "export", "moveworks", "conversations", "--org", "o1"),
                usage("priorities with intercom", "--priorities applies to suger only, not to intercom",
                        "export", "intercom", "tickets", "--priorities", "LOW"),
                usage("dm-only with suger", "--dm-only applies to moveworks only, not to suger",
                        "export", "suger", "events", "--dm-only"),
                usage("since with intercom calls", "--since does not apply to intercom calls",
                        "export", "intercom", "calls", "--since", "2024-05-01"),
                usage("since with intercom tags", "--since does not apply to intercom tags",
                        "export", "intercom", "tags", "--since", "2024-05-01"),
                usage("notes without a contact", "intercom notes are a contact's: pass --contact ID",
                        "export", "intercom", "notes"),
                usage("contact with contacts", "--contact applies to intercom notes, intercom data-events, intercom contact-companies, "
                        + "intercom contact-segments, intercom contact-subscriptions, intercom contact-tags only, not to intercom contacts",
                        "export", "intercom", "contacts", "--contact", "c1"),
                usage("contact with suger", "--contact applies to intercom notes, intercom data-events, intercom contact-companies, "
                        + "intercom contact-segments, intercom contact-subscriptions, intercom contact-tags only, not to suger events",
                        "export", "suger", "events", "--contact", "c1"),
                usage("blank contact", "--contact must be a contact's id, was ' '", "export", "intercom", "notes",
                        "--contact", " "),
                usage("contact with a space", "--contact must not contain spaces or control characters",
                        "export", "intercom", "notes", "--contact", "a b"),
                usage("missing contact value", "option --contact needs a value", "export", "intercom", "notes", "--contact"),
                usage("company-contacts without a company", "intercom company-contacts are a company's: pass --company ID",
                        "export", "intercom", "company-contacts"),
                usage("newsfeed with contacts", "--newsfeed applies to intercom newsfeed-items only, not to intercom notes",
                        "export", "intercom", "notes", "--contact", "c1", "--newsfeed", "53"),
                usage("contact with company-contacts", "--contact applies to intercom notes, intercom data-events, "
                        + "intercom contact-companies, intercom contact-segments, intercom contact-subscriptions, "
                        + "intercom contact-tags only, not to intercom company-contacts",
                        "export", "intercom", "company-contacts", "--company", "x", "--contact", "c1"),
                usage("blank newsfeed", "--newsfeed must be a newsfeed's id, was ''", "export", "intercom",
                        "newsfeed-items", "--newsfeed", ""),
                usage("since names what it filters", "--since does not apply to intercom ticket-types (of intercom's "
                        + "collections it filters tickets, conversations, contacts, activity-logs)", "export", "intercom",
                        "ticket-types", "--since", "2024-01-01"));
    }

    private static Arguments usage(String name, String expected, String... args) {
        return Arguments.of(name, expected, List.of(args));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usageErrors")
    void isAUsageError(String name, String expected, List<String> args) {
        FakeExportTarget everywhere = new FakeExportTarget("intercom", "tickets", List.of("x"));
        CliRun r = CliRun.with().export(everywhere).run(args.toArray(String[]::new));
        assertEquals(2, r.exit, r::toString);
        assertEquals("", r.out, r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.err.startsWith("error: "), r::toString);
        assertTrue(r.err.contains(expected), () -> "expected '" + expected + "' in " + r);
        assertTrue(everywhere.requests.isEmpty(), "the target must not run");
    }

    @Test
    void moveworksNeedsBothClientCredentials() {
        CliRun r = CliRun.with().env(Map.of("MOVEWORKS_CLIENT_ID", "client-1234")).run("export", "moveworks", "users");
        assertEquals(2, r.exit);
        assertEquals("error: MOVEWORKS_CLIENT_ID is set but MOVEWORKS_CLIENT_SECRET is not; set both, or MOVEWORKS_API_KEY\n",
                r.err);
    }

    @Test
    void sugerWithCredentialsNeedsAnOrganization() {
        CliRun r = CliRun.with().env(Map.of("SUGER_API_KEY", "key-123456")).run("export", "suger", "events");
        assertEquals(2, r.exit);
        assertEquals("error: suger needs an organization: pass --org ID or set SUGER_ORG_ID\n", r.err);

        CliRun baseUrl = CliRun.with().run("export", "suger", "messages", "--base-url", "http://127.0.0.1:1");
        assertEquals(2, baseUrl.exit);
        assertTrue(baseUrl.err.startsWith("error: suger needs an organization"), baseUrl::toString);
    }

    @Test
    void userInfoInTheBaseUrlIsNeverEchoed() {
        CliRun r = CliRun.with().run("export", "intercom", "tickets", "--base-url", "https://me:hunter2@example.com");
        assertEquals(2, r.exit);
        assertEquals("error: --base-url must not contain user info (name:password@)\n", r.err);
    }

    @Test
    void anUnknownOptionWithAValueEchoesOnlyTheName() {
        CliRun r = CliRun.with().run("export", "intercom", "tickets", "--token=tok-secret-value");
        assertEquals("error: unknown option '--token' (try --help)\n", r.err);
    }

    @Test
    void errorLinesMaskCredentialsFromTheEnvironment() {
        // A token pasted where the API name goes is echoed in the message, masked.
        CliRun r = CliRun.with().env(Map.of("INTERCOM_TOKEN", "tok-0123456789")).run("export", "tok-0123456789", "x");
        assertEquals(2, r.exit);
        assertFalse(r.err.contains("tok-0123456789"), r::toString);
        assertTrue(r.err.startsWith("error: unknown API '***'"), r::toString);
    }

    @Test
    void unregisteredTargetIsAUsageError() {
        CliRun r = CliRun.with().run("export", "moveworks", "plugin-calls");
        assertEquals(2, r.exit);
        assertEquals("", r.out);
        assertEquals("error: export of moveworks plugin-calls is not available in this build\n", r.err);
    }

    @Test
    void everyCollectionOfTheContractParses() {
        List<String> seen = new ArrayList<>();
        for (String api : ExportCatalog.apis()) {
            for (String collection : ExportCatalog.collections(api)) {
                List<String> args = new ArrayList<>(List.of("export", api, collection));
                if (api.equals("intercom")) {
                    args.addAll(ExportCollections.SANDBOX_PARENTS.getOrDefault(collection, List.of()));
                }
                CliRun r = CliRun.with().run(args.toArray(String[]::new));
                assertEquals("error: export of " + api + " " + collection + " is not available in this build\n", r.err);
                seen.add(api + " " + collection);
            }
        }
        List<String> contract = new ArrayList<>();
        for (String api : List.of("intercom", "moveworks", "suger", "aloochat")) {
            ExportCollections.ALL.get(api).forEach(c -> contract.add(api + " " + c));
        }
        assertEquals(contract, seen);
    }
}
