package dev.switchboard.conversations.moveworks;

/**
 * The path version of the export endpoints, {@code /export/{version}/records/{entity}}. The two differ only in the
 * URL: same records, same credentials.
 */
public enum ApiVersion {
    /** {@code v1}, the current version (the default). */
    V1("v1"),
    /** {@code v1beta2}, the previous version, still served. */
    V1BETA2("v1beta2");

    private final String pathSegment;

    ApiVersion(String pathSegment) {
        this.pathSegment = pathSegment;
    }

    /** @return the path segment, for example {@code v1} */
    public String pathSegment() {
        return pathSegment;
    }
}
