package dev.switchboard.conversations.intercom;

/** Where an Intercom workspace is hosted; each region has its own API host. */
public enum IntercomRegion {
    /** {@code https://api.intercom.io} */
    US("https://api.intercom.io"),
    /** {@code https://api.eu.intercom.io} */
    EU("https://api.eu.intercom.io"),
    /** {@code https://api.au.intercom.io} */
    AU("https://api.au.intercom.io");

    private final String baseUrl;

    IntercomRegion(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    static IntercomRegion named(String name, String setting) {
        for (IntercomRegion r : values()) {
            if (r.name().equalsIgnoreCase(name.trim())) {
                return r;
            }
        }
        throw new IllegalArgumentException(setting + " must be one of US, EU, AU, was '" + name + "'");
    }

    /** @return the API root of this region */
    public String baseUrl() {
        return baseUrl;
    }
}
