package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A system event (3.6, receive only; the intended successor of {@code system_message}), for example an order created
 * in a connected store. Its {@code details} arrive as a JSON-encoded <em>string</em>; they are kept exactly as sent,
 * and {@link #parsedDetails()} decodes them.
 */
public final class SystemEvent extends EventModel implements Event {

    /** @param json the event as sent */
    public SystemEvent(JsonObject json) {
        super(json);
    }

    /** @return where it comes from, for example {@code cdp} */
    public String source() {
        return string("source");
    }

    /** @return what happened, for example {@code store_order_was_created} */
    public String subtype() {
        return string("subtype");
    }

    /** @return the version of the subtype's details */
    public Integer version() {
        return integer("version");
    }

    /**
     * @return the details as sent, as {@link JsonObject#get} gives them: usually a string holding a JSON document
     * @throws DecodeException if they are a number beyond what Java can represent
     */
    public Object details() {
        return value("details");
    }

    /**
     * @return the details as a JSON object: the decoded string when they are a JSON-encoded object, the object itself
     *     if a later version sends one; empty when absent, of another type or not a valid JSON object (sdk-core's size
     *     and nesting limits apply)
     */
    public Optional<JsonObject> parsedDetails() {
        JsonObject sent = json().getObject("details");
        if (sent != null) {
            return Optional.of(sent);
        }
        String text = json().getString("details");
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.object(text.getBytes(StandardCharsets.UTF_8), "system event details"));
        } catch (DecodeException e) {
            return Optional.empty();
        }
    }
}
