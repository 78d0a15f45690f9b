package dev.switchboard.notifications.aloochat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code metadata} of a {@link TeamNotification}: what the agent did, as free-form JSON with a few documented
 * keys. Every key is kept with its JSON type (a number stays a number, {@code null} stays {@code null}) and written
 * back as it came; the documented keys have typed accessors, which are empty when the key is absent or not a string.
 *
 * @param values every key of the metadata object, in the order received
 */
public record NotificationMetadata(Map<String, Object> values) {
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

    /** Copies the values, keeping their order and any {@code null}s. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public NotificationMetadata {
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** @return every key, as received; written as the JSON object */
    @Override
    @JsonValue
    public Map<String, Object> values() {
        return values;
    }

    /** @return {@code agent_id}: the agent that acted */
    public Optional<String> agentId() {
        return string("agent_id");
    }

    /** @return {@code query_id}: the customer-support query the action was for */
    public Optional<String> queryId() {
        return string("query_id");
    }

    /** @return {@code action_type}: what the agent did, for example {@code email_sent} */
    public Optional<String> actionType() {
        return string("action_type");
    }

    /** @return {@code recipient_email}: whom the agent emailed */
    public Optional<String> recipientEmail() {
        return string("recipient_email");
    }

    /** @return {@code email_subject}: the subject of the email the agent sent */
    public Optional<String> emailSubject() {
        return string("email_subject");
    }

    /** @return {@code tool_used}: the tool the agent used, for example {@code email_tool} */
    public Optional<String> toolUsed() {
        return string("tool_used");
    }

    /** @return {@code execution_time} as sent, for example {@code "2.3s"} */
    public Optional<String> executionTime() {
        return string("execution_time");
    }

    /**
     * @return {@code execution_time} as a duration: {@code "2.3s"}, {@code "150ms"}, {@code "1.5 m"}, or a bare number
     *     (string or JSON number) of seconds; empty when absent or in another form
     */
    public Optional<Duration> executionDuration() {
        Object v = values.get("execution_time");
        String text = v instanceof String s ? s.strip() : v instanceof Number n ? n.toString() : null;
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DURATION.matcher(text);
        if (!m.matches() || text.length() > 40) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        BigDecimal nanosPerUnit = switch (unit) {
            case "ms" -> BigDecimal.valueOf(1_000_000L);
            case "m" -> BigDecimal.valueOf(60_000_000_000L);
            case "h" -> BigDecimal.valueOf(3_600_000_000_000L);
            default -> BigDecimal.valueOf(1_000_000_000L);
        };
        try {
            return Optional.of(Duration.ofNanos(amount.multiply(nanosPerUnit).longValueExact()));
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    /**
     * @param key a metadata key
     * @return its value when it is a JSON string
     */
    public Optional<String> string(String key) {
        return values.get(key) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /**
     * @param key a metadata key
     * @return its value with its JSON type ({@code String}, {@code Number}, {@code Boolean}, {@code Map},
     *     {@code List}), or empty when absent or {@code null}
     */
    public Optional<Object> get(String key) {
        return Optional.ofNullable(values.get(key));
    }
}
