package dev.switchboard.conversations.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * The contacts of a conversation ({@code contact.list}); one unless more were added to a group conversation.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ContactList extends JsonModel {

    /** @param json the object as sent */
    public ContactList(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code contact.list}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the contacts, or {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws when
     *     it is read
     */
    public List<ContactReference> contacts() {
        return list("contacts", ContactReference::new);
    }
}
