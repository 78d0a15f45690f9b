package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.switchboard.core.json.Extras;
import dev.switchboard.webhooks.internal.Copies;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A customer ({@code type: customer}), in a chat or as the payload of 3.5's {@code incoming_customer}. Every field is
 * optional.
 *
 * @param id the customer's id (a UUID)
 * @param type {@code customer}
 * @param name the name
 * @param email the e-mail
 * @param avatar the avatar URL
 * @param phoneNumber (3.6) the phone number
 * @param emailVerified whether the e-mail is verified
 * @param visit (3.6) the current or last visit
 * @param lastVisit (3.5 and older) the last visit
 * @param sessionFields session fields: a list of one-entry objects ({@code [{"key": "value"}]})
 * @param statistics counters
 * @param agentLastEventCreatedAt when an agent last wrote
 * @param customerLastEventCreatedAt when the customer last wrote
 * @param createdAt when the customer was created
 * @param eventsSeenUpTo up to when the customer has seen the chat's events
 * @param present whether the customer is in the chat
 * @param followed whether the customer is followed
 * @param online whether the customer is online
 * @param state for example {@code browsing}
 * @param groupIds the groups of the customer (integers)
 * @param tickets (3.6) the customer's tickets
 * @param carts (3.6) shopping carts
 * @param omnichannel (3.6) provider-keyed data (Messenger, Twilio, ...), as JSON maps and lists
 * @param address (3.6) the postal address
 * @param extra fields this SDK does not know (for example {@code __priv_lc2_customer_id})
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record Customer(
        @JsonProperty("id") String id,
        @JsonProperty("type") String type,
        @JsonProperty("name") String name,
        @JsonProperty("email") String email,
        @JsonProperty("avatar") String avatar,
        @JsonProperty("phone_number") String phoneNumber,
        @JsonProperty("email_verified") Boolean emailVerified,
        @JsonProperty("visit") Visit visit,
        @JsonProperty("last_visit") Visit lastVisit,
        @JsonProperty("session_fields") List<Map<String, String>> sessionFields,
        @JsonProperty("statistics") Statistics statistics,
        @JsonProperty("agent_last_event_created_at") Timestamp agentLastEventCreatedAt,
        @JsonProperty("customer_last_event_created_at") Timestamp customerLastEventCreatedAt,
        @JsonProperty("created_at") Timestamp createdAt,
        @JsonProperty("events_seen_up_to") Timestamp eventsSeenUpTo,
        @JsonProperty("present") Boolean present,
        @JsonProperty("followed") Boolean followed,
        @JsonProperty("online") Boolean online,
        @JsonProperty("state") String state,
        @JsonProperty("group_ids") List<Integer> groupIds,
        @JsonProperty("tickets") List<TicketRef> tickets,
        @JsonProperty("carts") List<Cart> carts,
        @JsonProperty("omnichannel") Map<String, Object> omnichannel,
        @JsonProperty("address") Address address,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements User {

    /** Keeps the collections immutable. */
    public Customer {
        sessionFields = Copies.list(sessionFields);
        groupIds = Copies.list(groupIds);
        tickets = Copies.list(tickets);
        carts = Copies.list(carts);
        omnichannel = Copies.map(omnichannel);
        extra = Extras.of(extra);
    }

    /** @return the current visit (3.6 {@code visit}), or the last one of older versions ({@code last_visit}) */
    public Visit latestVisit() {
        return visit != null ? visit : lastVisit;
    }

    /**
     * A customer's counters.
     *
     * @param chatsCount chats
     * @param threadsCount threads
     * @param visitsCount visits
     * @param pageViewsCount page views
     * @param greetingsShownCount greetings shown
     * @param greetingsAcceptedCount greetings accepted
     * @param ticketsCount (3.6) tickets
     * @param extra fields this SDK does not know
     */
    public record Statistics(
            @JsonProperty("chats_count") Integer chatsCount,
            @JsonProperty("threads_count") Integer threadsCount,
            @JsonProperty("visits_count") Integer visitsCount,
            @JsonProperty("page_views_count") Integer pageViewsCount,
            @JsonProperty("greetings_shown_count") Integer greetingsShownCount,
            @JsonProperty("greetings_accepted_count") Integer greetingsAcceptedCount,
            @JsonProperty("tickets_count") Integer ticketsCount,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public Statistics {
            extra = Extras.of(extra);
        }
    }

    /**
     * A ticket of the customer (3.6).
     *
     * @param ticketId the ticket's id
     * @param createdAt when it was created
     * @param extra fields this SDK does not know
     */
    public record TicketRef(
            @JsonProperty("ticket_id") String ticketId,
            @JsonProperty("created_at") Timestamp createdAt,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public TicketRef {
            extra = Extras.of(extra);
        }
    }

    /**
     * A shopping cart (3.6). Amounts keep their decimal scale.
     *
     * @param storeUuid the store
     * @param storePlatform for example {@code shopify}
     * @param customerSignedIn whether the customer is signed in to the store
     * @param subtotal the subtotal
     * @param total the total
     * @param subtotalUsd the subtotal in US dollars
     * @param totalUsd the total in US dollars
     * @param currency the currency code
     * @param items the items
     * @param lastUpdatedAt when the cart last changed
     * @param extra fields this SDK does not know
     */
    public record Cart(
            @JsonProperty("store_uuid") String storeUuid,
            @JsonProperty("store_platform") String storePlatform,
            @JsonProperty("customer_signed_in") Boolean customerSignedIn,
            @JsonProperty("subtotal") BigDecimal subtotal,
            @JsonProperty("total") BigDecimal total,
            @JsonProperty("subtotal_usd") BigDecimal subtotalUsd,
            @JsonProperty("total_usd") BigDecimal totalUsd,
            @JsonProperty("currency") String currency,
            @JsonProperty("items") List<CartItem> items,
            @JsonProperty("last_updated_at") Timestamp lastUpdatedAt,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps the collections immutable. */
        public Cart {
            items = Copies.list(items);
            extra = Extras.of(extra);
        }
    }

    /**
     * An item in a cart. Its ids are integers beyond 32 bits.
     *
     * @param id the product id
     * @param quantity how many
     * @param variantId the variant id
     * @param extra fields this SDK does not know
     */
    public record CartItem(
            @JsonProperty("id") Long id,
            @JsonProperty("quantity") Integer quantity,
            @JsonProperty("variant_id") Long variantId,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public CartItem {
            extra = Extras.of(extra);
        }
    }

    /**
     * A postal address (3.6).
     *
     * @param address the street address
     * @param city the city
     * @param country the country
     * @param state the state
     * @param postalCode the postal code
     * @param extra fields this SDK does not know
     */
    public record Address(
            @JsonProperty("address") String address,
            @JsonProperty("city") String city,
            @JsonProperty("country") String country,
            @JsonProperty("state") String state,
            @JsonProperty("postal_code") String postalCode,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public Address {
            extra = Extras.of(extra);
        }
    }
}
