package dev.switchboard.conversations.moveworks;

/**
 * Where a Moveworks tenant's Data API lives. Pick the region of your tenant; a proxy or another host can be set with
 * {@link MoveworksDataApi.Builder#baseUrl(String)} instead.
 */
public enum Region {
    /** The United States: {@code https://api.moveworks.ai}. */
    US("https://api.moveworks.ai"),
    /** The European Union: {@code https://api.eu.moveworks.ai}. */
    EU("https://api.eu.moveworks.ai");

    private final String baseUrl;

    Region(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** @return the region's API root, without trailing slash */
    public String baseUrl() {
        return baseUrl;
    }
}
