package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.List;
import java.util.Map;

/**
 * The contacts of a conversation ({@code contact.list}); one unless more were added to a group conversation.
 *
 * @param type {@code contact.list}
 * @param contacts the contacts
 * @param extra fields this SDK does not know
 */
public record ContactList(
        @JsonProperty("type") String type,
        @JsonProperty("contacts") List<ContactReference> contacts,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the list and unknown fields immutable. */
    public ContactList {
        contacts = Models.list(contacts);
        extra = Extras.of(extra);
    }
}
