package dev.switchboard.webhooks.intercom;

import dev.switchboard.conversations.intercom.Tag;
import dev.switchboard.conversations.intercom.contacts.Contact;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;
import java.util.Objects;

/**
 * A tag applied to or removed from a contact ({@code contact.user.tag.*}, {@code contact.lead.tag.*}; item type
 * {@code contact_tag}).
 *
 * <pre>{@code
 * if (n.item() instanceof ContactTagItem t && n.topic().equals(IntercomTopic.CONTACT_USER_TAG_CREATED)) {
 *     crm.tag(t.contact().id(), t.tag().name());
 * }
 * }</pre>
 *
 * @param contactTag the contact tag: a view over the item's JSON
 */
public record ContactTagItem(ContactTag contactTag) implements IntercomItem {

    /** Checks the component. */
    public ContactTagItem {
        Objects.requireNonNull(contactTag, "contactTag");
    }

    @Override
    public String type() {
        return "contact_tag";
    }

    @Override
    public JsonObject raw() {
        return contactTag.json();
    }

    @Override
    public ContactTag model() {
        return contactTag;
    }

    /**
     * @return the tag, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code tag} is not an object
     */
    public Tag tag() {
        return contactTag.tag();
    }

    /**
     * @return the contact, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code contact} is not an object
     */
    public Contact contact() {
        return contactTag.contact();
    }

    /**
     * @return when the tag was applied or removed, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code created_at} is not a timestamp
     */
    public Instant createdAt() {
        return contactTag.createdAt();
    }
}
