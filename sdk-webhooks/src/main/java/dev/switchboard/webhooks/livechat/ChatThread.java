package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import dev.switchboard.webhooks.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * A thread of a chat: one continuous conversation between a customer and agents (LiveChat's "Thread").
 *
 * @param id the thread's id
 * @param active whether it is open
 * @param userIds who took part
 * @param events its events; absent when {@code restrictedAccess} is set
 * @param properties its properties
 * @param access which groups can access it
 * @param tags its tags, when tagged
 * @param queue its queue position, while queued
 * @param queuesDuration how long it was queued, in seconds
 * @param previousThreadId the previous thread of the chat
 * @param nextThreadId the next thread of the chat
 * @param previousAccessibleThreadId (archives) the previous thread the agent may see
 * @param nextAccessibleThreadId (archives) the next thread the agent may see
 * @param createdAt when it started
 * @param restrictedAccess why its events are hidden (a text, not a flag)
 * @param customerVisit (3.6) the customer's visit
 * @param summary (3.6) its AI summary
 * @param extra fields this SDK does not know
 */
public record ChatThread(
        @JsonProperty("id") String id,
        @JsonProperty("active") Boolean active,
        @JsonProperty("user_ids") List<String> userIds,
        @JsonProperty("events") List<Event> events,
        @JsonProperty("properties") Map<String, Map<String, Object>> properties,
        @JsonProperty("access") Access access,
        @JsonProperty("tags") List<String> tags,
        @JsonProperty("queue") Queue queue,
        @JsonProperty("queues_duration") Integer queuesDuration,
        @JsonProperty("previous_thread_id") String previousThreadId,
        @JsonProperty("next_thread_id") String nextThreadId,
        @JsonProperty("previous_accessible_thread_id") String previousAccessibleThreadId,
        @JsonProperty("next_accessible_thread_id") String nextAccessibleThreadId,
        @JsonProperty("created_at") Timestamp createdAt,
        @JsonProperty("restricted_access") String restrictedAccess,
        @JsonProperty("customer_visit") Visit customerVisit,
        @JsonProperty("summary") Summary summary,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the collections immutable. */
    public ChatThread {
        userIds = Copies.list(userIds);
        events = Copies.list(events);
        properties = Copies.map(properties);
        tags = Copies.list(tags);
        extra = Extras.of(extra);
    }

    /** @return the events, or an empty list when none were sent */
    public List<Event> eventsOrEmpty() {
        return events == null ? List.of() : events;
    }
}
