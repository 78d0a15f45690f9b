package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the sandbox holds: calls, conversations (with parts), each conversation's company, and the messages and
 * updates it received. Every access goes through {@link #lock}; handlers run on server threads.
 */
final class FakeIntercomState {
    final Object lock = new Object();
    final Clock clock;
    final List<ObjectNode> calls = new ArrayList<>();
    /** Call number (from 1) by call id. */
    final Map<String, Integer> callNumbers = new HashMap<>();
    final Map<String, ObjectNode> conversations = new LinkedHashMap<>();
    /** Company id by conversation id; a {@code null} value means none. */
    final Map<String, String> companies = new HashMap<>();
    final Map<String, JsonNode> lastUpdates = new HashMap<>();
    final List<JsonNode> messageRequests = new ArrayList<>();
    final List<ObjectNode> messages = new ArrayList<>();
    final int[] partIds = {1};
    int conversationCount;
    int messageCount;

    FakeIntercomState(Clock clock, int calls, int conversations, String baseUrl) {
        this.clock = clock;
        for (int i = 1; i <= conversations; i++) {
            ObjectNode c = FakeIntercomData.conversation(i, partIds);
            this.conversations.put(c.path("id").asText(), c);
            companies.put(c.path("id").asText(), i % 2 == 0 ? "company-" + i : null);
        }
        conversationCount = conversations;
        for (int j = 1; j <= calls; j++) {
            ObjectNode call = FakeIntercomData.call(j, conversations, baseUrl);
            this.calls.add(call);
            callNumbers.put(call.path("id").asText(), j);
        }
    }

    long now() {
        return clock.instant().getEpochSecond();
    }

    static String cursor(String kind, int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((kind + ":" + offset).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @return the offset in the cursor
     * @throws FakeErrors.Failure (400) if the cursor was not made by this fake for this kind of listing
     */
    static int offset(String kind, String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(kind + ":")) {
                int offset = Integer.parseInt(decoded.substring(kind.length() + 1));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw FakeErrors.badRequest("parameter_invalid", "starting_after is not a valid cursor", "starting_after");
    }

    /** @return a list item: the conversation without its parts */
    static ObjectNode listItem(ObjectNode conversation) {
        ObjectNode item = conversation.deepCopy();
        item.remove("conversation_parts");
        return item;
    }
}
