package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.core.json.Json;
import dev.switchboard.webhooks.WebhookDecodeException;
import dev.switchboard.webhooks.internal.JsonInput;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Turns a parsed (and already verified) delivery into its typed record: the envelope first, then the payload by the
 * envelope's action. Unknown actions become {@link UnknownLiveChatWebhook}.
 */
final class LiveChatDecoder {
    static final String WHAT = "LiveChat webhook body";

    /** How one action's payload is read. */
    private record Binding(JavaType type, boolean array, BiFunction<LiveChatEnvelope, Object, LiveChatWebhook> create) {
    }

    private static final Map<String, Binding> ACTIONS = new HashMap<>();

    static {
        object("incoming_chat", IncomingChat.Payload.class, IncomingChat::new);
        object("chat_deactivated", ChatDeactivated.Payload.class, ChatDeactivated::new);
        object("chat_access_updated", ChatAccessUpdated.Payload.class, ChatAccessUpdated::new);
        object("chat_transferred", ChatTransferred.Payload.class, ChatTransferred::new);
        object("user_added_to_chat", UserAddedToChat.Payload.class, UserAddedToChat::new);
        object("user_removed_from_chat", UserRemovedFromChat.Payload.class, UserRemovedFromChat::new);
        object("incoming_event", EventPayload.class, IncomingEvent::new);
        object("event_updated", EventPayload.class, EventUpdated::new);
        object("event_deleted", EventDeleted.Payload.class, EventDeleted::new);
        object("incoming_rich_message_postback", IncomingRichMessagePostback.Payload.class, IncomingRichMessagePostback::new);
        object("chat_properties_updated", PropertiesUpdate.class, ChatPropertiesUpdated::new);
        object("chat_properties_deleted", PropertiesDeletion.class, ChatPropertiesDeleted::new);
        object("thread_properties_updated", PropertiesUpdate.class, ThreadPropertiesUpdated::new);
        object("thread_properties_deleted", PropertiesDeletion.class, ThreadPropertiesDeleted::new);
        object("event_properties_updated", PropertiesUpdate.class, EventPropertiesUpdated::new);
        object("event_properties_deleted", PropertiesDeletion.class, EventPropertiesDeleted::new);
        object("thread_tagged", ThreadTag.class, ThreadTagged::new);
        object("thread_untagged", ThreadTag.class, ThreadUntagged::new);
        object("routing_status_set", RoutingStatusSet.Payload.class, RoutingStatusSet::new);
        object("customer_session_fields_updated", CustomerSessionFieldsUpdated.Payload.class, CustomerSessionFieldsUpdated::new);
        object("agent_created", AgentAccount.class, AgentCreated::new);
        object("agent_approved", AgentAccount.class, AgentApproved::new);
        object("agent_updated", AgentAccount.class, AgentUpdated::new);
        object("agent_suspended", AgentAccount.class, AgentSuspended::new);
        object("agent_unsuspended", AgentAccount.class, AgentUnsuspended::new);
        object("agent_deleted", AgentAccount.class, AgentDeleted::new);
        object("auto_access_added", AutoAccessChange.class, AutoAccessAdded::new);
        object("auto_access_updated", AutoAccessChange.class, AutoAccessUpdated::new);
        object("auto_access_deleted", AutoAccessChange.class, AutoAccessDeleted::new);
        object("bot_created", Bot.class, BotCreated::new);
        object("bot_updated", Bot.class, BotUpdated::new);
        object("bot_deleted", Bot.class, BotDeleted::new);
        object("group_created", Group.class, GroupCreated::new);
        object("group_updated", Group.class, GroupUpdated::new);
        object("group_deleted", Group.class, GroupDeleted::new);
        object("tag_created", Tag.class, TagCreated::new);
        object("tag_updated", Tag.class, TagUpdated::new);
        object("tag_deleted", Tag.class, TagDeleted::new);
        object("events_marked_as_seen", EventsMarkedAsSeen.Payload.class, EventsMarkedAsSeen::new);
        object("thread_summary_set", ThreadSummarySet.Payload.class, ThreadSummarySet::new);
        array("auto_accesses_updated", AutoAccessChange.class, AutoAccessesUpdated::new);
        // The 3.4 and 3.5 references name some configuration actions verb first in places.
        alias("create_group", "group_created");
        alias("update_group", "group_updated");
        alias("delete_group", "group_deleted");
        alias("create_tag", "tag_created");
        alias("update_tag", "tag_updated");
        alias("delete_tag", "tag_deleted");
    }

