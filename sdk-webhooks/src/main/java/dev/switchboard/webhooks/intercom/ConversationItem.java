package dev.switchboard.webhooks.intercom;

import dev.switchboard.conversations.intercom.Conversation;
import dev.switchboard.conversations.intercom.ConversationPart;
import dev.switchboard.core.json.JsonObject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;


/**
 * A conversation ({@code conversation.*} topics), as {@link Conversation} of sdk-conversations. For reply topics the
 * notification's {@link IntercomNotification#replyingPart()} picks the part that was just written.
 *
 * @param conversation the conversation: a view over the item's JSON
 */
public record ConversationItem(Conversation conversation) implements IntercomItem {

    /** Checks the component. */
    public ConversationItem {
        Objects.requireNonNull(conversation, "conversation");
    }

    @Override
    public String type() {
        return "conversation";
    }

    @Override
    public JsonObject raw() {
        return conversation.json();
    }

    @Override
    public Conversation model() {
        return conversation;
    }

    /**
     * @return the most recent part this notification carries, when it carries any
     * @throws dev.switchboard.core.DecodeException if the parts are not of the documented shape
     */
    public Optional<ConversationPart> lastPart() {
        List<ConversationPart> parts = conversation.parts();
        for (int i = parts.size() - 1; i >= 0; i--) {
            if (parts.get(i) != null) {
                return Optional.of(parts.get(i));
            }
        }
        return Optional.empty();
    }
}
