package dev.switchboard.conversations.intercom.fin;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.core.spi.Checks;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A message sent to Fin ({@code fin_agent_message}): the user's message on {@code /fin/start} and {@code /fin/reply},
 * or an earlier message of the conversation's history.
 *
 * <p>The timestamp is sent as an ISO-8601 UTC instant with exactly three fraction digits (finer precision is
 * truncated): Intercom deduplicates messages by it within a 5-minute window, so resending the same message with the
 * same timestamp is harmless, and two different messages need different timestamps.
 *
 * <pre>{@code
 * FinMessage m = FinMessage.user("How can I see my account details?", Instant.now());
 * }</pre>
 *
 * @param author who wrote it
 * @param body plain text or HTML
 * @param timestamp when it was written
 */
public record FinMessage(FinAuthor author, String body, Instant timestamp) {

    /**
     * @param author who wrote it
     * @param body plain text or HTML, not blank
     * @param timestamp when it was written, within years 0000 to 9999
     * @throws IllegalArgumentException if an argument is missing or blank
     */
    public FinMessage {
        FinArgs.requireNonNull(author, "message author");
        Checks.notBlank(body, "message body");
        FinArgs.timestamp(FinArgs.requireNonNull(timestamp, "message timestamp"));
    }

    /**
     * @param body the end user's message
     * @param timestamp when the user sent it
     * @return a message authored by {@code user}
     * @throws IllegalArgumentException if an argument is missing or blank
     */
    public static FinMessage user(String body, Instant timestamp) {
        return new FinMessage(FinAuthor.USER, body, timestamp);
    }

    /**
     * @param body a human agent's message, for the history
     * @param timestamp when it was sent
     * @return a message authored by {@code agent}
     * @throws IllegalArgumentException if an argument is missing or blank
     */
    public static FinMessage agent(String body, Instant timestamp) {
        return new FinMessage(FinAuthor.AGENT, body, timestamp);
    }

    /**
     * @param body one of Fin's earlier answers, for the history
     * @param timestamp when it was sent
     * @return a message authored by {@code fin}
     * @throws IllegalArgumentException if an argument is missing or blank
     */
    public static FinMessage fin(String body, Instant timestamp) {
        return new FinMessage(FinAuthor.FIN, body, timestamp);
    }

    /** @return the JSON sent: {@code author}, {@code body}, {@code timestamp} */
    @JsonValue
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("author", author.value());
        m.put("body", body);
        m.put("timestamp", FinArgs.timestamp(timestamp));
        return m;
    }

    /** @return author, body length and timestamp; never the body, which may hold personal data */
    @Override
    public String toString() {
        return "FinMessage[" + author + ", " + body.length() + " chars, " + FinArgs.timestamp(timestamp) + "]";
    }
}
