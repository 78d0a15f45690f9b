package dev.switchboard.webhooks.intercom;

import dev.switchboard.core.json.JsonObject;
import java.util.Objects;

/**
 * A ping ({@code ping}): Intercom's health check of the endpoint.
 *
 * <pre>{@code
 * if (n.item() instanceof PingItem p) {
 *     log.info("Intercom ping: {}", p.message());
 * }
 * }</pre>
 *
 * @param ping the ping: a view over the item's JSON
 */
public record PingItem(Ping ping) implements IntercomItem {

    /** Checks the component. */
    public PingItem {
        Objects.requireNonNull(ping, "ping");
    }

    @Override
    public String type() {
        return "ping";
    }

    @Override
    public JsonObject raw() {
        return ping.json();
    }

    @Override
    public Ping model() {
        return ping;
    }

    /**
     * @return the ping's text, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String message() {
        return ping.message();
    }
}
