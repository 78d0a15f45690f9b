package dev.switchboard.webhooks.intercom;

import dev.switchboard.conversations.intercom.ConversationPart;
import dev.switchboard.core.json.JsonObject;
import java.util.Objects;

/**
 * A conversation part on its own ({@code type: conversation_part}): the 2.14 changelog says the
 * {@code conversation.operator.replied} payload "contains the conversation part created by the operator reply", so
 * the item may be the part rather than the whole conversation. {@link IntercomNotification#replyingPart()} returns
 * it for reply topics.
 *
 * @param part the part: a view over the item's JSON
 */
public record ConversationPartItem(ConversationPart part) implements IntercomItem {

    /** Checks the component. */
    public ConversationPartItem {
        Objects.requireNonNull(part, "part");
    }

    @Override
    public String type() {
        return "conversation_part";
    }

    @Override
    public JsonObject raw() {
        return part.json();
    }

    @Override
    public ConversationPart model() {
        return part;
    }
}
