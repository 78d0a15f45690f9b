package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A customer ({@code type: customer}), in a chat or as the payload of 3.5's {@code incoming_customer}. Every field is
 * optional; fields this SDK does not model (for example {@code __priv_lc2_customer_id}) are in {@link #json()}.
 */
public final class Customer extends UserModel implements User {

    /** @param json the user as sent */
    public Customer(JsonObject json) {
        super(json);
    }

    /** @return the e-mail */
    public String email() {
        return string("email");
    }

    /** @return the avatar URL */
    public String avatar() {
        return string("avatar");
    }

    /** @return (3.6) the phone number */
    public String phoneNumber() {
        return string("phone_number");
    }

    /** @return whether the e-mail is verified */
    public Boolean emailVerified() {
        return bool("email_verified");
    }

    /**
     * @return (3.6) the current or last visit
     * @throws DecodeException if it is not an object
     */
    public Visit visit() {
        return object("visit", Visit::new);
    }

    /**
     * @return (3.5 and older) the last visit
     * @throws DecodeException if it is not an object
     */
    public Visit lastVisit() {
        return object("last_visit", Visit::new);
    }

    /**
     * @return the current visit (3.6 {@code visit}), or the last one of older versions ({@code last_visit})
     * @throws DecodeException if the field read is not an object
     */
    public Visit latestVisit() {
        Visit visit = visit();
        return visit != null ? visit : lastVisit();
    }

    /**
     * @return session fields: a list of one-entry objects ({@code [{"key": "value"}]}); an element of another shape
     *     throws {@link DecodeException} when it is read
     * @throws DecodeException if they are not an array
     */
    public List<Map<String, String>> sessionFields() {
        return stringMaps("session_fields");
    }

    /**
     * @return counters
     * @throws DecodeException if they are not an object
     */
    public Statistics statistics() {
        return object("statistics", Statistics::new);
    }

    /**
     * @return when an agent last wrote, its text kept as sent
     * @throws DecodeException if it is not a string
     */
    public Timestamp agentLastEventCreatedAt() {
        return timestamp("agent_last_event_created_at");
    }

    /**
     * @return when the customer last wrote, its text kept as sent
     * @throws DecodeException if it is not a string
     */
    public Timestamp customerLastEventCreatedAt() {
        return timestamp("customer_last_event_created_at");
    }

    /**
     * @return when the customer was created, its text kept as sent
     * @throws DecodeException if it is not a string
     */
    public Timestamp createdAt() {
        return timestamp("created_at");
    }

    /**
     * @return up to when the customer has seen the chat's events, its text kept as sent
     * @throws DecodeException if it is not a string
     */
    public Timestamp eventsSeenUpTo() {
        return timestamp("events_seen_up_to");
    }

    /** @return whether the customer is in the chat */
    public Boolean present() {
        return bool("present");
    }

    /** @return whether the customer is followed */
    public Boolean followed() {
        return bool("followed");
    }

    /** @return whether the customer is online */
    public Boolean online() {
        return bool("online");
    }

    /** @return for example {@code browsing} */
    public String state() {
        return string("state");
    }

    /**
     * @return the groups of the customer (integers)
     * @throws DecodeException if they are not an array
     */
    public List<Integer> groupIds() {
        return integers("group_ids");
    }

    /**
     * @return (3.6) the customer's tickets
     * @throws DecodeException if they are not an array
     */
    public List<TicketRef> tickets() {
        return list("tickets", TicketRef::new);
    }

    /**
     * @return (3.6) shopping carts
     * @throws DecodeException if they are not an array
     */
    public List<Cart> carts() {
        return list("carts", Cart::new);
    }

    /**
     * @return (3.6) provider-keyed data (Messenger, Twilio, ...), as raw JSON
     * @throws DecodeException if it is not an object
     */
    public Map<String, Object> omnichannel() {
        return rawObject("omnichannel");
    }

    /**
     * @return (3.6) the postal address
     * @throws DecodeException if it is not an object
     */
    public Address address() {
        return object("address", Address::new);
    }

    /** A customer's counters. */
    public static final class Statistics extends LiveChatModel {

        /** @param json the object as sent */
        public Statistics(JsonObject json) {
            super(json);
        }

        /** @return chats */
        public Integer chatsCount() {
            return integer("chats_count");
        }

        /** @return threads */
        public Integer threadsCount() {
            return integer("threads_count");
        }

        /** @return visits */
        public Integer visitsCount() {
            return integer("visits_count");
        }

        /** @return page views */
        public Integer pageViewsCount() {
            return integer("page_views_count");
        }

        /** @return greetings shown */
        public Integer greetingsShownCount() {
            return integer("greetings_shown_count");
        }

        /** @return greetings accepted */
        public Integer greetingsAcceptedCount() {
            return integer("greetings_accepted_count");
        }

        /** @return (3.6) tickets */
        public Integer ticketsCount() {
            return integer("tickets_count");
        }
    }

    /** A ticket of the customer (3.6). */
    public static final class TicketRef extends LiveChatModel {

        /** @param json the object as sent */
        public TicketRef(JsonObject json) {
            super(json);
        }

        /** @return the ticket's id */
        public String ticketId() {
            return id("ticket_id");
        }

        /**
         * @return when it was created, its text kept as sent
         * @throws DecodeException if it is not a string
         */
        public Timestamp createdAt() {
            return timestamp("created_at");
        }
    }

    /** A shopping cart (3.6). Amounts keep their decimal scale. */
    public static final class Cart extends LiveChatModel {

        /** @param json the object as sent */
        public Cart(JsonObject json) {
            super(json);
        }

        /** @return the store */
        public String storeUuid() {
            return string("store_uuid");
        }

        /** @return for example {@code shopify} */
        public String storePlatform() {
            return string("store_platform");
        }

        /** @return whether the customer is signed in to the store */
        public Boolean customerSignedIn() {
            return bool("customer_signed_in");
        }

        /** @return the subtotal, exact */
        public BigDecimal subtotal() {
            return decimal("subtotal");
        }

        /** @return the total, exact */
        public BigDecimal total() {
            return decimal("total");
        }

        /** @return the subtotal in US dollars, exact */
        public BigDecimal subtotalUsd() {
            return decimal("subtotal_usd");
        }

        /** @return the total in US dollars, exact */
        public BigDecimal totalUsd() {
            return decimal("total_usd");
        }

        /** @return the currency code */
        public String currency() {
            return string("currency");
        }

        /**
         * @return the items
         * @throws DecodeException if they are not an array
         */
        public List<CartItem> items() {
            return list("items", CartItem::new);
        }

        /**
         * @return when the cart last changed, its text kept as sent
         * @throws DecodeException if it is not a string
         */
        public Timestamp lastUpdatedAt() {
            return timestamp("last_updated_at");
        }
    }

    /** An item in a cart. Its ids are integers beyond 32 bits. */
    public static final class CartItem extends LiveChatModel {

        /** @param json the object as sent */
        public CartItem(JsonObject json) {
            super(json);
        }

        /** @return the product id */
        public Long id() {
            return longNumber("id");
        }

        /** @return how many */
        public Integer quantity() {
            return integer("quantity");
        }

        /** @return the variant id */
        public Long variantId() {
            return longNumber("variant_id");
        }
    }

    /** A postal address (3.6). */
    public static final class Address extends LiveChatModel {

        /** @param json the object as sent */
        public Address(JsonObject json) {
            super(json);
        }

        /** @return the street address */
        public String address() {
            return string("address");
        }

        /** @return the city */
        public String city() {
            return string("city");
        }

        /** @return the country */
        public String country() {
            return string("country");
        }

        /** @return the state */
        public String state() {
            return string("state");
        }

        /** @return the postal code */
        public String postalCode() {
            return string("postal_code");
        }
    }
}
