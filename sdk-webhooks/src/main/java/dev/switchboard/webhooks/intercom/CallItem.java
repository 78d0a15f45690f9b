package dev.switchboard.webhooks.intercom;

import dev.switchboard.conversations.intercom.Call;
import dev.switchboard.core.json.JsonObject;
import java.util.Objects;

/**
 * A call ({@code call.*} topics), as {@link Call} of sdk-conversations.
 *
 * @param call the call: a view over the item's JSON
 */
public record CallItem(Call call) implements IntercomItem {

    /** Checks the component. */
    public CallItem {
        Objects.requireNonNull(call, "call");
    }

    @Override
    public String type() {
        return "call";
    }

    @Override
    public JsonObject raw() {
        return call.json();
    }

    @Override
    public Call model() {
        return call;
    }
}
