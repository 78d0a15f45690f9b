package dev.switchboard.webhooks.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.conversations.intercom.Conversation;
import dev.switchboard.conversations.intercom.ConversationPart;
import java.util.List;
import java.util.Optional;
import java.util.Objects;

/**
 * A conversation ({@code conversation.*} topics), as {@link Conversation} of sdk-conversations. For reply topics the
 * notification's {@link IntercomNotification#replyingPart()} picks the part that was just written.
 *
 * @param conversation the conversation, decoded into the SDK's model
 * @param raw the item exactly as sent
 */
public record ConversationItem(Conversation conversation, JsonNode raw) implements IntercomItem {

    /** Checks the components and keeps a private copy of the JSON. */
    public ConversationItem {
        Objects.requireNonNull(conversation, "conversation");
        raw = Objects.requireNonNull(raw, "raw").deepCopy();
    }

    @Override
    public String type() {
        return "conversation";
    }

    @Override
    public JsonNode raw() {
        return raw.deepCopy();
    }

    @Override
    public Conversation model() {
        return conversation;
    }

    /** @return the most recent part this notification carries, when it carries any */
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
