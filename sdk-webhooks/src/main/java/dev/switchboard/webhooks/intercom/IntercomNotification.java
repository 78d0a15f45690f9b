package dev.switchboard.webhooks.intercom;

import dev.switchboard.conversations.intercom.Call;
import dev.switchboard.conversations.intercom.Conversation;
import dev.switchboard.conversations.intercom.ConversationPart;
import dev.switchboard.conversations.intercom.admins.ActivityLog;
import dev.switchboard.conversations.intercom.admins.Admin;
import dev.switchboard.conversations.intercom.articles.Article;
import dev.switchboard.conversations.intercom.companies.Company;
import dev.switchboard.conversations.intercom.contacts.Contact;
import dev.switchboard.conversations.intercom.data.DataEvent;
import dev.switchboard.conversations.intercom.visitors.Visitor;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import dev.switchboard.tickets.Job;
import dev.switchboard.tickets.Ticket;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A verified Intercom webhook notification ({@code notification_event}): a typed view over the delivery's JSON,
 * written back exactly as it arrived. The envelope is the same whatever the app's API version; {@link #item()} is
 * typed by its {@code type}: every item of the API 2.14 topics (tickets, conversations, contacts, companies, admins,
 * articles, tags, subscriptions, content stats, data events, visitors, jobs, calls and pings) has its
 * {@link IntercomItem} class, and only an item of a type this SDK does not know is a {@link RawItem}. Several topics
 * share an item type ({@code contact.user.created} and {@code contact.deleted} both send a {@code contact}), so
 * branch on {@link #topic()} for what happened and on the item for what it happened to.
 *
 * <pre>{@code
 * IntercomNotification n = intercom.verify(body, headers);
 * if (n.item() instanceof TicketItem t) {
 *     sync(t.ticket());
 * } else if (n.item() instanceof ContactItem c) {
 *     crm.upsert(c.contact());
 * } else if (n.item() instanceof PingItem p) {
 *     log.info("ping: {}", p.message());
 * }
 * }</pre>
 */
public final class IntercomNotification extends JsonModel {

    /** @param json the notification as sent */
    public IntercomNotification(JsonObject json) {
        super(json);
    }

    /** @return {@code notification_event} */
    public String type() {
        return string("type");
    }

    /**
     * @return the workspace the notification comes from: a subscription belongs to the app, so one endpoint receives
     *     every workspace that installed it
     */
    public String appId() {
        return id("app_id");
    }

    /** @return the container of the item */
    public Data data() {
        return object("data", Data::new);
    }

    /** @return links; {@code {}} in practice */
    public Map<String, Object> links() {
        return rawObject("links");
    }

    /**
     * @return the notification's id ({@code notif_...}), the same on every retry: deduplicate on it; {@code null} on
     *     some pings
     */
    public String id() {
        return id("id");
    }

    /** @return what happened */
    public IntercomTopic topic() {
        return openEnum("topic", IntercomTopic::of);
    }

    /** @return for example {@code pending}; often {@code null} */
    public String deliveryStatus() {
        return string("delivery_status");
    }

    /** @return how many delivery attempts, this one included (starts at 1) */
    public Integer deliveryAttempts() {
        return integer("delivery_attempts");
    }

    /** @return when it was delivered; 0 (the epoch) until then */
    public Instant deliveredAt() {
        return instant("delivered_at");
    }

    /** @return when the first attempt was made */
    public Instant firstSentAt() {
        return instant("first_sent_at");
    }

    /** @return when the notification was created */
    public Instant createdAt() {
        return instant("created_at");
    }

    /** @return the URL of the notification; usually {@code null} */
    public String self() {
        return string("self");
    }

    /**
     * @return the item ({@code data.item}); never {@code null} for a notification this SDK decoded
     * @throws dev.switchboard.core.DecodeException if {@code data} is not an object
     */
    public IntercomItem item() {
        Data d = data();
        return d == null ? null : d.item();
    }

    /**
     * @param type the item class, for example {@code TicketItem.class}
     * @param <T> the item class
     * @return the item, if it is of that class
     */
    public <T extends IntercomItem> Optional<T> item(Class<T> type) {
        IntercomItem item = item();
        return type.isInstance(item) ? Optional.of(type.cast(item)) : Optional.empty();
    }

    /**
     * The part a reply notification reports. When the item is the part itself ({@link ConversationPartItem}, as the
     * 2.14 changelog describes the {@code conversation.operator.replied} payload), that part. When it is the whole
     * conversation: for {@code conversation.operator.replied} (Fin or a bot replied) the most recent part written by
     * a bot or the AI agent, else the most recent part; for the other {@code conversation.*.replied} topics the most
     * recent part.
     *
     * @return the replying part; empty for other topics, other items, or a conversation without parts
     * @throws dev.switchboard.core.DecodeException if the conversation's parts are not of the documented shape
     */
    public Optional<ConversationPart> replyingPart() {
        IntercomTopic topic = topic();
        if (topic == null || !topic.isReply()) {
            return Optional.empty();
        }
        IntercomItem item = item();
        if (item instanceof ConversationPartItem p) {
            return Optional.of(p.part());
        }
        if (!(item instanceof ConversationItem c)) {
            return Optional.empty();
        }
        if (topic.equals(IntercomTopic.CONVERSATION_OPERATOR_REPLIED)) {
            List<ConversationPart> parts = c.conversation().parts();
            for (int i = parts.size() - 1; i >= 0; i--) {
                ConversationPart part = parts.get(i);
                if (part != null && (part.fromAiAgent() || part.author() != null && "bot".equals(part.author().type()))) {
                    return Optional.of(part);
                }
            }
        }
        return c.lastPart();
    }

    /** The notification's {@code data}: a typed view over its JSON. */
    public static final class Data extends JsonModel {

        /** @param json the object as sent */
        public Data(JsonObject json) {
            super(json);
        }

        /** @return {@code notification_event_data} */
        public String type() {
            return string("type");
        }

        /**
         * @return the object the notification is about, chosen by its {@code type} (see {@link IntercomItem} for the
         *     table); an item of no known type is a {@link RawItem}; {@code null} when absent
         * @throws dev.switchboard.core.DecodeException if {@code item} is not an object
         */
        public IntercomItem item() {
            JsonObject raw = rawObject("item");
            if (raw == null) {
                return null;
            }
            String type = raw.getString("type");
            if (type == null) {
                // company.contact.attached and .detached send {company, contact} and no type of their own.
                return raw.getObject("company") != null && raw.getObject("contact") != null
                        ? new CompanyContactItem(object("item", CompanyContact::new))
                        : new RawItem("", raw);
            }
            if (type.startsWith("content_stat.")) {
                return new ContentStatItem(object("item", ContentStatEvent::new));
            }
            return switch (type) {
                case "ticket" -> new TicketItem(object("item", Ticket::new));
                case "conversation" -> new ConversationItem(object("item", Conversation::new));
                case "conversation_part" -> new ConversationPartItem(object("item", ConversationPart::new));
                case "job" -> new JobItem(object("item", Job::new));
                case "call" -> new CallItem(object("item", Call::new));
                case "admin" -> new AdminItem(object("item", Admin::new));
                case "admin_activity_log_event" -> new ActivityLogItem(object("item", ActivityLog::new));
                case "article" -> new ArticleItem(object("item", Article::new));
                case "company" -> new CompanyItem(object("item", Company::new));
                case "contact" -> new ContactItem(object("item", Contact::new));
                case "contact_tag" -> new ContactTagItem(object("item", ContactTag::new));
                case "contact_subscribe", "contact_unsubscribe", "granular_subscribe", "granular_unsubscribe" ->
                        new SubscriptionItem(object("item", SubscriptionChange::new));
                case "event" -> new DataEventItem(object("item", DataEvent::new));
                case "ping" -> new PingItem(object("item", Ping::new));
                // visitor.signed_up sends the visitor who signed up as type "user"
                case "visitor", "user" -> new VisitorItem(object("item", Visitor::new));
                default -> new RawItem(type, raw);
            };
        }

        /** @return the item's fields beyond its model, placed at {@code $.data.item} */
        ItemFields fields() {
            return object("item", ItemFields::new);
        }
    }
}
