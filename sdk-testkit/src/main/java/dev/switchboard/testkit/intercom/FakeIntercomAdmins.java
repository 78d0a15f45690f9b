package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A stateful fake of Intercom's away status reasons, admin away settings and activity logs (API 2.14) on a
 * {@link FakeServer}, and the admins themselves: {@code GET /me} (admin {@value #ME} with its workspace and an
 * avatar object), {@code GET /admins} (avatar objects with {@code display_avatar=true}) and
 * {@code GET /admins/{admin_id}} (the {@code admin} schema's avatar URL string). Seeded with admins
 * {@code 991267460} and {@code 991267461} (teams {@code 814865}, and {@code 5017691} for the second), away reasons {@code 1} (On a
 * break), {@code 2} (Lunch) and the soft-deleted {@code 3} (Old reason), and {@value #SEEDED_LOGS} activity logs one
 * hour apart from {@link #EPOCH}, including the 2.14 types {@code admin_conversation_assignment_limit_change} and
 * {@code admin_ticket_assignment_limit_change}. Setting an admin away changes the admin and appends an
 * {@code admin_away_mode_change} log. Activity logs are served {@link #perPage(int) a few per page} with
 * {@code pages.next.starting_after} cursors. Errors: {@code admin_not_found}, {@code parameter_invalid} (deleted
 * reason), {@code away_status_reason_mandatory} (when {@link #requireAwayReason(boolean)} is on),
 * {@code parameter_not_found} (no {@code created_at_after}), {@code unauthorized}.
 */
public final class FakeIntercomAdmins extends FakeIntercomPart {
    /** The access token the fake accepts unless another is given. */
    public static final String TOKEN = "fake-intercom-token";
    /** The Unix time of the first seeded activity log. */
    public static final long EPOCH = 1_777_636_800L;
    /** How many activity logs are seeded. */
    public static final int SEEDED_LOGS = 5;

    /** The admin the token belongs to, as {@code GET /me} answers. */
    public static final String ME = "991267460";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Map<String, ObjectNode> admins = new LinkedHashMap<>();
    private final Map<String, ObjectNode> reasons = new LinkedHashMap<>();
    private final List<ObjectNode> logs = new ArrayList<>();
    private boolean reasonRequired;
    private int perPage = 2;

    private FakeIntercomAdmins(FakeServer server, boolean ownsServer, String token) {
        super(server, ownsServer, token);
        seed();
        route("GET", "/away_status_reasons", r -> {
            ObjectNode out = F.objectNode();
            out.put("type", "list");
            ArrayNode data = out.putArray("data");
            reasons.values().forEach(data::add);
            return FakeResponse.json(out);
        });
        route("PUT", "/admins/{admin_id}/away", this::setAway);
        route("GET", "/admins/activity_logs", this::activityLogs);
        route("GET", "/me", r -> FakeResponse.json(FakeAdminViews.me(admins.get(ME))));
        route("GET", "/admins", r -> FakeResponse.json(FakeAdminViews.list(admins.values(), r.query("display_avatar"))));
        route("GET", "/admins/{admin_id}", r -> FakeResponse.json(FakeAdminViews.one(existing(r.pathParam("admin_id")))));
    }

    /** @return a fake on its own server, accepting {@link #TOKEN} */
    public static FakeIntercomAdmins start() {
        return new FakeIntercomAdmins(FakeServer.start(), true, TOKEN);
    }

    /**
     * Adds the admin routes to an existing server.
     *
     * @param server the server; not closed by this fake
     * @param token the access token to accept
     * @return the fake
     */
    public static FakeIntercomAdmins on(FakeServer server, String token) {
        return new FakeIntercomAdmins(Objects.requireNonNull(server, "server"), false, Objects.requireNonNull(token, "token"));
    }

    /**
     * @param required whether setting an admin away needs a reason (as a workspace setting can demand)
     * @return this fake
     */
    public synchronized FakeIntercomAdmins requireAwayReason(boolean required) {
        this.reasonRequired = required;
        return this;
    }

    /**
     * @param n activity logs per page (default 2)
     * @return this fake
     */
    public synchronized FakeIntercomAdmins perPage(int n) {
        this.perPage = n;
        return this;
    }

    /**
     * @param adminId an admin's id
     * @return a copy of the admin as the fake holds it, or {@code null}
     */
    public synchronized JsonNode admin(String adminId) {
        ObjectNode a = admins.get(adminId);
        return a == null ? null : a.deepCopy();
    }

    private void seed() {
        for (String[] a : new String[][] {{"991267460", "Ciaran Lee", "admin1@email.com"},
            {"991267461", "Dana Roe", "admin2@email.com"}}) {
            ObjectNode admin = F.objectNode();
            admin.put("type", "admin");
            admin.put("id", a[0]);
            admin.put("name", a[1]);
            admin.put("email", a[2]);
            admin.put("job_title", "Support");
            admin.put("away_mode_enabled", false);
            admin.put("away_mode_reassign", false);
            admin.putNull("away_status_reason_id");
            admin.put("has_inbox_seat", true);
            admin.putArray("team_ids").add(814865);
            if (a[0].equals("991267461")) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) admin.get("team_ids")).add(5017691);
            }
            admin.putObject("team_priority_level").putArray("primary_team_ids").add(814865);
            admins.put(a[0], admin);
        }
        String[][] seeded = {{"1", "On a break", "☕", "false"}, {"2", "Lunch", "🍔", "false"}, {"3", "Old reason", "🗑️", "true"}};
        for (int i = 0; i < seeded.length; i++) {
            ObjectNode r = F.objectNode();
            r.put("type", "away_status_reason");
            r.put("id", seeded[i][0]);
            r.put("label", seeded[i][1]);
            r.put("emoji", seeded[i][2]);
            r.put("order", i + 1);
            r.put("deleted", Boolean.parseBoolean(seeded[i][3]));
            r.put("created_at", EPOCH - 86_400);
            r.put("updated_at", EPOCH - 3_600);
            reasons.put(seeded[i][0], r);
        }
        addLog("app_name_change", F.objectNode().put("before", "Old").put("after", "New"), "changed your app name");
        addLog("admin_conversation_assignment_limit_change", F.objectNode().put("conversation_assignment_limit", 10),
                "changed a conversation assignment limit to 10");
        addLog("admin_ticket_assignment_limit_change", F.objectNode().put("ticket_assignment_limit", 4),
                "changed a ticket assignment limit to 4");
        ObjectNode team = F.objectNode();
        team.putObject("team").put("id", 814865).put("name", "Support");
        team.put("team_assignment_limit", 20);
        addLog("team_assignment_limit_change", team, "changed the Support team's assignment limit to 20");
        addLog("macro_creation", F.objectNode().put("macro_id", "77"), "created a macro");
    }

    private void addLog(String type, ObjectNode metadata, String description) {
        ObjectNode log = F.objectNode();
        log.put("id", "log-" + (logs.size() + 1));
        ObjectNode by = log.putObject("performed_by");
        by.put("type", "admin");
        by.put("id", "991267460");
        by.put("email", "admin1@email.com");
        by.put("ip", "127.0.0.1");
        log.set("metadata", metadata);
        log.put("created_at", logs.isEmpty() ? EPOCH : logs.get(logs.size() - 1).get("created_at").asLong() + 3_600);
        log.put("activity_type", type);
        log.put("activity_description", "Ciaran Lee " + description + ".");
        logs.add(log);
    }

    private ObjectNode existing(String adminId) {
        ObjectNode admin = admins.get(adminId);
        if (admin == null) {
            throw IntercomAccess.error(404, "admin_not_found", "Admin not found");
        }
        return admin;
    }

    private FakeResponse setAway(FakeRequest r) {
        ObjectNode admin = existing(r.pathParam("admin_id"));
        JsonNode b = FakeParams.jsonBody(r);
        for (String f : List.of("away_mode_enabled", "away_mode_reassign")) {
            if (!b.path(f).isBoolean()) {
                throw IntercomAccess.error(400, "parameter_invalid", f + " must be a boolean");
            }
        }
        boolean away = b.get("away_mode_enabled").asBoolean();
        JsonNode reasonId = b.path("away_status_reason_id");
        if (!reasonId.isMissingNode() && !reasonId.isNull()) {
            ObjectNode reason = reasons.get(reasonId.asText());
            if (reason == null) {
                throw IntercomAccess.error(400, "parameter_invalid", "Away status reason not found");
            }
            if (reason.get("deleted").asBoolean()) {
                throw IntercomAccess.error(400, "parameter_invalid", "Away status reason is deleted");
            }
        } else if (away && reasonRequired) {
            throw IntercomAccess.error(400, "away_status_reason_mandatory", "Away status reason is mandatory");
        }
        admin.put("away_mode_enabled", away);
        admin.put("away_mode_reassign", b.get("away_mode_reassign").asBoolean());
        if (away && !reasonId.isMissingNode() && !reasonId.isNull()) {
            admin.put("away_status_reason_id", reasonId.asLong());
        } else {
            admin.putNull("away_status_reason_id");
        }
        ObjectNode meta = F.objectNode();
        meta.put("away_mode", away);
        meta.put("reassign_conversations", b.get("away_mode_reassign").asBoolean());
        addLog("admin_away_mode_change", meta, away ? "went away" : "came back");
        return FakeResponse.json(admin);
    }

    private FakeResponse activityLogs(FakeRequest r) {
        long after = epoch(r, "created_at_after", true);
        long before = r.query("created_at_before") == null ? Long.MAX_VALUE : epoch(r, "created_at_before", false);
        List<ObjectNode> matching = logs.stream()
                .filter(l -> l.get("created_at").asLong() >= after && l.get("created_at").asLong() <= before).toList();
        int from = 0;
        String cursor = r.query("starting_after");
        if (cursor != null) {
            from = -1;
            for (int i = 0; i < matching.size(); i++) {
                if (matching.get(i).get("id").asText().equals(cursor)) {
                    from = i + 1;
                }
            }
            if (from < 0) {
                throw IntercomAccess.error(400, "parameter_invalid", "starting_after is not a valid cursor");
            }
        }
        int to = Math.min(matching.size(), from + perPage);
        ObjectNode out = F.objectNode();
        out.put("type", "activity_log.list");
        ObjectNode pages = out.putObject("pages");
        pages.put("type", "pages");
        if (to < matching.size()) {
            ObjectNode next = pages.putObject("next");
            next.put("per_page", perPage);
            next.put("starting_after", matching.get(to - 1).get("id").asText());
        } else {
            pages.putNull("next");
        }
        pages.put("page", from / perPage + 1);
        pages.put("per_page", perPage);
        pages.put("total_pages", Math.max(1, (matching.size() + perPage - 1) / perPage));
        ArrayNode items = out.putArray("activity_logs");
        matching.subList(from, to).forEach(items::add);
        return FakeResponse.json(out);
    }

    private static long epoch(FakeRequest r, String name, boolean required) {
        String v = r.query(name);
        if (v == null) {
            throw IntercomAccess.error(400, "parameter_not_found", name + " is a required parameter");
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw IntercomAccess.error(400, "parameter_invalid", name + " must be a UNIX timestamp");
        }
    }
}
