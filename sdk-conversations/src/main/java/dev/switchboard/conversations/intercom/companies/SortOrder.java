package dev.switchboard.conversations.intercom.companies;

/** The order of {@code POST /companies/list} by {@code last_request_at}, sent as {@code order}. */
public enum SortOrder {
    /** {@code asc}: least recently requested first. */
    ASC("asc"),
    /** {@code desc}: most recently requested first, Intercom's default. */
    DESC("desc");

    private final String wire;

    SortOrder(String wire) {
        this.wire = wire;
    }

    /** @return the value sent, {@code asc} or {@code desc} */
    public String wire() {
        return wire;
    }
}
