package dev.switchboard.core.auth;

/** Checks secrets without ever echoing them. */
final class Secrets {
    private Secrets() {
    }

    static void check(String secret, String name) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        for (int i = 0; i < secret.length(); i++) {
            char c = secret.charAt(i);
            if (c < ' ' || c == 0x7f) {
                throw new IllegalArgumentException(name + " contains a line break or control character at index " + i
                        + " (value not shown)");
            }
        }
    }
}
