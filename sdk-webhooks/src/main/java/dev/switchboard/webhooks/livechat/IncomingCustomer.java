package dev.switchboard.webhooks.livechat;

import dev.switchboard.webhooks.internal.Copies;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A new customer registered ({@code incoming_customer}, 3.5 and older; removed in 3.6). Two payload shapes are seen:
 * the 3.5 reference wraps the customer ({@code {"customer": {...}}}), while the RTM push reference and lc-sdk-go's
 * fixture put the customer directly in {@code payload}. Both decode to this type, and {@link #payload()} writes the
 * shape that arrived.
 *
 * @param envelope the delivery's envelope ({@code action} {@code incoming_customer})
 * @param customer the customer
 * @param wrapped whether the payload wrapped the customer in {@code customer}
 * @param wrapperExtra when wrapped: the payload's other fields, which this SDK does not know; else empty
 */
public record IncomingCustomer(LiveChatEnvelope envelope, Customer customer, boolean wrapped,
        Map<String, Object> wrapperExtra) implements LiveChatWebhook {

    /** Checks the components. */
    public IncomingCustomer {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(customer, "customer");
        wrapperExtra = wrapperExtra == null ? Map.of() : Copies.map(wrapperExtra);
    }

    /** @return the payload as it arrived: {@code {"customer": ...}} when wrapped, else the customer itself */
    @Override
    public Object payload() {
        if (!wrapped) {
            return customer;
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("customer", customer);
        wrapperExtra.forEach(payload::putIfAbsent);
        return payload;
    }
}
