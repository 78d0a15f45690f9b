package dev.switchboard.webhooks.intercom;

import dev.switchboard.core.json.JsonObject;

/**
 * What an Intercom notification is about ({@code data.item}), chosen by its {@code type}: {@link TicketItem}
 * ({@code ticket}), {@link ConversationItem} ({@code conversation}), {@link JobItem} ({@code job}) and
 * {@link CallItem} ({@code call}) view it as the sdk-tickets and sdk-conversations models, as does
 * {@link ConversationPartItem} ({@code conversation_part}, a reply's part on its own); every other item
 * (contacts, admins, pings, content stats, ...) is a {@link RawItem}. The models are views over the item's JSON, so
 * an item of a known type always decodes: a field of an unexpected type fails only its own accessor.
 */
public sealed interface IntercomItem
        permits TicketItem, ConversationItem, ConversationPartItem, JobItem, CallItem, RawItem {

    /** @return the item's {@code type} as sent, or {@code ""} when missing or not a string */
    String type();

    /** @return the item's JSON exactly as sent; read-only */
    JsonObject raw();

    /**
     * @return the typed model (a {@code Ticket}, {@code Conversation}, {@code ConversationPart}, {@code Job} or
     *     {@code Call}), or the raw JSON
     */
    Object model();
}
