package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.util.Objects;

/**
 * A fake of Intercom's segments and teams (API 2.14) on a {@link FakeServer}; the API only reads them, so they are
 * fixed. Segments: {@code 6762f25c1bb69f9f2193bc22} (Active users, {@code user}), {@code …bc23} (Leads this week,
 * {@code contact}) and {@code …bc24} (VIP customers, whose rules use tag {@code 7522909}); {@code GET /segments}
 * adds each one's {@code count} only with {@code include_count=true}, and answers without {@code pages}, as
 * Intercom does. Teams: {@code 814865} (Support, round robin, admins {@code 991267460} and {@code 991267461} with
 * priority levels) and {@code 5017691} (Billing, balanced, assignment limit 10). Errors: {@code not_found} (segment),
 * {@code team_not_found}, {@code parameter_invalid} ({@code include_count} not a boolean), {@code unauthorized}.
 */
public final class FakeIntercomDirectory extends FakeIntercomPart {
    /** The access token the fake accepts unless another is given. */
    public static final String TOKEN = "fake-intercom-token";


    private FakeIntercomDirectory(FakeServer server, boolean ownsServer, String token) {
        super(server, ownsServer, token);
        route("GET", "/segments", this::segments);
        route("GET", "/segments/{segment_id}", r -> {
            ObjectNode s = FakeDirectoryData.segment(r.pathParam("segment_id"));
            if (s == null) {
                throw IntercomAccess.error(404, "not_found", "Resource Not Found");
            }
            return FakeResponse.json(s);
        });
        route("GET", "/teams", r -> {
            ObjectNode out = FakeDirectoryData.F.objectNode();
            out.put("type", "team.list");
            ArrayNode teams = out.putArray("teams");
            FakeDirectoryData.teams().forEach(teams::add);
            return FakeResponse.json(out);
        });
        route("GET", "/teams/{team_id}", r -> FakeResponse.json(FakeDirectoryData.teams().stream()
                .filter(t -> t.get("id").asText().equals(r.pathParam("team_id"))).findFirst()
                .orElseThrow(() -> IntercomAccess.error(404, "team_not_found", "Team not found"))));
    }

    /** @return a fake on its own server, accepting {@link #TOKEN} */
    public static FakeIntercomDirectory start() {
        return new FakeIntercomDirectory(FakeServer.start(), true, TOKEN);
    }

    /**
     * Adds the segment and team routes to an existing server.
     *
     * @param server the server; not closed by this fake
     * @param token the access token to accept
     * @return the fake
     */
    public static FakeIntercomDirectory on(FakeServer server, String token) {
        return new FakeIntercomDirectory(Objects.requireNonNull(server, "server"), false, Objects.requireNonNull(token, "token"));
    }

    private FakeResponse segments(FakeRequest r) {
        String include = r.query("include_count");
        if (include != null && !include.equals("true") && !include.equals("false")) {
            throw IntercomAccess.error(400, "parameter_invalid", "include_count must be a boolean");
        }
        ObjectNode out = FakeDirectoryData.F.objectNode();
        out.put("type", "segment.list");
        ArrayNode segments = out.putArray("segments");
        for (ObjectNode s : FakeDirectoryData.segments()) {
            if (!"true".equals(include)) {
                s.remove("count");
            }
            segments.add(s);
        }
        return FakeResponse.json(out);
    }
}
