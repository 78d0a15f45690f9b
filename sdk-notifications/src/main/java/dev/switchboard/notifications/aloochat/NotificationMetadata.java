package dev.switchboard.notifications.aloochat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code metadata} of a {@link TeamNotification}: what the agent did, as free-form JSON with a few documented
 * keys. A typed view over that object (see {@link JsonModel}): every key is kept with its JSON type (a number stays a
 * number, {@code null} stays {@code null}) and written back as it came.
 *
 * <p>Because agents put anything here, the documented keys are read leniently: their accessors are empty when the
 * key is absent, {@code null} or not a string, and never throw.
 */
public final class NotificationMetadata extends JsonModel {
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");
    /** Longer texts are not durations; the bound also keeps the pattern's work small. */
    private static final int MAX_DURATION_TEXT = 40;

    /** @param json the {@code metadata} object as sent */
    public NotificationMetadata(JsonObject json) {
        super(json);
    }

    /** @return every key, as received, in order: the read-only {@link #json()} */
    public Map<String, Object> values() {
        return json();
    }

    /** @return {@code agent_id}: the agent that acted */
    public Optional<String> agentId() {
        return stringValue("agent_id");
    }

    /** @return {@code query_id}: the customer-support query the action was for */
    public Optional<String> queryId() {
        return stringValue("query_id");
    }

    /** @return {@code action_type}: what the agent did, for example {@code email_sent} */
    public Optional<String> actionType() {
        return stringValue("action_type");
    }

    /** @return {@code recipient_email}: whom the agent emailed */
    public Optional<String> recipientEmail() {
        return stringValue("recipient_email");
    }

    /** @return {@code email_subject}: the subject of the email the agent sent */
    public Optional<String> emailSubject() {
        return stringValue("email_subject");
    }

    /** @return {@code tool_used}: the tool the agent used, for example {@code email_tool} */
    public Optional<String> toolUsed() {
        return stringValue("tool_used");
    }

    /** @return {@code execution_time} as sent, for example {@code "2.3s"}; empty when it is not a string */
    public Optional<String> executionTime() {
        return stringValue("execution_time");
    }

    /**
     * @return {@code execution_time} as a duration: {@code "2.3s"}, {@code "150ms"}, {@code "1.5 m"}, or a bare number
     *     (string or JSON number) of seconds; empty when absent, negative, out of range or in another form
     */
    public Optional<Duration> executionDuration() {
        String text = json().getString("execution_time");
        if (text != null) {
            return parseDuration(text.strip());
        }
        BigDecimal seconds;
        try {
            seconds = decimal("execution_time");
        } catch (DecodeException notANumber) {
            return Optional.empty(); // documented as lenient: a boolean, object or out-of-range number is no duration
        }
        return seconds == null ? Optional.empty() : duration(seconds, "s");
    }

    private static Optional<Duration> parseDuration(String text) {
        if (text.length() > MAX_DURATION_TEXT) {
            return Optional.empty();
        }
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return duration(new BigDecimal(m.group(1)), m.group(2) == null ? "s" : m.group(2));
    }

    private static Optional<Duration> duration(BigDecimal amount, String unit) {
        if (amount.signum() < 0) {
            return Optional.empty();
        }
        BigDecimal nanosPerUnit = switch (unit) {
            case "ms" -> BigDecimal.valueOf(1_000_000L);
            case "m" -> BigDecimal.valueOf(60_000_000_000L);
            case "h" -> BigDecimal.valueOf(3_600_000_000_000L);
            default -> BigDecimal.valueOf(1_000_000_000L);
        };
        try {
            // longValueExact checks the magnitude before expanding, so a number like 1e999999999 costs nothing.
            return Optional.of(Duration.ofNanos(amount.multiply(nanosPerUnit).longValueExact()));
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    /**
     * @param key a metadata key
     * @return its value when it is a JSON string; empty when absent, {@code null} or of another type
     */
    public Optional<String> stringValue(String key) {
        return Optional.ofNullable(json().getString(key));
    }

    /**
     * @param key a metadata key
     * @return its value with its JSON type ({@code String}, {@code Boolean}, a {@code Number}, a {@link JsonObject}
     *     or a {@link dev.switchboard.core.json.JsonArray}), or empty when absent or {@code null}
     * @throws DecodeException if the value is a number too large to represent (an exponent beyond 32 bits)
     */
    public Optional<Object> get(String key) {
        return Optional.ofNullable(json().get(key));
    }
}
