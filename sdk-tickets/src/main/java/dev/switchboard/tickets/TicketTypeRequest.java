package dev.switchboard.tickets;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code POST /ticket_types} (use {@link #create(String)}) and {@code PUT /ticket_types/{id}} (use
 * {@link #update()}); unset fields are left out.
 *
 * @param name the name (required to create)
 * @param description the description
 * @param category Customer, Back-office or Tracker
 * @param icon an emoji
 * @param archived whether archived (update only)
 * @param isInternal whether internal
 */
public record TicketTypeRequest(
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("category") TicketCategory category,
        @JsonProperty("icon") String icon,
        @JsonProperty("archived") Boolean archived,
        @JsonProperty("is_internal") Boolean isInternal) {

    /**
     * @param name the new type's name
     * @return a creation request
     * @throws IllegalArgumentException if the name is blank
     */
    public static TicketTypeRequest create(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        return new TicketTypeRequest(name, null, null, null, null, null);
    }

    /** @return an update that changes nothing yet */
    public static TicketTypeRequest update() {
        return new TicketTypeRequest(null, null, null, null, null, null);
    }

    /**
     * @param newName the name
     * @return a copy with this name
     */
    public TicketTypeRequest withName(String newName) {
        return new TicketTypeRequest(newName, description, category, icon, archived, isInternal);
    }

    /**
     * @param text the description
     * @return a copy with this description
     */
    public TicketTypeRequest withDescription(String text) {
        return new TicketTypeRequest(name, text, category, icon, archived, isInternal);
    }

    /**
     * @param c the category
     * @return a copy with this category
     */
    public TicketTypeRequest withCategory(TicketCategory c) {
        return new TicketTypeRequest(name, description, c, icon, archived, isInternal);
    }

    /**
     * @param emoji the icon
     * @return a copy with this icon
     */
    public TicketTypeRequest withIcon(String emoji) {
        return new TicketTypeRequest(name, description, category, emoji, archived, isInternal);
    }

    /**
     * @param value whether archived
     * @return a copy with this flag
     */
    public TicketTypeRequest withArchived(boolean value) {
        return new TicketTypeRequest(name, description, category, icon, value, isInternal);
    }

    /**
     * @param value whether internal
     * @return a copy with this flag
     */
    public TicketTypeRequest withInternal(boolean value) {
        return new TicketTypeRequest(name, description, category, icon, archived, value);
    }
}
