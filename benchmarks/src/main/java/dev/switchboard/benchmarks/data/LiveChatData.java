package dev.switchboard.benchmarks.data;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** LiveChat 3.6 deliveries: {@code incoming_chat} with a thread of 20 mixed events, and {@code incoming_event}. */
public final class LiveChatData {
    /** The customer's id in every generated delivery. */
    static final String CUSTOMER = "d4c3b2a1-0f9e-4d8c-b7a6-958473625140";
    static final String AGENT = "alice@example.org";

    private LiveChatData() {
    }

    private static ObjectNode envelope(String action, String secret) {
        ObjectNode d = Gen.object();
        d.put("webhook_id", "wh-4c1d9e");
        d.put("secret_key", secret);
        d.put("action", action);
        d.put("organization_id", "0c5d2f7e-8a41-4b6c-9e13-5f2a7d9b1c40");
        return d;
    }

    private static ObjectNode additional(ObjectNode d) {
        ObjectNode a = d.putObject("additional_data");
        ObjectNode props = a.putObject("chat_properties");
        props.putObject("routing").put("continuous", false).put("pinned", true);
        props.putObject("source").put("client_id", "9f8e7d6c5b4a39281706f5e4d3c2b1a0");
        a.putArray("chat_presence_user_ids").add(AGENT).add(CUSTOMER);
        return d;
    }

    private static String time(int second) {
        return String.format(java.util.Locale.ROOT, "2026-03-02T09:%02d:%02d.%06dZ", 15 + second / 60, second % 60,
                second * 101 % 1_000_000);
    }

    /**
     * @param k the event's number in the thread
     * @return an event; message, system message, file, rich message, filled form and custom events in turn
     */
    static ObjectNode event(int k) {
        ObjectNode e = Gen.object();
        e.put("id", "QX1_" + (k + 1));
        switch (k % 6) {
            case 0 -> {
                e.put("custom_id", "c-" + k);
                e.put("type", "message");
                e.put("author_id", k % 12 == 0 ? CUSTOMER : AGENT);
                e.put("created_at", time(k));
                e.put("visibility", "all");
                e.put("text", "Message " + k + ": where is my order? éè 📦");
                e.putObject("properties").putObject("lc2").put("welcome_message", false);
            }
            case 1 -> {
                e.put("type", "system_message");
                e.put("created_at", time(k));
                e.put("visibility", "all");
                e.put("text", "Chat transferred to Alice Moreau");
                e.put("system_message_type", "routing.assigned");
                e.putObject("text_vars").put("agent", "Alice Moreau");
            }
            case 2 -> {
                e.put("type", "file");
                e.put("author_id", CUSTOMER);
                e.put("created_at", time(k));
                e.put("visibility", "all");
                e.put("name", "receipt-" + k + ".png");
                e.put("url", "https://cdn.example.org/f/receipt-" + k + ".png");
                e.put("thumbnail_url", "https://cdn.example.org/f/receipt-t.png");
                e.put("thumbnail2x_url", "https://cdn.example.org/f/receipt-t2.png");
                e.put("content_type", "image/png");
                e.put("size", 98765 + k);
                e.put("width", 800);
                e.put("height", 600);
            }
            case 3 -> {
                e.put("type", "rich_message");
                e.put("author_id", AGENT);
                e.put("created_at", time(k));
                e.put("visibility", "all");
                e.put("template_id", "cards");
                ObjectNode el = e.putArray("elements").addObject();
                el.put("title", "Track your parcel");
                el.put("subtitle", "Order #" + (40 + k));
                ObjectNode image = el.putObject("image");
                image.put("name", "parcel.png");
                image.put("url", "https://cdn.example.org/parcel.png");
                image.put("content_type", "image/png");
                image.put("size", 2048);
                image.put("width", 320);
                image.put("height", 200);
                ObjectNode button = el.putArray("buttons").addObject();
                button.put("text", "Track");
                button.put("type", "url");
                button.put("value", "https://track.example.org/42");
                button.put("postback_id", "track_" + k);
                button.putArray("user_ids");
            }
            case 4 -> {
                e.put("type", "filled_form");
                e.put("author_id", CUSTOMER);
                e.put("created_at", time(k));
                e.put("visibility", "all");
                e.put("form_id", "f-100");
                e.put("form_type", "prechat");
                ArrayNode fields = e.putArray("fields");
                fields.addObject().put("type", "name").put("id", "fld1").put("label", "Your name").put("answer", "Grace Okafor");
                ObjectNode choice = fields.addObject().put("type", "select").put("id", "fld2").put("label", "Topic");
                choice.putObject("answer").put("id", "0").put("label", "Orders");
                fields.addObject().put("type", "email").put("id", "fld3").put("label", "E-mail").put("answer", "grace@example.net");
            }
            default -> {
                e.put("custom_id", "app-evt-" + k);
                e.put("type", "custom");
                e.put("author_id", AGENT);
                e.put("created_at", time(k));
                e.put("visibility", "agents");
                ObjectNode content = e.putObject("content");
                content.put("kind", "order_lookup");
                ObjectNode order = content.putObject("order");
                order.put("id", 42 + k);
                order.put("paid", true);
                order.put("amount", new java.math.BigDecimal("139.9"));
            }
        }
        return e;
    }

