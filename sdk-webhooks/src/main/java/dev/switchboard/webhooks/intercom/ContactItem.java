package dev.switchboard.webhooks.intercom;

import dev.switchboard.conversations.intercom.ContactReference;
import dev.switchboard.conversations.intercom.contacts.Contact;
import dev.switchboard.core.json.JsonObject;
import java.util.Objects;
import java.util.Optional;

/**
 * A contact, user or lead ({@code contact.*} topics such as {@code contact.user.created}, {@code contact.lead.updated},
 * {@code contact.archived}), as {@link Contact} of sdk-conversations. Two topics send another shape of the same
 * object, and both decode: {@code contact.deleted} sends only {@code {type, id, external_id, deleted: true}} (the
 * other accessors read {@code null}), and {@code contact.merged} sends the surviving contact plus
 * {@code merged_from}, the contact merged into it ({@link #mergedFrom()}).
 *
 * <pre>{@code
 * if (n.item() instanceof ContactItem c && n.topic().equals(IntercomTopic.CONTACT_MERGED)) {
 *     c.mergedFrom().ifPresent(gone -> crm.merge(gone.id(), c.contact().id()));
 * }
 * }</pre>
 *
 * @param contact the contact: a view over the item's JSON
 */
public record ContactItem(Contact contact) implements IntercomItem {

    /** Checks the component. */
    public ContactItem {
        Objects.requireNonNull(contact, "contact");
    }

    @Override
    public String type() {
        return "contact";
    }

    @Override
    public JsonObject raw() {
        return contact.json();
    }

    @Override
    public Contact model() {
        return contact;
    }

    /**
     * @return the contact that was merged into this one ({@code merged_from: {type: contact, id}}, sent with
     *     {@code contact.merged}); empty when absent or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code merged_from} is not an object
     */
    public Optional<ContactReference> mergedFrom() {
        return Optional.ofNullable(ItemFields.of(contact.json()).mergedFrom());
    }
}
