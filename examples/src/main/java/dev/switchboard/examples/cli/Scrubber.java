package dev.switchboard.examples.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Defence in depth for everything the tool prints about a failure: replaces known secrets (the credential
 * environment variables and any secrets given on the command line) with {@code ***}. Values shorter than four
 * characters are left alone, so a tiny value cannot mangle every message.
 */
final class Scrubber {
    static final String MASK = "***";
    private static final int MIN_LENGTH = 4;

    private final List<String> secrets;

    private Scrubber(List<String> secrets) {
        this.secrets = secrets;
    }

    /**
     * @param env the environment; the values of {@link CredentialEnv#SECRET_VARIABLES} are masked
     * @param extra further secrets, such as webhook secrets given with {@code --secret}
     * @return a scrubber
     */
    static Scrubber of(Map<String, String> env, Collection<String> extra) {
        Set<String> values = new LinkedHashSet<>();
        for (String name : CredentialEnv.SECRET_VARIABLES) {
            add(values, env.get(name));
        }
        for (String s : extra) {
            add(values, s);
        }
        List<String> sorted = new ArrayList<>(values);
        // Longest first, so a secret that contains another is masked whole.
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return new Scrubber(List.copyOf(sorted));
    }

    private static void add(Set<String> values, String value) {
        if (value == null) {
            return;
        }
        String v = value.strip();
        if (v.length() >= MIN_LENGTH) {
            values.add(v);
        }
        if (value.length() >= MIN_LENGTH) {
            values.add(value);
        }
    }

    /**
     * @param text any text, or {@code null}
     * @return the text with every known secret replaced by {@code ***}
     */
    String scrub(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, MASK);
        }
        return result;
    }
}
