package dev.switchboard.examples.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Valid inputs of every decoder, the starting points of the fuzzers. */
final class Seeds {
    private Seeds() {
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<byte[]> fixtures(String dir, String... names) {
        List<byte[]> out = new ArrayList<>();
        for (String n : names) {
            Path p = Path.of("..", "sdk-webhooks", "src", "test", "resources", dir, n);
            try {
                if (Files.exists(p)) {
                    out.add(Files.readAllBytes(p));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** @return target name to its seeds */
    static Map<String, List<byte[]>> all() {
        Map<String, List<byte[]>> s = new LinkedHashMap<>();
        s.put("moveworks-conversations", List.of(utf8("{\"@odata.context\":\"c\",\"value\":[{\"id\":\"a\",\"route\":\"DM\","
                + "\"created_time\":\"2026-04-02T10:11:12.123Z\",\"user_id\":\"12648661461218723099\"},{\"id\":\"b\",\"route\":\"Ticket\","
                + "\"type\":\"CONVERSATION_TYPE_TICKET_INTERCEPTION\",\"detail\":{\"ticket_id\":\"INC1\",\"content\":\"x\"}}],"
                + "\"@odata.nextLink\":\"http://fuzz.invalid/export/v1/records/conversations?$skiptoken=2\"}")));
        s.put("moveworks-interactions", List.of(utf8("{\"value\":[{\"id\":\"i\",\"type\":\"INTERACTION_TYPE_FREE_TEXT\",\"actor\":\"user\","
                + "\"detail\":{\"content\":\"vpn\",\"domain\":\"IT\",\"entity\":null}},{\"id\":\"j\",\"type\":\"INTERACTION_TYPE_CONTENT_UPLOAD\","
                + "\"detail\":{\"file_types\":[\"pdf\"]}}]}")));
        s.put("moveworks-plugin-resources", List.of(utf8("{\"value\":[{\"id\":\"r\",\"type\":\"RESOURCE_TYPE_TICKET\",\"detail\":"
                + "{\"domain\":\"HR\",\"source\":\"snow\",\"url\":\"https://x\"},\"cited\":true}]}")));
        s.put("moveworks-users", List.of(utf8("{\"value\":[{\"id\":\"1\",\"access_to_bot\":false,\"external_ids\":[{\"source\":\"SLACK\","
                + "\"external_id\":\"U1\"}],\"first_interaction_time\":null}]}")));
        s.put("intercom-conversations", List.of(utf8("{\"type\":\"conversation.list\",\"conversations\":[{\"type\":\"conversation\","
                + "\"id\":\"1\",\"created_at\":1767225600,\"admin_assignee_id\":991,\"statistics\":{\"median_time_to_reply\":601.5},"
                + "\"tags\":{\"tags\":[{\"id\":\"t\",\"name\":\"vip\"}]},\"contacts\":{\"contacts\":[{\"id\":\"c\",\"external_id\":null}]}}],"
                + "\"pages\":{\"next\":{\"starting_after\":\"abc\"}}}")));
        s.put("intercom-calls", List.of(utf8("{\"type\":\"list\",\"data\":[{\"type\":\"call\",\"id\":\"7\",\"initiated_at\":"
                + "\"2026-04-02T10:11:12Z\",\"answered_at\":null}],\"pages\":{\"page\":1,\"total_pages\":3}}")));
        s.put("suger-events", List.of(utf8("{\"notificationEvents\":[{\"eventID\":\"e\",\"action\":\"CREATE\",\"priority\":\"HIGH\","
                + "\"timestamp\":\"2026-04-02T10:11:12Z\",\"trackEvents\":[{\"action\":\"EMAIL_SENT\"}],\"info\":{\"a\":1}}],"
                + "\"nextOffset\":1000,\"totalCount\":5000}")));
        s.put("suger-messages", List.of(utf8("{\"notificationMessages\":[{\"id\":\"m\",\"info\":{\"standardFields\":{}}}],\"nextOffset\":null}")));
        s.put("aloochat-notifications", List.of(utf8("{\"data\":[{\"id\":\"n\",\"type\":\"system\",\"priority\":\"low\","
                + "\"created_at\":\"2026-04-02T10:11:12.000Z\",\"recipients\":[{\"user_id\":\"u\",\"status\":\"read\"}]}],"
                + "\"total\":1,\"skip\":0,\"limit\":50}")));
        s.put("livechat-delivery", fixtures("livechat", "incoming_chat.json", "incoming_event.json", "chat_transferred.json",
                "routing_status_set.json", "auto_accesses_updated.json", "unknown_action.json"));
        s.put("intercom-delivery", fixtures("intercom", "ticket.created.json", "conversation.operator.replied.json",
                "call.ended.json", "job.completed.json", "ping.json"));
        return s;
    }
}
