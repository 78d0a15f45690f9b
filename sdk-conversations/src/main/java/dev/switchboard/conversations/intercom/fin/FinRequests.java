package dev.switchboard.conversations.intercom.fin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fields {@code /fin/start} and {@code /fin/reply} share. */
final class FinRequests {
    private FinRequests() {
    }

    static Map<String, Object> body(String conversationId, FinMessage message, FinUser user,
            List<FinAttachment> attachments, boolean attachmentsSet) {
        List<FinAttachment> checked = FinArgs.list(attachments, "attachments", FinArgs.MAX_ATTACHMENTS);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("conversation_id", conversationId);
        m.put("message", message);
        m.put("user", user);
        if (attachmentsSet) {
            m.put("attachments", checked);
        }
        return m;
    }
}
