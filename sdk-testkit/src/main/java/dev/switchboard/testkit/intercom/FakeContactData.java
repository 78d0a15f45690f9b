package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seeded workspace of {@link FakeIntercomContacts}: 30 contacts (20 users, 10 leads), the workspace's tags,
 * subscription types, companies and segments, and the admins who write notes. The same on every start.
 */
final class FakeContactData {
    static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final String WORKSPACE = "ecahpwf5";
    static final int USERS = 20;
    static final int LEADS = 10;
    /** The admin a note without {@code admin_id} is written by: the token's admin. */
    static final String DEFAULT_ADMIN = "991267460";

    private static final String[] NAMES = {"Ada Lovelace", "Grace Hopper", "Alan Turing", "Katherine Johnson",
        "Edsger Dijkstra", "Barbara Liskov", "Donald Knuth", "Frances Allen", "John Backus", "Margaret Hamilton",
        "Dennis Ritchie", "Radia Perlman", "Ken Thompson", "Hedy Lamarr", "Tim Berners-Lee", "Shafi Goldwasser",
        "Claude Shannon", "Adele Goldberg", "Leslie Lamport", "Sophie Wilson", "Niklaus Wirth", "Annie Easley",
        "Tony Hoare", "Jean Sammet", "Vint Cerf", "Lynn Conway", "Bjarne Stroustrup", "Evelyn Berezin",
        "Guido van Rossum", "Mary Kenneth Keller"};

    private FakeContactData() {
    }

    /** @return the id of the {@code n}th seeded contact (from 1), shaped like Intercom's 24 hex digits */
    static String contactId(int n) {
        return String.format("6762f0d01bb69f9f2193b%03x", n);
    }

    /**
     * @param n from 1 to {@value #USERS} for users, then leads
     * @param epoch the Unix time the workspace was seeded at
     * @return the contact's stored fields (its lists are added when it is served)
     */
    static ObjectNode contact(int n, long epoch) {
        boolean user = n <= USERS;
        String name = NAMES[(n - 1) % NAMES.length];
        String handle = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", ".");
        ObjectNode c = F.objectNode();
        c.put("type", "contact");
        c.put("id", contactId(n));
        c.put("workspace_id", WORKSPACE);
        if (user) {
            c.put("external_id", "user-" + n);
        } else {
            c.putNull("external_id");
        }
        c.put("role", user ? "user" : "lead");
        if (user || n % 2 == 0) {
            c.put("email", handle + "@" + (n % 3 == 0 ? "example.org" : "example.com"));
        } else {
            c.putNull("email");
        }
        c.putNull("phone");
        if (user || n % 3 == 0) {
            c.put("name", name);
        } else {
            c.putNull("name");
        }
        c.putNull("avatar");
        if (n % 4 == 0) {
            c.put("owner_id", Long.parseLong(DEFAULT_ADMIN));
        } else {
            c.putNull("owner_id");
        }
        c.putObject("social_profiles").put("type", "list").putArray("data");
        c.put("has_hard_bounced", n == 7);
        c.put("marked_email_as_spam", false);
        c.put("unsubscribed_from_emails", n % 5 == 0);
        long created = epoch - (31L - n) * 86_400;
        c.put("created_at", created);
        c.put("updated_at", created);
        if (user) {
            c.put("signed_up_at", created);
        } else {
            c.putNull("signed_up_at");
        }
        c.put("last_seen_at", created + 3_600);
        for (String f : List.of("last_replied_at", "last_contacted_at", "last_email_opened_at", "last_email_clicked_at",
                "language_override")) {
            c.putNull(f);
        }
        c.put("browser", n % 2 == 0 ? "chrome" : "firefox");
        c.putNull("browser_version");
        c.put("browser_language", "en-US");
        c.put("os", n % 2 == 0 ? "OS X 14.6" : "Windows 11");
        ObjectNode location = c.putObject("location");
        location.put("type", "location");
        location.put("country", n % 2 == 0 ? "Ireland" : "United States");
        location.put("region", n % 2 == 0 ? "Dublin" : "California");
        location.put("city", n % 2 == 0 ? "Dublin" : "San Francisco");
        location.put("country_code", n % 2 == 0 ? "IRL" : "USA");
        location.put("continent_code", n % 2 == 0 ? "EU" : "NA");
        for (String platform : List.of("android", "ios")) {
            for (String f : List.of("_app_name", "_app_version", "_device", "_os_version", "_sdk_version", "_last_seen_at")) {
                c.putNull(platform + f);
            }
        }
        ObjectNode attrs = c.putObject("custom_attributes");
        if (user) {
            attrs.put("paid_subscriber", n % 2 == 1);
            attrs.put("monthly_spend", new BigDecimal(n * 10 + ".50"));
            attrs.put("plan", n % 3 == 0 ? "enterprise" : "pro");
        }
        for (String f : List.of("utm_campaign", "utm_content", "utm_medium", "utm_source", "utm_term", "referrer",
                "enabled_push_messaging")) {
            c.putNull(f);
        }
        return c;
    }

