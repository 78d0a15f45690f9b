package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeApi;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.Faults;
import dev.switchboard.testkit.Handler;
import dev.switchboard.testkit.TestJson;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A stateful fake of Intercom's Fin Agent API: {@code POST /fin/start}, {@code /fin/reply}, {@code /fin/csat} and
 * the SSE endpoint each turn's {@code sse_subscription_url} points at, on one {@link FakeServer}.
 *
 * <p>Each start or reply opens a turn whose events the stream serves (then the turn's token is revoked: a second
 * subscription gets 401). A message is answered with two cumulative {@code fin_reply_chunk}s and a
 * {@code fin_replied} ({@code awaiting_user_reply}); a message containing "human" is escalated
 * ({@code escalated} with a reason, then {@code complete}); a message containing "thanks" resolves the conversation
 * ({@code resolved}, {@code complete}, then {@code csat_requested} when CSAT is enabled). User and conversation
 * attributes outside the known names come back as attribute errors. {@code /fin/csat} follows the documented rules:
 * 422 before a survey was requested, for an unknown rating, or once a remark locked it; the same rating again is a
 * no-op.
 *
 * <pre>{@code
 * try (FakeFin fin = FakeFin.builder().csat(true).start()) {
 *     FinAgentClient client = FinAgentClient.builder().accessToken(fin.token()).baseUrl(fin.baseUrl()).build();
 *     ...
 * }
 * }</pre>
 *
 * <p>{@link #dropStreamMidReply(int)} makes the next subscriptions disconnect halfway through their events. Thread-safe.
 */
public final class FakeFin extends FakeApi<Faults> {
    /** The token the fake accepts unless another is configured. */
    public static final String DEFAULT_TOKEN = "sandbox-fin-token";
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final String token;
    private final boolean csat;
    private final Clock clock;
    private final Set<String> userAttributes;
    private final Set<String> conversationAttributes;
    private final Map<String, Conversation> conversations = new HashMap<>();
    private final Map<String, Turn> turnsByToken = new HashMap<>();
    private int tokens;
    private int drops;

    private static final class Conversation {
        final String userId;
        String status = "thinking";
        boolean csatRequested;
        String rating;
        boolean remarked;
        int answers;

        Conversation(String userId) {
            this.userId = userId;
        }
    }

    private static final class Turn {
        final List<String> events = new ArrayList<>();
        boolean revoked;
    }

    private FakeFin(Builder b, FakeServer server, boolean ownsServer) {
        super(server, ownsServer);
        this.token = b.token;
        this.csat = b.csat;
        this.clock = b.clock;
        this.userAttributes = Set.copyOf(b.userAttributes);
        this.conversationAttributes = Set.copyOf(b.conversationAttributes);
        route("POST", "/fin/start", r -> turn(r, true));
        route("POST", "/fin/reply", r -> turn(r, false));
        route("POST", "/fin/csat", this::csat);
        // The stream authenticates with its turn's one-time token in the query, not the bearer token.
        server.route("GET", "/event-stream", this::stream);
    }

    /** @return a started fake with the defaults (token {@value #DEFAULT_TOKEN}, CSAT disabled) */
    public static FakeFin start() {
        return builder().start();
    }

    /**
     * Adds the Fin routes to an existing server (one that also fakes the rest of Intercom, for example).
     *
     * @param server the server; not closed by this fake
     * @param token the access token to accept
     * @return the fake, with the other defaults
     */
    public static FakeFin on(FakeServer server, String token) {
        return builder().token(token).on(server);
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the access token the fake accepts */
    public String token() {
        return token;
    }

    /**
     * @param conversationId your conversation id
     * @return Fin's status in it once the current turn's events have played out (a turn's events are fixed when it
     *     starts), or {@code null} if it was never started
     */
    public synchronized String status(String conversationId) {
        Conversation c = conversations.get(conversationId);
        return c == null ? null : c.status;
    }

    /**
     * @param conversationId your conversation id
     * @return the rating recorded, or {@code null}
     */
    public synchronized String rating(String conversationId) {
        Conversation c = conversations.get(conversationId);
        return c == null ? null : c.rating;
    }

    /**
     * Makes the next {@code times} subscriptions send about half of their events and then drop the connection.
     *
     * @param times how many subscriptions to drop
     */
    public synchronized void dropStreamMidReply(int times) {
        this.drops = times;
    }

    @Override
    protected synchronized FakeResponse answer(FakeRequest r, Handler handler) throws Exception {
        if (!("Bearer " + token).equals(r.header("Authorization"))) {
            return error(401, "unauthorized", "Access Token Invalid");
        }
        return handler.handle(r);
    }

    @Override
    protected Faults faults(Faults queue) {
        return queue;
    }

    private static FakeResponse error(int status, String code, String message) {
        return FakeResponse.json(status, TestJson.object("type", "error.list", "request_id", "fake-fin-request",
                "errors", TestJson.array(TestJson.object("code", code, "message", message))));
    }

    private FakeResponse turn(FakeRequest r, boolean start) {
        JsonNode body = r.json();
        String id = text(body, "conversation_id");
        JsonNode message = body == null ? null : body.get("message");
        JsonNode user = body == null ? null : body.get("user");
        if (id == null) {
            return error(400, "parameter_invalid", "conversation_id is required");
        }
        if (message == null || text(message, "body") == null || text(message, "timestamp") == null) {
            return error(400, "parameter_invalid", "message is required");
        }
        if (user == null || text(user, "id") == null) {
            return error(400, "parameter_invalid", "user is required");
        }
        if (body.has("attachments") && body.get("attachments").size() > 10) {
            return error(400, "parameter_invalid", "attachments must have at most 10 items");
        }
        Conversation c = conversations.get(id);
        if (start) {
            c = new Conversation(text(user, "id"));
            conversations.put(id, c);
        } else if (c == null) {
            return error(404, "not_found", "Conversation not found");
        }
        c.status = "thinking";
        String text = text(message, "body");
        Turn turn = new Turn();
        String now = MILLIS.format(clock.instant());
        if (text.toLowerCase().contains("human")) {
            turn.events.add(status(id, c, "escalated", "Escalation requested by user", now));
            turn.events.add(status(id, c, "complete", null, now));
        } else if (text.toLowerCase().contains("thanks")) {
            turn.events.add(status(id, c, "resolved", null, now));
            turn.events.add(status(id, c, "complete", null, now));
            if (csat) {
                c.csatRequested = true;
                ObjectNode e = TestJson.object("event_name", "csat_requested", "conversation_id", id, "user_id", c.userId,
                        "csat", TestJson.object("options", TestJson.array(
                                TestJson.object("key", "good", "emoji", "😃", "label", "Great"),
                                TestJson.object("key", "amazing", "emoji", "🤩", "label", "Amazing"))));
                turn.events.add(TestJson.write(e));
            }
        } else {
            c.answers++;
            String stream = "stream-" + id + "-" + c.answers;
            String answer = "Open the Account tab.";
            turn.events.add(TestJson.write(TestJson.object("event_name", "fin_reply_chunk", "conversation_id", id,
                    "stream_id", stream, "chunk_index", 0, "chunk_text", "Open the", "status", "replying", "created_at_ms", now)));
            turn.events.add(TestJson.write(TestJson.object("event_name", "fin_reply_chunk", "conversation_id", id,
                    "stream_id", stream, "chunk_index", 1, "chunk_text", answer, "status", "replying", "created_at_ms", now)));
            turn.events.add(TestJson.write(TestJson.object("event_name", "fin_replied", "conversation_id", id,
                    "user_id", c.userId, "message", TestJson.object("id", "msg-" + c.answers, "author", "fin",
                            "body", "<p>" + answer + "</p>", "timestamp_ms", now),
                    "status", "awaiting_user_reply", "stream_id", stream, "created_at_ms", now)));
            c.status = "awaiting_user_reply";
        }
        String streamToken = "fin-sse-" + (++tokens);
        turnsByToken.put(streamToken, turn);
        ObjectNode out = TestJson.object("conversation_id", id, "user_id", c.userId, "status", "thinking",
                "created_at_ms", now);
        ObjectNode errors = TestJson.object();
        attributeErrors(user.get("attributes"), userAttributes, "User", errors, "user");
        if (start && body.has("conversation_metadata")) {
            attributeErrors(body.get("conversation_metadata").get("attributes"), conversationAttributes, "Conversation",
                    errors, "conversation");
        }
        if (errors.size() > 0) {
            out.set("errors", errors);
        }
        out.put("sse_subscription_url", url("/event-stream?channels=fin_agent_api:app:" + id + "&accessToken="
                + streamToken + "&rewind=2m"));
        return FakeResponse.json(out);
    }

    private String status(String id, Conversation c, String status, String reason, String now) {
        c.status = status;
        ObjectNode e = TestJson.object("event_name", "fin_status_updated", "conversation_id", id, "user_id", c.userId,
                "status", status);
        if (reason != null) {
            e.put("reason", reason);
        }
        e.put("created_at_ms", now);
        return TestJson.write(e);
    }

    private static void attributeErrors(JsonNode attributes, Set<String> known, String kind, ObjectNode errors,
            String side) {
        if (attributes == null || !attributes.isObject()) {
            return;
        }
        ObjectNode bad = TestJson.object();
        for (Iterator<String> names = attributes.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                bad.put(name, kind + " attribute '" + name + "' does not exist");
            }
        }
        if (bad.size() > 0) {
            errors.set(side, TestJson.object("attributes", bad));
        }
    }

    private FakeResponse csat(FakeRequest r) {
        JsonNode body = r.json();
        Conversation c = conversations.get(text(body, "conversation_id"));
        if (c == null) {
            return csatError("external_conversation_id", "Conversation not found for the given external_conversation_id");
        }
        if (!c.csatRequested) {
            return csatError("base", "No rating survey found for this conversation");
        }
        String rating = text(body, "rating");
        if (rating == null || !Set.of("terrible", "bad", "ok", "good", "amazing").contains(rating)) {
            return csatError("rating", "Rating isn't an option");
        }
        String remark = text(body, "remark");
        if (c.remarked && !(rating.equals(c.rating) && remark == null)) {
            return csatError("base", "This rating can no longer be changed because a remark has already been submitted");
        }
        c.rating = rating;
        if (remark != null) {
            c.remarked = true;
        }
        return FakeResponse.json(TestJson.object("conversation_id", text(body, "conversation_id"), "rating", rating,
                "status", "rated"));
    }

    private static FakeResponse csatError(String key, String message) {
        return FakeResponse.json(422, TestJson.object("errors", TestJson.object(key, message)));
    }

    private FakeResponse stream(FakeRequest r) {
        Turn turn;
        boolean drop;
        synchronized (this) {
            turn = turnsByToken.get(r.query("accessToken"));
            if (turn == null || turn.revoked) {
                return error(401, "unauthorized", "Token revoked or expired");
            }
            drop = drops > 0;
            if (drop) {
                drops--;
            } else {
                turn.revoked = true;
            }
        }
        StringBuilder sse = new StringBuilder(": fake fin stream\n\n");
        for (String e : turn.events) {
            sse.append("data: ").append(e).append("\n\n");
        }
        return drop ? FakeResponse.disconnectDuringBody(200, "text/event-stream", sse.toString())
                : FakeResponse.text(200, "text/event-stream", sse.toString());
    }

    private static String text(JsonNode node, String field) {
        if (node == null || !node.has(field) || !node.get(field).isTextual() || node.get(field).asText().isBlank()) {
            return null;
        }
        return node.get(field).asText();
    }

    /** Configures a {@link FakeFin}; not thread-safe. */
    public static final class Builder {
        private String token = DEFAULT_TOKEN;
        private boolean csat;
        private Clock clock = Clock.fixed(Instant.parse("2026-05-01T12:00:00Z"), ZoneOffset.UTC);
        private Set<String> userAttributes = Set.of("plan_type", "subscription_status");
        private Set<String> conversationAttributes = Set.of("priority_level", "department");

        private Builder() {
        }

        /**
         * @param token the access token to accept
         * @return this builder
         */
        public Builder token(String token) {
            this.token = Objects.requireNonNull(token, "token");
            return this;
        }

        /**
         * @param enabled whether a resolved conversation is followed by {@code csat_requested}
         * @return this builder
         */
        public Builder csat(boolean enabled) {
            this.csat = enabled;
            return this;
        }

        /**
         * @param clock the clock of {@code created_at_ms}
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param user the user attribute names that exist
         * @param conversation the conversation attribute names that exist
         * @return this builder
         */
        public Builder knownAttributes(Set<String> user, Set<String> conversation) {
            this.userAttributes = Set.copyOf(user);
            this.conversationAttributes = Set.copyOf(conversation);
            return this;
        }

        /** @return the running fake, on a server of its own; close it when done */
        public FakeFin start() {
            return new FakeFin(this, FakeServer.start(), true);
        }

        /**
         * @param server a running server to add the Fin routes to; closing the fake leaves it running
         * @return the fake
         */
        public FakeFin on(FakeServer server) {
            return new FakeFin(this, Objects.requireNonNull(server, "server"), false);
        }
    }
}
