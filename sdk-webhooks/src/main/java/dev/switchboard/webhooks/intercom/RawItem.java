package dev.switchboard.webhooks.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * An item this SDK has no model for (contacts, admins, companies, pings, content stats, ...), or one whose content
 * did not fit its model, kept exactly as sent.
 *
 * <pre>{@code
 * if (n.item() instanceof RawItem raw && raw.type().equals("ping")) {
 *     log.info("ping: {}", raw.raw().path("message").asText());
 * }
 * }</pre>
 *
 * @param type the item's {@code type}, or {@code ""} when missing
 * @param raw the item as sent
 * @param failure why the known type's model could not be used, or {@code null}
 */
public record RawItem(String type, JsonNode raw, String failure) implements IntercomItem {

    /** Checks the components and keeps a private copy of the JSON. */
    public RawItem {
        Objects.requireNonNull(type, "type");
        raw = Objects.requireNonNull(raw, "raw").deepCopy();
    }

    @Override
    public JsonNode raw() {
        return raw.deepCopy();
    }

    @Override
    public JsonNode model() {
        return raw();
    }

    /** @return for an item of a known type that did not fit its model: why, free of payload content */
    public Optional<String> modelFailure() {
        return Optional.ofNullable(failure);
    }
}
