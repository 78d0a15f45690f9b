package dev.switchboard.conversations.intercom.phone;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.core.spi.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The body of {@code POST /phone_call_redirects} ({@code create_phone_switch_request}): the phone number to text, in
 * E.164 format, and custom attributes to add to the user's or lead's data. The number is checked before anything is
 * sent: a {@code +}, a first digit 1 to 9, and 2 to 15 digits in all, nothing else (the spec's example
 * {@code "+1 1234567890"} has a space, which E.164 does not allow: write {@code "+11234567890"}). Custom attribute
 * values keep their JSON types.
 *
 * <pre>{@code
 * PhoneCallRedirectRequest r = PhoneCallRedirectRequest.of("+353832345678")
 *         .customAttribute("issue_type", "Billing")
 *         .customAttribute("priority", "High");
 * }</pre>
 */
public final class PhoneCallRedirectRequest {
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");

    private final String phone;
    private final Map<String, Object> customAttributes;

    private PhoneCallRedirectRequest(String phone, Map<String, Object> customAttributes) {
        this.phone = phone;
        this.customAttributes = customAttributes;
    }

    /**
     * @param phone the number to text, in E.164 format (for example {@code +353832345678})
     * @return the request
     * @throws IllegalArgumentException if it is not E.164
     */
    public static PhoneCallRedirectRequest of(String phone) {
        Checks.notBlank(phone, "phone");
        if (!E164.matcher(phone).matches()) {
            throw new IllegalArgumentException("phone must be an E.164 number ('+', then 2 to 15 digits, the first not 0, "
                    + "no spaces or dashes), was '" + phone + "'");
        }
        return new PhoneCallRedirectRequest(phone, null);
    }

    /**
     * @param name a custom attribute's name
     * @param value a string, number, boolean or {@code null}
     * @return a copy with it
     * @throws IllegalArgumentException if the name is blank or the value is of another kind
     */
    public PhoneCallRedirectRequest customAttribute(String name, Object value) {
        Checks.notBlank(name, "custom attribute name");
        if (value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean)) {
            throw new IllegalArgumentException("custom attribute " + name + " must be a string, number, boolean or null, was "
                    + value.getClass().getSimpleName());
        }
        Map<String, Object> copy = customAttributes == null ? new LinkedHashMap<>() : new LinkedHashMap<>(customAttributes);
        copy.put(name, value);
        return new PhoneCallRedirectRequest(phone, Collections.unmodifiableMap(copy));
    }

    /**
     * @param attributes custom attributes, as {@link #customAttribute(String, Object)} takes them
     * @return a copy with them
     */
    public PhoneCallRedirectRequest customAttributes(Map<String, ?> attributes) {
        PhoneCallRedirectRequest r = this;
        for (Map.Entry<String, ?> e : Objects.requireNonNull(attributes, "customAttributes").entrySet()) {
            r = r.customAttribute(e.getKey(), e.getValue());
        }
        return r;
    }

    /** @return the number to text */
    public String phone() {
        return phone;
    }

    /** @return the request body as JSON maps and scalars, in wire order */
    @JsonValue
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("phone", phone);
        if (customAttributes != null) {
            json.put("custom_attributes", customAttributes);
        }
        return Collections.unmodifiableMap(json);
    }

    /** @return the attribute names, never the number */
    @Override
    public String toString() {
        return "PhoneCallRedirectRequest{custom attributes " + (customAttributes == null ? "[]" : customAttributes.keySet())
                + "}";
    }
}