    /** @return the workspace's tags by id */
    static Map<String, ObjectNode> tags() {
        Map<String, ObjectNode> tags = new LinkedHashMap<>();
        for (String[] t : new String[][] {{"81", "Manual tag"}, {"82", "VIP"}, {"83", "Churn risk"}, {"84", "Beta"}}) {
            ObjectNode tag = F.objectNode();
            tag.put("type", "tag");
            tag.put("id", t[0]);
            tag.put("name", t[1]);
            tags.put(t[0], tag);
        }
        return tags;
    }

    /** @return the workspace's subscription types by id */
    static Map<String, ObjectNode> subscriptionTypes() {
        Map<String, ObjectNode> types = new LinkedHashMap<>();
        for (String[] s : new String[][] {{"91", "opt_out", "Newsletters", "email"}, {"93", "opt_in", "SMS updates",
            "sms_message"}, {"106", "opt_in", "Product announcements", "email"}}) {
            ObjectNode t = F.objectNode();
            t.put("type", "subscription");
            t.put("id", s[0]);
            t.put("state", "live");
            t.put("consent_type", s[1]);
            ObjectNode translation = F.objectNode();
            translation.put("name", s[2]);
            translation.put("description", s[2] + " from the sandbox workspace");
            translation.put("locale", "en");
            t.set("default_translation", translation);
            t.putArray("translations").add(translation.deepCopy());
            t.putArray("content_types").add(s[3]);
            types.put(s[0], t);
        }
        return types;
    }

    /** @return the workspace's companies by Intercom id */
    static Map<String, ObjectNode> companies(long epoch) {
        Map<String, ObjectNode> companies = new LinkedHashMap<>();
        String[][] seeded = {{"6762f0a61bb69f9f2193bb55", "1", "Analytical Engines"}, {"6762f0a61bb69f9f2193bb56", "2",
            "Harvard Mark I"}, {"6762f0a61bb69f9f2193bb57", "3", "Bletchley Park"}};
        for (String[] s : seeded) {
            ObjectNode c = F.objectNode();
            c.put("type", "company");
            c.put("company_id", s[1]);
            c.put("id", s[0]);
            c.put("app_id", WORKSPACE);
            c.put("name", s[2]);
            c.put("remote_created_at", epoch);
            c.put("created_at", epoch);
            c.put("updated_at", epoch);
            c.put("monthly_spend", 0);
            c.put("session_count", 0);
            c.put("user_count", 1);
            c.putObject("tags").put("type", "tag.list").putArray("tags");
            c.putObject("segments").put("type", "segment.list").putArray("segments");
            c.putObject("plan");
            c.putObject("custom_attributes");
            companies.put(s[0], c);
        }
        return companies;
    }

    /**
     * @param role {@code user} or {@code lead}
     * @param epoch the seeding time
     * @return the segment contacts of that role are in
     */
    static ObjectNode segment(String role, long epoch) {
        boolean user = role.equals("user");
        ObjectNode s = F.objectNode();
        s.put("type", "segment");
        s.put("id", user ? "6762f0b21bb69f9f2193bb65" : "6762f0b21bb69f9f2193bb66");
        s.put("name", user ? "Active users" : "New leads");
        s.put("created_at", epoch);
        s.put("updated_at", epoch);
        s.put("person_type", user ? "user" : "contact");
        return s;
    }

    /** @return the admins who can write notes, by id */
    static Map<String, ObjectNode> admins() {
        Map<String, ObjectNode> admins = new LinkedHashMap<>();
        for (String[] a : new String[][] {{DEFAULT_ADMIN, "Ciaran Lee", "ciaran@example.com"},
            {"991267583", "Eve Oduya", "eve@example.com"}}) {
            ObjectNode admin = F.objectNode();
            admin.put("type", "admin");
            admin.put("id", a[0]);
            admin.put("name", a[1]);
            admin.put("email", a[2]);
            admin.put("away_mode_enabled", false);
            admin.put("away_mode_reassign", false);
            admins.put(a[0], admin);
        }
        return admins;
    }
}
