package dev.switchboard.webhooks.livechat;

import dev.switchboard.webhooks.TestFiles;
import java.util.Map;

/** The module's own LiveChat fixtures and the types they decode to. */
final class LiveChatFixtures {
    static final String SECRET = "fixture-secret-7Hq2";
    static final String WEBHOOK_ID = "wh-4c1d9e";

    /** Fixture file stem (the part before the first dot is the action) to the expected type. */
    static final Map<String, Class<? extends LiveChatWebhook>> TYPES = Map.ofEntries(
            Map.entry("incoming_chat", IncomingChat.class),
            Map.entry("chat_deactivated", ChatDeactivated.class),
            Map.entry("chat_access_updated", ChatAccessUpdated.class),
            Map.entry("chat_transferred", ChatTransferred.class),
            Map.entry("user_added_to_chat", UserAddedToChat.class),
            Map.entry("user_removed_from_chat", UserRemovedFromChat.class),
            Map.entry("incoming_event", IncomingEvent.class),
            Map.entry("event_updated", EventUpdated.class),
            Map.entry("event_deleted", EventDeleted.class),
            Map.entry("incoming_rich_message_postback", IncomingRichMessagePostback.class),
            Map.entry("chat_properties_updated", ChatPropertiesUpdated.class),
            Map.entry("chat_properties_deleted", ChatPropertiesDeleted.class),
            Map.entry("thread_properties_updated", ThreadPropertiesUpdated.class),
            Map.entry("thread_properties_deleted", ThreadPropertiesDeleted.class),
            Map.entry("event_properties_updated", EventPropertiesUpdated.class),
            Map.entry("event_properties_deleted", EventPropertiesDeleted.class),
            Map.entry("thread_tagged", ThreadTagged.class),
            Map.entry("thread_untagged", ThreadUntagged.class),
            Map.entry("routing_status_set", RoutingStatusSet.class),
            Map.entry("customer_session_fields_updated", CustomerSessionFieldsUpdated.class),
            Map.entry("agent_created", AgentCreated.class),
            Map.entry("agent_approved", AgentApproved.class),
            Map.entry("agent_updated", AgentUpdated.class),
            Map.entry("agent_suspended", AgentSuspended.class),
            Map.entry("agent_unsuspended", AgentUnsuspended.class),
            Map.entry("agent_deleted", AgentDeleted.class),
            Map.entry("auto_accesses_updated", AutoAccessesUpdated.class),
            Map.entry("auto_access_added", AutoAccessAdded.class),
            Map.entry("auto_access_updated", AutoAccessUpdated.class),
            Map.entry("auto_access_deleted", AutoAccessDeleted.class),
            Map.entry("bot_created", BotCreated.class),
            Map.entry("bot_updated", BotUpdated.class),
            Map.entry("bot_deleted", BotDeleted.class),
            Map.entry("group_created", GroupCreated.class),
            Map.entry("group_updated", GroupUpdated.class),
            Map.entry("group_deleted", GroupDeleted.class),
            Map.entry("tag_created", TagCreated.class),
            Map.entry("tag_updated", TagUpdated.class),
            Map.entry("tag_deleted", TagDeleted.class),
            Map.entry("events_marked_as_seen", EventsMarkedAsSeen.class),
            Map.entry("thread_summary_set", ThreadSummarySet.class),
            Map.entry("incoming_customer", IncomingCustomer.class),
            Map.entry("unknown_action", UnknownLiveChatWebhook.class));

    private LiveChatFixtures() {
    }

    static byte[] body(String action) {
        return TestFiles.resource("livechat/" + action + ".json");
    }

    static LiveChatWebhooks verifier() {
        return LiveChatWebhooks.builder().secrets(SECRET).build();
    }

    @SuppressWarnings("unchecked")
    static <T extends LiveChatWebhook> T decode(String fixture, Class<T> type) {
        LiveChatWebhook w = verifier().verify(body(fixture));
        if (!type.isInstance(w)) {
            throw new AssertionError(fixture + " decoded to " + w.getClass().getSimpleName() + ", not " + type.getSimpleName());
        }
        return (T) w;
    }

    static String stem(String resource) {
        String file = resource.substring(resource.lastIndexOf('/') + 1);
        return file.substring(0, file.indexOf('.'));
    }
}
