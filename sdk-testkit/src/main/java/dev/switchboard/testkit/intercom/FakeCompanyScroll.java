package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The workspace's one scroll over companies, as Intercom documents it: one open scroll per workspace; a scroll unused
 * for a minute expires; every page carries the scroll's {@code scroll_param} (the same one throughout); the page after
 * the last company is empty, and the scroll expires with it. Guarded by the {@link FakeIntercomCompanies} it belongs
 * to; times are the fake's clock, in seconds.
 */
final class FakeCompanyScroll {
    /** A scroll unused for this long has expired. */
    static final long EXPIRY_SECONDS = 60;

    private String param;
    private int position;
    private long lastUsed;
    private int started;

    /** @return the open scroll's parameter, or {@code null} when none is open at {@code now} */
    String open(long now) {
        return param != null && now - lastUsed < EXPIRY_SECONDS ? param : null;
    }

    /**
     * @param requested the request's {@code scroll_param}, or {@code null} to start a scroll
     * @param all every company, in scroll order
     * @param size companies per page
     * @param now the time of the request
     * @return the page
     * @throws FakeErrors.Failure {@code 400} when a scroll is already open, {@code 404} for an unknown or expired
     *     parameter
     */
    ObjectNode page(String requested, List<ObjectNode> all, int size, long now) {
        if (requested == null) {
            if (open(now) != null) {
                throw IntercomAccess.error(400, "bad_request", "scroll already exists for this app");
            }
            param = String.format("69352cd2-ab5b-42ac-b004-%012d", ++started);
            position = 0;
        } else if (!requested.equals(open(now))) {
            throw IntercomAccess.error(404, "not_found", "scroll_param not found: it expired or belongs to no open scroll");
        }
        ObjectNode out = FakeDirectoryData.F.objectNode();
        out.put("type", "list");
        ArrayNode data = out.putArray("data");
        all.stream().skip(position).limit(size).forEach(c -> data.add(c.deepCopy()));
        position += data.size();
        out.putNull("pages");
        out.putNull("total_count");
        out.put("scroll_param", param);
        lastUsed = now;
        if (data.isEmpty()) {
            param = null;
        }
        return out;
    }
}
