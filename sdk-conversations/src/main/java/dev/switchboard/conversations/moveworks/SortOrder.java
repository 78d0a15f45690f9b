package dev.switchboard.conversations.moveworks;

/** The direction of an {@code $orderby} term. */
public enum SortOrder {
    /** Smallest first (OData's default; written without a keyword). */
    ASC,
    /** Largest first ({@code desc}). */
    DESC
}
