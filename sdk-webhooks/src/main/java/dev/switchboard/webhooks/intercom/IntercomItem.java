package dev.switchboard.webhooks.intercom;

import dev.switchboard.core.json.JsonObject;

/**
 * What an Intercom notification is about ({@code data.item}), chosen by its {@code type}. Every item type the API 2.14
 * topics deliver has its class, a view over the item's JSON; most are the sdk-tickets and sdk-conversations models:
 *
 * <table>
 *   <caption>Item type to item class</caption>
 *   <tr><th>{@code type}</th><th>class</th><th>model</th><th>topics</th></tr>
 *   <tr><td>{@code ticket}</td><td>{@link TicketItem}</td><td>{@code Ticket}</td><td>{@code ticket.*}</td></tr>
 *   <tr><td>{@code conversation}</td><td>{@link ConversationItem}</td><td>{@code Conversation}</td>
 *       <td>{@code conversation.*}, {@code conversation_part.*}</td></tr>
 *   <tr><td>{@code conversation_part}</td><td>{@link ConversationPartItem}</td><td>{@code ConversationPart}</td>
 *       <td>a reply's part on its own</td></tr>
 *   <tr><td>{@code job}</td><td>{@link JobItem}</td><td>{@code Job}</td><td>{@code job.completed}</td></tr>
 *   <tr><td>{@code call}</td><td>{@link CallItem}</td><td>{@code Call}</td><td>{@code call.*}</td></tr>
 *   <tr><td>{@code admin}</td><td>{@link AdminItem}</td><td>{@code Admin}</td><td>{@code admin.*}</td></tr>
 *   <tr><td>{@code admin_activity_log_event}</td><td>{@link ActivityLogItem}</td><td>{@code ActivityLog}</td>
 *       <td>{@code admin.activity_log_event.created}</td></tr>
 *   <tr><td>{@code article}</td><td>{@link ArticleItem}</td><td>{@code Article}</td><td>{@code article.*}</td></tr>
 *   <tr><td>{@code company}</td><td>{@link CompanyItem}</td><td>{@code Company}</td>
 *       <td>{@code company.created}, {@code .updated}, {@code .deleted}</td></tr>
 *   <tr><td>none, with {@code company} and {@code contact} objects</td><td>{@link CompanyContactItem}</td>
 *       <td>{@link CompanyContact}</td><td>{@code company.contact.attached}, {@code .detached}</td></tr>
 *   <tr><td>{@code contact}</td><td>{@link ContactItem}</td><td>{@code Contact}</td>
 *       <td>{@code contact.*} (also the minimal {@code contact.deleted} and {@code contact.merged})</td></tr>
 *   <tr><td>{@code contact_tag}</td><td>{@link ContactTagItem}</td><td>{@link ContactTag}</td>
 *       <td>{@code contact.user.tag.*}, {@code contact.lead.tag.*}</td></tr>
 *   <tr><td>{@code contact_subscribe}, {@code contact_unsubscribe}, {@code granular_subscribe},
 *       {@code granular_unsubscribe}</td><td>{@link SubscriptionItem}</td><td>{@link SubscriptionChange}</td>
 *       <td>{@code contact.subscribed}, {@code contact.unsubscribed}, {@code granular.*}</td></tr>
 *   <tr><td>{@code content_stat.*}</td><td>{@link ContentStatItem}</td><td>{@link ContentStatEvent}</td>
 *       <td>{@code content_stat.*}</td></tr>
 *   <tr><td>{@code event}</td><td>{@link DataEventItem}</td><td>{@code DataEvent}</td><td>{@code event.created}</td></tr>
 *   <tr><td>{@code ping}</td><td>{@link PingItem}</td><td>{@link Ping}</td><td>{@code ping}</td></tr>
 *   <tr><td>{@code visitor}, {@code user}</td><td>{@link VisitorItem}</td><td>{@code Visitor}</td>
 *       <td>{@code visitor.signed_up}</td></tr>
 * </table>
 *
 * <p>An item of any other type (or of none) is a {@link RawItem}, kept as sent. The models are views over the item's
 * JSON, so an item of a known type always decodes, the minimal payload of a {@code *.deleted} topic included: a field
 * of an unexpected type fails only its own accessor, with a {@code DecodeException} naming its path in the delivery.
 */
public sealed interface IntercomItem
        permits TicketItem, ConversationItem, ConversationPartItem, JobItem, CallItem, AdminItem, ActivityLogItem,
        ArticleItem, CompanyItem, CompanyContactItem, ContactItem, ContactTagItem, SubscriptionItem, ContentStatItem,
        DataEventItem, PingItem, VisitorItem, RawItem {

    /** @return the item's {@code type} as sent, or {@code ""} when missing or not a string */
    String type();

    /** @return the item's JSON exactly as sent; read-only */
    JsonObject raw();

    /**
     * @return the typed model, a view over {@link #raw()} (a {@code Ticket}, {@code Conversation}, {@code Contact},
     *     {@link ContactTag}, {@link Ping}, ... as in the table above), or, for a {@link RawItem}, the raw JSON itself
     */
    Object model();
}
