package dev.switchboard.conversations.intercom.contacts;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * The first few of a contact's tags, notes, companies or subscription types, as the contact embeds them
 * ({@code contact_tags}, {@code contact_notes}, {@code contact_companies}, {@code contact_subscription_types}): up to
 * ten entries, the total, and the path of the full list. When {@link #hasMore()} is true, list them all with
 * {@link ContactsClient#tags(String)}, {@link ContactsClient#companies(String)},
 * {@link ContactsClient#subscriptions(String)} or {@code NotesClient.list(String)}.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class AddressableList extends JsonModel {

    /** @param json the object as sent */
    public AddressableList(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code list}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the entries (up to ten), or {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws when
     *     it is read
     */
    public List<Addressable> data() {
        return list("data", Addressable::new);
    }

    /**
     * @return the path of the full list, for example {@code /contacts/5ba682d23d7cf92bef87bfd4/tags}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String url() {
        return string("url");
    }

    /**
     * @return how many there are in all, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 32 bits
     */
    public Integer totalCount() {
        return integer("total_count");
    }

    /**
     * @return whether there are more than {@link #data()} holds, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean hasMore() {
        return bool("has_more");
    }
}
