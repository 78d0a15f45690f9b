package dev.switchboard.webhooks.intercom;

import dev.switchboard.conversations.intercom.visitors.Visitor;
import dev.switchboard.core.json.JsonObject;
import java.util.Objects;

/**
 * A visitor ({@code visitor.signed_up}), as {@link Visitor} of sdk-conversations. Captured {@code visitor.signed_up}
 * deliveries carry the visitor who just signed up as {@code type: user} (the visitor's shape: {@code user_id},
 * {@code anonymous}, {@code pseudonym}, {@code location_data}, ...), so both {@code visitor} and {@code user} items
 * decode to this; {@link #type()} says which was sent.
 *
 * @param visitor the visitor: a view over the item's JSON
 */
public record VisitorItem(Visitor visitor) implements IntercomItem {

    /** Checks the component. */
    public VisitorItem {
        Objects.requireNonNull(visitor, "visitor");
    }

    /** @return {@code visitor} or {@code user}, as sent; {@code ""} when missing or not a string */
    @Override
    public String type() {
        String type = visitor.json().getString("type");
        return type == null ? "" : type;
    }

    @Override
    public JsonObject raw() {
        return visitor.json();
    }

    @Override
    public Visitor model() {
        return visitor;
    }
}
