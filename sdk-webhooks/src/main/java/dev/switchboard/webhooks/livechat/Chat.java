package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import dev.switchboard.webhooks.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * A chat. Webhooks ({@code incoming_chat}) carry the one new {@code thread}; API responses carry {@code threads}.
 *
 * <p>LiveChat's own chat sample misspells {@code properties} as {@code properites}; such a field is kept among the
 * unknown fields rather than rejected.
 *
 * @param id the chat's id, for example {@code PJ0MRSHTDG}
 * @param users agents and customers, told apart by type
 * @param properties the chat's properties, namespace to name to any JSON value
 * @param access which groups can access it
 * @param thread (webhooks) the new thread, with its initial events
 * @param threads (API responses) the threads
 * @param isFollowed whether the chat is followed
 * @param extra fields this SDK does not know
 */
public record Chat(
        @JsonProperty("id") String id,
        @JsonProperty("users") List<User> users,
        @JsonProperty("properties") Map<String, Map<String, Object>> properties,
        @JsonProperty("access") Access access,
        @JsonProperty("thread") ChatThread thread,
        @JsonProperty("threads") List<ChatThread> threads,
        @JsonProperty("is_followed") Boolean isFollowed,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the collections immutable. */
    public Chat {
        users = Copies.list(users);
        properties = Copies.map(properties);
        threads = Copies.list(threads);
        extra = Extras.of(extra);
    }

    /** @return the agents among the users; empty when none */
    public List<Agent> agents() {
        return users == null ? List.of() : users.stream().filter(Agent.class::isInstance).map(Agent.class::cast).toList();
    }

    /** @return the customers among the users; empty when none */
    public List<Customer> customers() {
        return users == null ? List.of()
                : users.stream().filter(Customer.class::isInstance).map(Customer.class::cast).toList();
    }
}
