package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.json.JsonObject;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Chooses the view of a parsed (and already verified) delivery by its {@code action}. Nothing is decoded here: the
 * views read their fields when asked, so no delivery fails for a field of an unexpected type. Unknown actions, and a
 * missing or non-string action, give {@link UnknownLiveChatWebhook}.
 */
final class LiveChatDecoder {
    static final String WHAT = "LiveChat webhook body";

    private static final Map<String, Function<JsonObject, LiveChatWebhook>> ACTIONS = new HashMap<>();

    static {
        ACTIONS.put("incoming_chat", IncomingChat::new);
        ACTIONS.put("chat_deactivated", ChatDeactivated::new);
        ACTIONS.put("chat_access_updated", ChatAccessUpdated::new);
        ACTIONS.put("chat_transferred", ChatTransferred::new);
        ACTIONS.put("user_added_to_chat", UserAddedToChat::new);
        ACTIONS.put("user_removed_from_chat", UserRemovedFromChat::new);
        ACTIONS.put("incoming_event", IncomingEvent::new);
        ACTIONS.put("event_updated", EventUpdated::new);
        ACTIONS.put("event_deleted", EventDeleted::new);
        ACTIONS.put("incoming_rich_message_postback", IncomingRichMessagePostback::new);
        ACTIONS.put("chat_properties_updated", ChatPropertiesUpdated::new);
        ACTIONS.put("chat_properties_deleted", ChatPropertiesDeleted::new);
        ACTIONS.put("thread_properties_updated", ThreadPropertiesUpdated::new);
        ACTIONS.put("thread_properties_deleted", ThreadPropertiesDeleted::new);
        ACTIONS.put("event_properties_updated", EventPropertiesUpdated::new);
        ACTIONS.put("event_properties_deleted", EventPropertiesDeleted::new);
        ACTIONS.put("thread_tagged", ThreadTagged::new);
        ACTIONS.put("thread_untagged", ThreadUntagged::new);
        ACTIONS.put("routing_status_set", RoutingStatusSet::new);
        ACTIONS.put("customer_session_fields_updated", CustomerSessionFieldsUpdated::new);
        ACTIONS.put("agent_created", AgentCreated::new);
        ACTIONS.put("agent_approved", AgentApproved::new);
        ACTIONS.put("agent_updated", AgentUpdated::new);
        ACTIONS.put("agent_suspended", AgentSuspended::new);
        ACTIONS.put("agent_unsuspended", AgentUnsuspended::new);
        ACTIONS.put("agent_deleted", AgentDeleted::new);
        ACTIONS.put("auto_access_added", AutoAccessAdded::new);
        ACTIONS.put("auto_access_updated", AutoAccessUpdated::new);
        ACTIONS.put("auto_access_deleted", AutoAccessDeleted::new);
        ACTIONS.put("auto_accesses_updated", AutoAccessesUpdated::new);
        ACTIONS.put("bot_created", BotCreated::new);
        ACTIONS.put("bot_updated", BotUpdated::new);
        ACTIONS.put("bot_deleted", BotDeleted::new);
        ACTIONS.put("group_created", GroupCreated::new);
        ACTIONS.put("group_updated", GroupUpdated::new);
        ACTIONS.put("group_deleted", GroupDeleted::new);
        ACTIONS.put("tag_created", TagCreated::new);
        ACTIONS.put("tag_updated", TagUpdated::new);
        ACTIONS.put("tag_deleted", TagDeleted::new);
        ACTIONS.put("events_marked_as_seen", EventsMarkedAsSeen::new);
        ACTIONS.put("thread_summary_set", ThreadSummarySet::new);
        ACTIONS.put("incoming_customer", IncomingCustomer::new);
        // The 3.4 and 3.5 references name some configuration actions verb first in places.
        ACTIONS.put("create_group", GroupCreated::new);
        ACTIONS.put("update_group", GroupUpdated::new);
        ACTIONS.put("delete_group", GroupDeleted::new);
        ACTIONS.put("create_tag", TagCreated::new);
        ACTIONS.put("update_tag", TagUpdated::new);
        ACTIONS.put("delete_tag", TagDeleted::new);
    }

    /** The verb-first names some 3.4 and 3.5 pages use, to the names deliveries carry. */
    private static final Map<String, String> ALIASES = Map.of(
            "create_group", "group_created", "update_group", "group_updated", "delete_group", "group_deleted",
            "create_tag", "tag_created", "update_tag", "tag_updated", "delete_tag", "tag_deleted");

    private LiveChatDecoder() {
    }

    /**
     * @param action an action name as configured or sent
     * @return the name the decoder treats it as ({@code create_group} is {@code group_created}); itself otherwise
     */
    static String canonical(String action) {
        return ALIASES.getOrDefault(action, action);
    }

    /**
     * @param root a delivery, as parsed
     * @return every name its action is known by, canonical first: the name as sent, its alias, and the action the
     *     decoder chooses for it ({@code auto_access_added} with an array payload is {@code auto_accesses_updated});
     *     empty when the action is missing or not a string
     */
    static Set<String> actionNames(JsonObject root) {
        String action = root.getString("action");
        if (action == null) {
            return Set.of();
        }
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        if (action.startsWith("auto_access_") && root.getArray("payload") != null) {
            names.add("auto_accesses_updated");
        }
        names.add(canonical(action));
        names.add(action);
        return Collections.unmodifiableSet(names);
    }

    /** @return the actions this SDK decodes to typed views, aliases included */
    static Set<String> knownActions() {
        return Collections.unmodifiableSet(ACTIONS.keySet());
    }

    /**
     * @param root the delivery, as parsed
     * @return its view; never fails
     */
    static LiveChatWebhook decode(JsonObject root) {
        String action = root.getString("action");
        if (action != null && action.startsWith("auto_access_") && root.getArray("payload") != null) {
            // LiveChat's own 3.5/3.6 samples of auto_accesses_updated carry "action": "auto_access_added".
            return new AutoAccessesUpdated(root);
        }
        Function<JsonObject, LiveChatWebhook> view = action == null ? null : ACTIONS.get(action);
        return view == null ? new UnknownLiveChatWebhook(root) : view.apply(root);
    }
}
