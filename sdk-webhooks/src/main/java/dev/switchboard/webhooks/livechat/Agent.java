package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/** An agent in a chat ({@code type: agent}). */
public final class Agent extends UserModel implements User {

    /** @param json the user as sent */
    public Agent(JsonObject json) {
        super(json);
    }

    /** @return the e-mail */
    public String email() {
        return string("email");
    }

    /** @return the avatar URL */
    public String avatar() {
        return string("avatar");
    }

    /** @return whether the agent is in the chat */
    public Boolean present() {
        return bool("present");
    }

    /**
     * @return up to when the agent has seen the chat's events, its text kept as sent
     * @throws DecodeException if it is not a string
     */
    public Timestamp eventsSeenUpTo() {
        return timestamp("events_seen_up_to");
    }

    /** @return {@code all} or {@code agents} */
    public String visibility() {
        return string("visibility");
    }

    /**
     * @return ("my profile" only) the routing status, kept as spelled
     * @throws DecodeException if it is not a string
     */
    public RoutingStatus routingStatus() {
        return openEnum("routing_status", RoutingStatus::of);
    }

    /** @return ("my profile" only) for example {@code administrator} */
    public String permission() {
        return string("permission");
    }
}
