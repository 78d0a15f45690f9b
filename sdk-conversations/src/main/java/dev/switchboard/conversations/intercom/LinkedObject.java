package dev.switchboard.conversations.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.Optional;

/**
 * A conversation or ticket linked to this one ({@code linked_object}).
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class LinkedObject extends JsonModel {

    /** @param json the object as sent */
    public LinkedObject(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code ticket} or {@code conversation} (kept as sent), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return its id (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return the linked ticket's category (Customer, Back-office, Tracker); {@code null} when sent as {@code null}
     *     (conversations) or absent, which {@code json().containsKey("category")} tells apart
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String category() {
        return string("category");
    }

    /**
     * @return the linked ticket's category, when it has one
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public Optional<String> categoryValue() {
        return Optional.ofNullable(category());
    }
}