    /**
     * @param secret the delivery's {@code secret_key}
     * @return an {@code incoming_chat} delivery: a customer, an agent, a thread of 20 events
     */
    public static byte[] incomingChat(String secret) {
        ObjectNode d = envelope("incoming_chat", secret);
        ObjectNode chat = d.putObject("payload").putObject("chat");
        chat.put("id", "QX7TLB2K9M");
        ArrayNode users = chat.putArray("users");
        ObjectNode customer = users.addObject();
        customer.put("id", CUSTOMER);
        customer.put("type", "customer");
        customer.put("name", "Grace Okafor");
        customer.put("email", "grace@example.net");
        customer.put("email_verified", true);
        customer.put("avatar", "https://cdn.example.net/a/grace.png");
        ObjectNode visit = customer.putObject("visit");
        visit.put("started_at", "2026-03-02T09:14:05.123456Z");
        visit.put("referrer", "https://search.example.com/?q=widgets");
        visit.put("ip", "203.0.113.7");
        visit.put("user_agent", "Mozilla/5.0 (X11; Linux x86_64)");
        visit.putObject("geolocation").put("country", "United Kingdom").put("country_code", "GB").put("city", "London")
                .put("timezone", "Europe/London").put("latitude", "51.5072").put("longitude", "-0.1276");
        visit.putArray("last_pages").addObject().put("opened_at", "2026-03-02T09:14:05.123456Z")
                .put("url", "https://shop.example.net/widgets").put("title", "Widgets");
        customer.putArray("session_fields").addObject().put("plan", "pro");
        ObjectNode stats = customer.putObject("statistics");
        stats.put("chats_count", 4);
        stats.put("threads_count", 7);
        stats.put("visits_count", 12);
        stats.put("page_views_count", 40);
        customer.put("created_at", "2025-11-20T17:03:44.000001Z");
        customer.put("present", true);
        customer.put("state", "chatting");
        customer.putArray("group_ids").add(0).add(7);
        ObjectNode agent = users.addObject();
        agent.put("id", AGENT);
        agent.put("type", "agent");
        agent.put("name", "Alice Moreau");
        agent.put("email", AGENT);
        agent.put("present", true);
        agent.put("events_seen_up_to", "2026-03-02T09:15:00.000000Z");
        agent.put("avatar", "https://cdn.example.org/alice.png");
        agent.put("visibility", "all");
        chat.putObject("properties").putObject("routing").put("continuous", false);
        ObjectNode thread = chat.putObject("thread");
        thread.put("id", "QX1");
        thread.put("active", true);
        thread.putArray("user_ids").add(CUSTOMER).add(AGENT);
        ArrayNode events = thread.putArray("events");
        for (int k = 0; k < 20; k++) {
            events.add(event(k));
        }
        thread.putObject("properties").putObject("routing").put("start_url", "https://shop.example.net/widgets");
        thread.putObject("access").putArray("group_ids").add(7);
        thread.putArray("tags").add("orders");
        thread.putObject("queue").put("position", 1).put("wait_time", 30).put("queued_at", "2026-03-02T09:14:06.000000Z");
        thread.put("queues_duration", 12);
        thread.put("previous_thread_id", "QW9");
        thread.put("created_at", "2026-03-02T09:14:05.500000Z");
        return Gen.bytes(additional(d));
    }

    /**
     * @param secret the delivery's {@code secret_key}
     * @return an {@code incoming_event} delivery with one message event
     */
    public static byte[] incomingEvent(String secret) {
        ObjectNode d = envelope("incoming_event", secret);
        ObjectNode payload = d.putObject("payload");
        payload.put("chat_id", "QX7TLB2K9M");
        payload.put("thread_id", "QX1");
        payload.set("event", event(0));
        return Gen.bytes(additional(d));
    }
}
