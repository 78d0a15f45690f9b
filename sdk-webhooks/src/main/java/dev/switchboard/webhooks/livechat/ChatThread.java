package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;
import java.util.List;
import java.util.Map;

/** A thread of a chat: one continuous conversation between a customer and agents (LiveChat's "Thread"). */
public final class ChatThread extends LiveChatModel {

    /** @param json the object as sent */
    public ChatThread(JsonObject json) {
        super(json);
    }

    /** @return the thread's id */
    public String id() {
        return id("id");
    }

    /** @return whether it is open */
    public Boolean active() {
        return bool("active");
    }

    /**
     * @return who took part
     * @throws DecodeException if it is not an array
     */
    public List<String> userIds() {
        return strings("user_ids");
    }

    /**
     * @return its events, each chosen by its {@code type}; absent when {@link #restrictedAccess()} is set. An element
     *     that is not an object throws {@link DecodeException} when it is read.
     * @throws DecodeException if it is not an array
     */
    @SuppressWarnings("unchecked")
    public List<Event> events() {
        // Every EventModel is one of Event's permitted classes, so the view is a list of events.
        return (List<Event>) (List<?>) list("events", EventModel::of);
    }

    /**
     * @return the events, or an empty list when none were sent
     * @throws DecodeException if they are not an array
     */
    public List<Event> eventsOrEmpty() {
        List<Event> events = events();
        return events == null ? List.of() : events;
    }

    /**
     * @return its properties, namespace to name to any JSON value
     * @throws DecodeException if they, or a namespace, are not an object
     */
    public Map<String, Map<String, Object>> properties() {
        return namespaces("properties");
    }

    /**
     * @return which groups can access it
     * @throws DecodeException if it is not an object
     */
    public Access access() {
        return object("access", Access::new);
    }

    /**
     * @return its tags, when tagged
     * @throws DecodeException if they are not an array
     */
    public List<String> tags() {
        return strings("tags");
    }

    /**
     * @return its queue position, while queued
     * @throws DecodeException if it is not an object
     */
    public Queue queue() {
        return object("queue", Queue::new);
    }

    /** @return how long it was queued, in seconds */
    public Integer queuesDuration() {
        return integer("queues_duration");
    }

    /** @return the previous thread of the chat */
    public String previousThreadId() {
        return id("previous_thread_id");
    }

    /** @return the next thread of the chat */
    public String nextThreadId() {
        return id("next_thread_id");
    }

    /** @return (archives) the previous thread the agent may see */
    public String previousAccessibleThreadId() {
        return id("previous_accessible_thread_id");
    }

    /** @return (archives) the next thread the agent may see */
    public String nextAccessibleThreadId() {
        return id("next_accessible_thread_id");
    }

    /**
     * @return when it started, its text kept as sent
     * @throws DecodeException if it is not a string
     */
    public Timestamp createdAt() {
        return timestamp("created_at");
    }

    /** @return why its events are hidden (a text, not a flag) */
    public String restrictedAccess() {
        return string("restricted_access");
    }

    /**
     * @return (3.6) the customer's visit
     * @throws DecodeException if it is not an object
     */
    public Visit customerVisit() {
        return object("customer_visit", Visit::new);
    }

    /**
     * @return (3.6) its AI summary
     * @throws DecodeException if it is not an object
     */
    public Summary summary() {
        return object("summary", Summary::new);
    }
}
