package dev.switchboard.webhooks.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * What an Intercom notification is about ({@code data.item}), decoded by its {@code type}: {@link TicketItem}
 * ({@code ticket}), {@link ConversationItem} ({@code conversation}), {@link JobItem} ({@code job}) and
 * {@link CallItem} ({@code call}) into the sdk-tickets and sdk-conversations models; every other item (contacts,
 * admins, pings, content stats, ...) is a {@link RawItem}. The item's JSON as sent is always available from
 * {@link #raw()}.
 *
 * <p>An item whose type is known but whose content does not fit the model (for example a shape from a newer API
 * version) is not an error: the notification was verified and is valid JSON, so it decodes to a {@link RawItem} whose
 * {@link RawItem#modelFailure()} says why.
 */
@JsonDeserialize(using = IntercomItemDeserializer.class)
@JsonSerialize(using = IntercomItemSerializer.class)
public sealed interface IntercomItem permits TicketItem, ConversationItem, JobItem, CallItem, RawItem {

    /** @return the item's {@code type} as sent, or {@code ""} when missing */
    String type();

    /** @return the item's JSON exactly as sent (a copy: changing it changes nothing here) */
    JsonNode raw();

    /** @return the typed model (a {@code Ticket}, {@code Conversation}, {@code Job} or {@code Call}), or the raw JSON */
    Object model();
}
