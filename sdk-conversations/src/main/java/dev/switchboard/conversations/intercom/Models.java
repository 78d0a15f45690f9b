package dev.switchboard.conversations.intercom;

/** Argument checks shared by the request builders and clients. */
final class Models {
    private Models() {
    }

    static String requireId(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
