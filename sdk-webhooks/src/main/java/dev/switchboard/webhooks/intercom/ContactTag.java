package dev.switchboard.webhooks.intercom;

import dev.switchboard.conversations.intercom.Tag;
import dev.switchboard.conversations.intercom.contacts.Contact;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;

/**
 * The item of the contact-tag topics ({@code contact.user.tag.created}, {@code contact.user.tag.deleted},
 * {@code contact.lead.tag.created}, {@code contact.lead.tag.deleted}): {@code {type: contact_tag, created_at, tag,
 * contact}}, the tag that was applied to or removed from the contact. The topic says which of the two happened.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ContactTag extends JsonModel {

    /** @param json the object as sent */
    public ContactTag(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code contact_tag}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the tag ({@code {type: tag, id, name}}), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public Tag tag() {
        return object("tag", Tag::new);
    }

    /**
     * @return the contact the tag was applied to or removed from, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public Contact contact() {
        return object("contact", Contact::new);
    }

    /**
     * @return when the tag was applied or removed; {@code null} when absent (captured deliveries leave it out)
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant createdAt() {
        return instant("created_at");
    }
}
