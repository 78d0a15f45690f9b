package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A chat. Webhooks ({@code incoming_chat}) carry the one new {@code thread}; API responses carry {@code threads}.
 *
 * <p>LiveChat's own chat sample misspells {@code properties} as {@code properites}; such a field is kept in
 * {@link #json()} like any other unknown field.
 */
public final class Chat extends LiveChatModel {

    /** @param json the object as sent */
    public Chat(JsonObject json) {
        super(json);
    }

    /** @return the chat's id, for example {@code PJ0MRSHTDG} */
    public String id() {
        return id("id");
    }

    /**
     * @return agents and customers, each chosen by its {@code type}; an element that is not an object throws
     *     {@link DecodeException} when it is read
     * @throws DecodeException if it is not an array
     */
    @SuppressWarnings("unchecked")
    public List<User> users() {
        // Every UserModel is one of User's permitted classes, so the view is a list of users.
        return (List<User>) (List<?>) list("users", UserModel::of);
    }

    /**
     * @return the chat's properties, namespace to name to any JSON value
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
     * @return (webhooks) the new thread, with its initial events
     * @throws DecodeException if it is not an object
     */
    public ChatThread thread() {
        return object("thread", ChatThread::new);
    }

    /**
     * @return (API responses) the threads
     * @throws DecodeException if it is not an array
     */
    public List<ChatThread> threads() {
        return list("threads", ChatThread::new);
    }

    /** @return whether the chat is followed */
    public Boolean isFollowed() {
        return bool("is_followed");
    }

    /**
     * @return the agents among the users; empty when none
     * @throws DecodeException if the users are not an array, or one of them is not an object
     */
    public List<Agent> agents() {
        return usersOf(Agent.class);
    }

    /**
     * @return the customers among the users; empty when none
     * @throws DecodeException if the users are not an array, or one of them is not an object
     */
    public List<Customer> customers() {
        return usersOf(Customer.class);
    }

    private <U extends User> List<U> usersOf(Class<U> type) {
        List<User> users = users();
        if (users == null) {
            return List.of();
        }
        List<U> out = new ArrayList<>();
        for (User u : users) {
            if (type.isInstance(u)) {
                out.add(type.cast(u));
            }
        }
        return Collections.unmodifiableList(out);
    }
}
