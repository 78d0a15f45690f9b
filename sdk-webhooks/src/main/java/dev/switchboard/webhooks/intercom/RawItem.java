package dev.switchboard.webhooks.intercom;

import dev.switchboard.core.json.JsonObject;
import java.util.Objects;

/**
 * An item of a type this SDK does not know (a topic added after API 2.14, say), or of no type, kept exactly as sent.
 * Every item type of the 2.14 topics has its own class (see {@link IntercomItem}).
 *
 * <pre>{@code
 * if (n.item() instanceof RawItem raw && raw.type().equals("content_snippet")) {
 *     log.info("snippet {}", raw.raw().get("id"));
 * }
 * }</pre>
 *
 * @param type the item's {@code type}, or {@code ""} when missing or not a string
 * @param raw the item as sent
 */
public record RawItem(String type, JsonObject raw) implements IntercomItem {

    /** Checks the components. */
    public RawItem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(raw, "raw");
    }

    @Override
    public JsonObject model() {
        return raw;
    }
}
