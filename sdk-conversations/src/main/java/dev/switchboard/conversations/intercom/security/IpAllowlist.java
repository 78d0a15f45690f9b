package dev.switchboard.conversations.intercom.security;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * The workspace's IP allowlist settings ({@code ip_allowlist}): whether it is on, and the addresses and ranges (CIDR)
 * it allows.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class IpAllowlist extends JsonModel {

    /** @param json the object as sent */
    public IpAllowlist(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code ip_allowlist}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return whether the allowlist is enforced, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean enabled() {
        return bool("enabled");
    }

    /**
     * @return the allowed addresses ({@code 10.0.0.1}) and ranges ({@code 192.168.1.0/24}) as sent (read-only), or
     *     {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not a string throws when
     *     it is read
     */
    public List<String> ipAllowlist() {
        return strings("ip_allowlist");
    }
}
