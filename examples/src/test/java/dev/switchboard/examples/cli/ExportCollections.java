package dev.switchboard.examples.cli;

import java.util.List;
import java.util.Map;

/** The export collections the CLI must offer, in the order {@code --help} lists them: the contract the tests hold. */
public final class ExportCollections {
    /** Intercom's collections. */
    public static final List<String> INTERCOM = List.of("tickets", "conversations", "calls", "companies", "segments",
            "tags", "teams", "admins", "contacts", "notes", "data-events", "contact-companies", "contact-segments",
            "contact-subscriptions", "contact-tags", "company-contacts", "company-segments", "activity-logs",
            "away-status-reasons", "ticket-types", "ticket-states", "news-items", "internal-articles", "articles",
            "help-center-collections", "help-centers", "newsfeeds", "newsfeed-items", "ai-content-import-sources",
            "ai-external-pages", "data-attributes", "subscription-types");
    /** Every API's collections. */
    public static final Map<String, List<String>> ALL = Map.of("intercom", INTERCOM,
            "moveworks", List.of("conversations", "interactions", "plugin-calls", "plugin-resources", "users"),
            "suger", List.of("events", "messages"), "aloochat", List.of("notifications"));
    /** The ids the sandbox knows for the collections of one record: parent option and id, per collection. */
    public static final Map<String, List<String>> SANDBOX_PARENTS = Map.ofEntries(
            Map.entry("notes", List.of("--contact", "6762f0d01bb69f9f2193b001")),
            Map.entry("data-events", List.of("--contact", "6762f22b1bb69f9f2193bc01")),
            Map.entry("contact-companies", List.of("--contact", "6762f0d01bb69f9f2193b001")),
            Map.entry("contact-segments", List.of("--contact", "6762f0d01bb69f9f2193b001")),
            Map.entry("contact-subscriptions", List.of("--contact", "6762f0d01bb69f9f2193b001")),
            Map.entry("contact-tags", List.of("--contact", "6762f0d01bb69f9f2193b001")),
            Map.entry("company-contacts", List.of("--company", "6762f07a1bb69f9f21930001")),
            Map.entry("company-segments", List.of("--company", "6762f07a1bb69f9f21930001")),
            Map.entry("newsfeed-items", List.of("--newsfeed", "53")));

    private ExportCollections() {
    }
}
