package dev.switchboard.benchmarks.data;

import dev.switchboard.benchmarks.server.LocalServer;
import java.nio.charset.StandardCharsets;

/**
 * The local page server's routes: each listing has a fixed number of records, served in the API's own page style
 * from a few pre-rendered pages of distinct records (page {@code i} repeats template {@code i mod 10}, only the
 * paging fields change), so serving costs almost nothing and the client's work is what is measured.
 *
 * <ul>
 *   <li>{@code GET /export/v1/records/{conversations|interactions}}: OData pages of 1,000, {@code @odata.nextLink}
 *       with {@code $skiptoken};</li>
 *   <li>{@code GET /org/org-1/notificationEvent}: Suger offset pages of 1,000 with {@code nextOffset};</li>
 *   <li>{@code GET /conversations}: Intercom cursor pages of 150 with {@code pages.next.starting_after};</li>
 *   <li>{@code GET|PUT /tickets/{id}}: one Intercom ticket.</li>
 * </ul>
 */
public final class ApiRoutes implements LocalServer.Handler {
    /** Records per Moveworks and Suger page. */
    public static final int PAGE = 1000;
    /** Conversations per Intercom page. */
    public static final int INTERCOM_PAGE = 150;
    private static final int TEMPLATES = 10;

    private final long moveworksRecords;
    private final long sugerRecords;
    private final long intercomRecords;
    private final byte[][] conversations = new byte[TEMPLATES][];
    private final byte[][] interactions = new byte[TEMPLATES][];
    private final byte[][] events = new byte[TEMPLATES][];
    private final byte[][] intercomConversations = new byte[TEMPLATES][];
    private final byte[] ticket;
    private volatile String base = "http://127.0.0.1";

    /**
     * @param moveworksRecords records of each Moveworks entity
     * @param sugerRecords Suger events
     * @param intercomRecords Intercom conversations
     */
    public ApiRoutes(long moveworksRecords, long sugerRecords, long intercomRecords) {
        this.moveworksRecords = moveworksRecords;
        this.sugerRecords = sugerRecords;
        this.intercomRecords = intercomRecords;
        for (int t = 0; t < TEMPLATES; t++) {
            conversations[t] = MoveworksData.records("conversations", (long) t * PAGE, PAGE);
            interactions[t] = MoveworksData.records("interactions", (long) t * PAGE, PAGE);
            events[t] = SugerData.records((long) t * PAGE, PAGE);
            intercomConversations[t] = IntercomData.conversations((long) t * INTERCOM_PAGE, INTERCOM_PAGE);
        }
        this.ticket = IntercomData.ticketBytes(0);
    }

    /**
     * @param server the server these routes are mounted on; next links point at it
     * @return this
     */
    public ApiRoutes at(LocalServer server) {
        this.base = server.baseUrl();
        return this;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static int pageNumber(String raw) {
        return raw == null || raw.isEmpty() ? 0 : Integer.parseInt(raw);
    }

    @Override
    public LocalServer.Response handle(LocalServer.Request r) {
        String path = r.path();
        switch (path) {
            case "/export/v1/records/conversations":
                return odata("conversations", conversations, pageNumber(r.query("$skiptoken")));
            case "/export/v1/records/interactions":
                return odata("interactions", interactions, pageNumber(r.query("$skiptoken")));
            case "/org/org-1/notificationEvent":
                return suger(Long.parseLong(r.query("offset")));
            case "/conversations":
                return intercom(r.query("starting_after"));
            default:
                if (path.startsWith("/tickets/")) {
                    return LocalServer.Response.ok(ticket);
                }
                return new LocalServer.Response(404, utf8("{\"type\":\"error.list\",\"errors\":[{\"code\":\"not_found\"}]}"));
        }
    }

    private LocalServer.Response odata(String entity, byte[][] templates, int page) {
        long pages = (moveworksRecords + PAGE - 1) / PAGE;
        String head = "{\"@odata.context\":\"" + base + "/export/v1/$metadata#" + entity + "\",\"value\":[";
        String tail = page + 1 < pages
                ? "],\"@odata.nextLink\":\"" + base + "/export/v1/records/" + entity + "?$skiptoken=" + (page + 1) + "\"}"
                : "]}";
        return LocalServer.Response.ok(utf8(head), templates[page % TEMPLATES], utf8(tail));
    }

    private LocalServer.Response suger(long offset) {
        int page = (int) (offset / PAGE);
        long next = offset + PAGE;
        String head = "{\"notificationEvents\":[";
        String tail = "]" + (next < sugerRecords ? ",\"nextOffset\":" + next : "")
                + (offset == 0 ? ",\"totalCount\":" + sugerRecords : "") + "}";
        return LocalServer.Response.ok(utf8(head), events[page % TEMPLATES], utf8(tail));
    }

    private LocalServer.Response intercom(String cursor) {
        int page = cursor == null ? 0 : Integer.parseInt(cursor.substring("cur".length()));
        long pages = (intercomRecords + INTERCOM_PAGE - 1) / INTERCOM_PAGE;
        String head = "{\"type\":\"conversation.list\",\"conversations\":[";
        String next = page + 1 < pages ? ",\"next\":{\"page\":" + (page + 2) + ",\"starting_after\":\"cur" + (page + 1) + "\"}" : "";
        String tail = "],\"total_count\":" + intercomRecords + ",\"pages\":{\"type\":\"pages\",\"page\":" + (page + 1)
                + ",\"per_page\":" + INTERCOM_PAGE + ",\"total_pages\":" + pages + next + "}}";
        return LocalServer.Response.ok(utf8(head), intercomConversations[page % TEMPLATES], utf8(tail));
    }
}
