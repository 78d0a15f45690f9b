package dev.switchboard.conversations.intercom.companies;

import dev.switchboard.core.spi.Checks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The fields {@link CompanyRequest} and {@link CompanyUpdate} share, checked as they are set and written in the
 * order of the spec's schemas. Not thread-safe; each builder has its own.
 */
final class CompanyFields {
    /** {@code monthly_spend}'s documented upper limit: 2**31-1. */
    static final long MAX_MONTHLY_SPEND = Integer.MAX_VALUE;

    String companyId;
    String name;
    String plan;
    Integer size;
    String website;
    String industry;
    Map<String, Object> customAttributes;
    Long remoteCreatedAt;
    Long monthlySpend;

    static String text(String value, String name) {
        return Checks.notBlank(value, name);
    }

    static long monthlySpend(long spend) {
        if (spend > MAX_MONTHLY_SPEND) {
            throw new IllegalArgumentException("monthlySpend must be at most 2147483647 (Intercom's limit, 2**31-1),"
                    + " was " + spend);
        }
        return spend;
    }

    static long epochSeconds(Instant at, String name) {
        return Objects.requireNonNull(at, name).getEpochSecond();
    }

    void customAttribute(String attribute, Object value) {
        if (attribute == null || attribute.isBlank()) {
            throw new IllegalArgumentException("custom attribute name must not be blank");
        }
        if (!(value == null || value instanceof String || value instanceof Boolean || finite(value))) {
            throw new IllegalArgumentException("custom attribute '" + attribute + "' must be a string, boolean, finite"
                    + " number or null, was a " + value.getClass().getSimpleName());
        }
        if (customAttributes == null) {
            customAttributes = new LinkedHashMap<>();
        }
        customAttributes.put(attribute, value);
    }

    private static boolean finite(Object value) {
        if (value instanceof Double d) {
            return Double.isFinite(d);
        }
        if (value instanceof Float f) {
            return Float.isFinite(f);
        }
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigDecimal || value instanceof BigInteger;
    }

    /**
     * @param withCreateFields whether {@code company_id} and {@code remote_created_at} belong to the schema
     * @param what the request, for the message
     * @return the body in the schema's order
     * @throws IllegalArgumentException if nothing is set
     */
    Map<String, Object> json(boolean withCreateFields, String what) {
        Map<String, Object> json = new LinkedHashMap<>();
        put(json, "name", name);
        if (withCreateFields) {
            put(json, "company_id", companyId);
        }
        put(json, "plan", plan);
        put(json, "size", size);
        put(json, "website", website);
        put(json, "industry", industry);
        if (customAttributes != null) {
            // A copy, so the builder can go on; null values are kept (they clear an attribute).
            json.put("custom_attributes", Collections.unmodifiableMap(new LinkedHashMap<>(customAttributes)));
        }
        if (withCreateFields) {
            put(json, "remote_created_at", remoteCreatedAt);
        }
        put(json, "monthly_spend", monthlySpend);
        if (json.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one field");
        }
        return Collections.unmodifiableMap(json);
    }

    private static void put(Map<String, Object> json, String key, Object value) {
        if (value != null) {
            json.put(key, value);
        }
    }
}
