package dev.switchboard.conversations.intercom.security;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code PUT /ip_allowlist}: whether the allowlist is enforced, and the whole list of allowed addresses
 * and ranges (it replaces the current one). Each entry is checked before anything is sent: an IPv4 address
 * ({@code 10.0.0.1}), an IPv6 address ({@code 2001:db8::1}), or either with a prefix length in CIDR notation
 * ({@code 192.168.1.0/24}, up to {@code /32}; {@code 2001:db8::/32}, up to {@code /128}). Host names are refused.
 *
 * <p>Intercom refuses an update that would lock out the caller's own address ({@code 422 parameter_invalid}): include
 * it when enabling the allowlist.
 *
 * <pre>{@code
 * IpAllowlistUpdate on = IpAllowlistUpdate.of(true, List.of("192.168.1.0/24", "10.0.0.1"));
 * IpAllowlistUpdate off = IpAllowlistUpdate.enabled(false);          // the list is left as it is
 * }</pre>
 */
public final class IpAllowlistUpdate {
    private final Map<String, Object> json;

    private IpAllowlistUpdate(Map<String, Object> json) {
        this.json = json;
    }

    /**
     * @param enabled whether the allowlist is enforced
     * @param ipAllowlist every allowed address and range
     * @return the update
     * @throws IllegalArgumentException if an entry is not an IPv4 or IPv6 address or CIDR range (it is named)
     */
    public static IpAllowlistUpdate of(boolean enabled, List<String> ipAllowlist) {
        Objects.requireNonNull(ipAllowlist, "ipAllowlist");
        for (int i = 0; i < ipAllowlist.size(); i++) {
            String entry = ipAllowlist.get(i);
            String problem = Cidr.problem(entry);
            if (problem != null) {
                throw new IllegalArgumentException("ipAllowlist[" + i + "] '" + entry + "' " + problem
                        + ": expected an IPv4 or IPv6 address, optionally with a /prefix (CIDR)");
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("enabled", enabled);
        json.put("ip_allowlist", List.copyOf(ipAllowlist));
        return new IpAllowlistUpdate(Collections.unmodifiableMap(json));
    }

    /**
     * @param enabled whether the allowlist is enforced
     * @return an update of the flag alone; the list stays as it is
     */
    public static IpAllowlistUpdate enabled(boolean enabled) {
        return new IpAllowlistUpdate(Map.of("enabled", enabled));
    }

    /** @return the request body as JSON maps, lists and scalars, in wire order */
    @JsonValue
    public Map<String, Object> toJson() {
        return json;
    }

    @Override
    public String toString() {
        return "IpAllowlistUpdate" + json;
    }
}
