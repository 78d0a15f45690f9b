package dev.switchboard.conversations.intercom.data;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.core.spi.Checks;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /events} ({@code create_data_event_request}): an event that happened to a user or a lead.
 * The contact is named by exactly one of {@code user_id} (your id), {@code id} (Intercom's, the way for leads) or
 * {@code email}; {@code event_name} and {@code created_at} (sent as epoch seconds) are required.
 *
 * <p><b>Metadata</b> keeps its JSON types, in the forms Intercom documents: a string, a number ({@code "load": 3.67}
 * stays a number), a date ({@link #date}: the key must end with {@code _date}, the value is epoch seconds), a link (a
 * string URL), a rich link ({@link #richLink}: {@code {"url", "value"}}) and a monetary amount
 * ({@link #monetaryAmount}: {@code {"amount"} in cents, "currency"}}). Nested JSON is not supported by Intercom, so
 * there is no other way in. Intercom keeps the first {@value #MAX_METADATA} keys of an event and silently drops the
 * rest; this request refuses an eleventh key instead.
 *
 * <pre>{@code
 * DataEventRequest e = DataEventRequest.byUserId("314159", "placed-order", Instant.parse("2026-04-30T10:15:00Z"))
 *         .metadata("order_number", "ORD-3456")
 *         .metadata("items", 3)
 *         .monetaryAmount("price", 34_999, "eur")
 *         .date("delivery_date", Instant.parse("2026-05-04T00:00:00Z"));
 * }</pre>
 */
public final class DataEventRequest {
    /** The most metadata keys Intercom tracks on an event. */
    public static final int MAX_METADATA = 10;

    private final String eventName;
    private final Instant createdAt;
    private final String identifierField;
    private final String identifier;
    private final Map<String, Object> metadata;

    private DataEventRequest(String eventName, Instant createdAt, String identifierField, String identifier,
            Map<String, Object> metadata) {
        this.eventName = eventName;
        this.createdAt = createdAt;
        this.identifierField = identifierField;
        this.identifier = identifier;
        this.metadata = metadata;
    }

    private static DataEventRequest of(String field, String value, String name, String eventName, Instant createdAt) {
        return new DataEventRequest(Checks.notBlank(eventName, "eventName"), Objects.requireNonNull(createdAt, "createdAt"),
                field, Checks.notBlank(value, name), Map.of());
    }

    /**
     * @param userId your id of the user ({@code user_id})
     * @param eventName what happened, best a past-tense verb-noun such as {@code updated-plan}
     * @param createdAt when it happened (Intercom de-duplicates on the contact, the name and this time, to the second)
     * @return the event
     * @throws IllegalArgumentException if the id or the name is blank
     */
    public static DataEventRequest byUserId(String userId, String eventName, Instant createdAt) {
        return of("user_id", userId, "userId", eventName, createdAt);
    }

    /**
     * @param contactId Intercom's id of the user or lead ({@code id}); the way to send a lead's events
     * @param eventName what happened
     * @param createdAt when it happened
     * @return the event
     * @throws IllegalArgumentException if the id or the name is blank
     */
    public static DataEventRequest byId(String contactId, String eventName, Instant createdAt) {
        return of("id", contactId, "contactId", eventName, createdAt);
    }

    /**
     * @param email the user's email, where your application identifies users by email
     * @param eventName what happened
     * @param createdAt when it happened
     * @return the event
     * @throws IllegalArgumentException if the email or the name is blank
     */
    public static DataEventRequest byEmail(String email, String eventName, Instant createdAt) {
        return of("email", email, "email", eventName, createdAt);
    }

    private DataEventRequest with(String key, Object value) {
        Checks.notBlank(key, "metadata key");
        Map<String, Object> copy = new LinkedHashMap<>(metadata);
        copy.put(key, value);
        if (copy.size() > MAX_METADATA) {
            throw new IllegalArgumentException("an event tracks at most " + MAX_METADATA
                    + " metadata keys (Intercom ignores the rest); '" + key + "' would be the " + copy.size() + "th");
        }
        return new DataEventRequest(eventName, createdAt, identifierField, identifier, Collections.unmodifiableMap(copy));
    }

    /**
     * @param key the metadata key
     * @param value a string, or a link (an http or https URL)
     * @return a copy with it
     * @throws IllegalArgumentException if the key is blank or it would be key number {@value #MAX_METADATA} + 1
     */
    public DataEventRequest metadata(String key, String value) {
        return with(key, Objects.requireNonNull(value, "value"));
    }

    /**
     * @param key the metadata key
     * @param value a number, sent as a JSON number ({@code BigDecimal} scale kept)
     * @return a copy with it
     * @throws IllegalArgumentException if the key is blank or there would be too many keys
     */
    public DataEventRequest metadata(String key, Number value) {
        return with(key, Objects.requireNonNull(value, "value"));
    }

    /**
     * @param key the metadata key; Intercom reads it as a date only when it ends with {@code _date}
     * @param value the time, sent as epoch seconds
     * @return a copy with it
     * @throws IllegalArgumentException if the key does not end with {@code _date}, or there would be too many keys
     */
    public DataEventRequest date(String key, Instant value) {
        if (key == null || !key.endsWith("_date")) {
            throw new IllegalArgumentException("a date's metadata key must end with _date, was '" + key + "'");
        }
        return with(key, Objects.requireNonNull(value, "value").getEpochSecond());
    }

    /**
     * @param key the metadata key
     * @param url the link
     * @param text the link's text
     * @return a copy with {@code {"url", "value"}}
     * @throws IllegalArgumentException if a part is blank or there would be too many keys
     */
    public DataEventRequest richLink(String key, String url, String text) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("url", Checks.notBlank(url, "url"));
        link.put("value", Checks.notBlank(text, "text"));
        return with(key, Collections.unmodifiableMap(link));
    }

    /**
     * @param key the metadata key
     * @param amountInCents the amount in the currency's smallest unit, positive ({@code 34999} is 349.99)
     * @param currency the ISO 4217 currency code, for example {@code eur}
     * @return a copy with {@code {"amount", "currency"}}
     * @throws IllegalArgumentException if the amount is not positive, the currency blank, or there would be too many
     *     keys
     */
    public DataEventRequest monetaryAmount(String key, long amountInCents, String currency) {
        if (amountInCents <= 0) {
            throw new IllegalArgumentException("amountInCents must be a positive integer, was " + amountInCents);
        }
        Map<String, Object> amount = new LinkedHashMap<>();
        amount.put("amount", amountInCents);
        amount.put("currency", Checks.notBlank(currency, "currency"));
        return with(key, Collections.unmodifiableMap(amount));
    }

    /** @return the event's name */
    public String eventName() {
        return eventName;
    }

    /** @return the request body as JSON maps and scalars, in wire order */
    @JsonValue
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("event_name", eventName);
        json.put("created_at", createdAt.getEpochSecond());
        json.put(identifierField, identifier);
        if (!metadata.isEmpty()) {
            json.put("metadata", metadata);
        }
        return Collections.unmodifiableMap(json);
    }

    @Override
    public String toString() {
        return "DataEventRequest{" + eventName + " by " + identifierField + ", metadata " + metadata.keySet() + "}";
    }
}