    private LiveChatDecoder() {
    }

    @SuppressWarnings("unchecked")
    private static <P> void object(String action, Class<P> type, BiFunction<LiveChatEnvelope, P, LiveChatWebhook> create) {
        ACTIONS.put(action, new Binding(Json.types().constructType(type), false,
                (e, p) -> create.apply(e, (P) p)));
    }

    @SuppressWarnings("unchecked")
    private static <P> void array(String action, Class<P> element,
            BiFunction<LiveChatEnvelope, List<P>, LiveChatWebhook> create) {
        ACTIONS.put(action, new Binding(Json.types().constructCollectionType(List.class, element), true,
                (e, p) -> create.apply(e, (List<P>) p)));
    }

    private static void alias(String alias, String action) {
        ACTIONS.put(alias, ACTIONS.get(action));
    }

    /** @return the actions this SDK decodes to typed records, aliases included */
    static java.util.Set<String> knownActions() {
        return java.util.Collections.unmodifiableSet(ACTIONS.keySet());
    }

    /**
     * @param root the delivery, a JSON object
     * @return the typed webhook
     * @throws WebhookDecodeException if the envelope or the payload is not of the documented shape
     */
    static LiveChatWebhook decode(JsonNode root) {
        if (!root.isObject()) {
            throw new WebhookDecodeException("could not decode " + WHAT + ": it is not a JSON object");
        }
        JsonNode actionNode = root.get("action");
        if (actionNode == null || !actionNode.isTextual()) {
            throw new WebhookDecodeException("could not decode " + WHAT + ": it has no action string", "path $.action", null);
        }
        LiveChatEnvelope envelope = envelope((ObjectNode) root);
        String action = actionNode.textValue();
        JsonNode payload = root.get("payload");
        try {
            if (action.equals("incoming_customer")) {
                return incomingCustomer(envelope, payload);
            }
            Binding binding = ACTIONS.get(action);
            if (binding == null) {
                return new UnknownLiveChatWebhook(envelope, payload);
            }
            if (action.startsWith("auto_access_") && payload != null && payload.isArray()) {
                // LiveChat's own 3.5/3.6 samples of auto_accesses_updated carry "action": "auto_access_added".
                binding = ACTIONS.get("auto_accesses_updated");
            }
            requireShape(action, payload, binding.array());
            Object typed = JsonInput.bind(payload, binding.type(), "the payload of LiveChat " + action);
            return binding.create().apply(envelope, typed);
        } catch (WebhookDecodeException e) {
            throw e;
        } catch (RuntimeException e) {
            throw JsonInput.unexpected("the payload of LiveChat " + action, "its type", e);
        }
    }

    private static LiveChatEnvelope envelope(ObjectNode root) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (!e.getKey().equals("payload")) {
                fields.set(e.getKey(), e.getValue());
            }
        }
        return JsonInput.bind(fields, LiveChatEnvelope.class, "the envelope of a " + WHAT);
    }

    private static void requireShape(String action, JsonNode payload, boolean array) {
        boolean ok = payload != null && (array ? payload.isArray() : payload.isObject());
        if (!ok) {
            throw new WebhookDecodeException("could not decode the payload of LiveChat " + action + ": it is "
                    + describe(payload) + ", not " + (array ? "an array" : "an object"), "path $.payload", null);
        }
    }

    private static String describe(JsonNode node) {
        if (node == null) {
            return "missing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            default -> "of another JSON type";
        };
    }

    private static IncomingCustomer incomingCustomer(LiveChatEnvelope envelope, JsonNode payload) {
        requireShape("incoming_customer", payload, false);
        JsonNode wrapped = payload.get("customer");
        if (wrapped != null && wrapped.isObject()) {
            Customer customer = JsonInput.bind(wrapped, Customer.class, "the payload of LiveChat incoming_customer");
            ObjectNode rest = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> e : payload.properties()) {
                if (!e.getKey().equals("customer")) {
                    rest.set(e.getKey(), e.getValue());
                }
            }
            Map<String, Object> extra = JsonInput.bind(rest,
                    Json.types().constructMapType(java.util.LinkedHashMap.class, String.class, Object.class),
                    "the payload of LiveChat incoming_customer");
            return new IncomingCustomer(envelope, customer, true, extra);
        }
        Customer customer = JsonInput.bind(payload, Customer.class, "the payload of LiveChat incoming_customer");
        return new IncomingCustomer(envelope, customer, false, Map.of());
    }
}
