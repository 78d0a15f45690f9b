package dev.switchboard.webhooks.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.conversations.intercom.Call;
import java.util.Objects;

/**
 * A phone call ({@code call.*} topics), as {@link Call} of sdk-conversations.
 *
 * @param call the call, decoded into the SDK's model
 * @param raw the item exactly as sent
 */
public record CallItem(Call call, JsonNode raw) implements IntercomItem {

    /** Checks the components and keeps a private copy of the JSON. */
    public CallItem {
        Objects.requireNonNull(call, "call");
        raw = Objects.requireNonNull(raw, "raw").deepCopy();
    }

    @Override
    public String type() {
        return "call";
    }

    @Override
    public JsonNode raw() {
        return raw.deepCopy();
    }

    @Override
    public Call model() {
        return call;
    }
}
