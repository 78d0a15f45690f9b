package dev.switchboard.webhooks.intercom;

import dev.switchboard.core.json.JsonObject;
import java.util.Objects;

/**
 * An item this SDK has no model for (contacts, admins, companies, pings, content stats, ...), kept exactly as sent.
 *
 * <pre>{@code
 * if (n.item() instanceof RawItem raw && raw.type().equals("ping")) {
 *     log.info("ping: {}", raw.raw().get("message"));
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
