package dev.switchboard.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a command's arguments into positionals, option values and flags, by a fixed table of options.
 *
 * <ul>
 *   <li>Options are {@code --name value} or {@code --name=value}; a following argument that starts with {@code --}
 *       is not taken as a value, so {@code --since --max 3} reports the missing value.</li>
 *   <li>An option given twice is an error unless it is repeatable; a flag never takes a value.</li>
 *   <li>{@code --} ends the options; {@code --help} and {@code -h} anywhere ask for the usage, whatever else is
 *       wrong.</li>
 *   <li>Messages name the option but never echo a value, which might be a credential typed by mistake.</li>
 * </ul>
 */
final class OptionParser {

    /** How an option is written. */
    enum Kind {
        /** No value. */
        FLAG,
        /** One value, at most once. */
        VALUE,
        /** One value, any number of times. */
        REPEATED
    }

    private final Map<String, Kind> options;

    private OptionParser(Map<String, Kind> options) {
        this.options = options;
    }

    /** @return a builder for a command's option table */
    static Builder builder() {
        return new Builder();
    }

    /**
     * @param args the arguments after the command name
     * @return what was given
     * @throws UsageException for an unknown option, a missing value, a repeated option or a flag with a value
     *     (unless help was asked for)
     */
    ParsedArgs parse(List<String> args) {
        List<String> positionals = new ArrayList<>();
        Map<String, List<String>> values = new LinkedHashMap<>();
        Set<String> flags = new LinkedHashSet<>();
        boolean help = false;
        String firstError = null;
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                positionals.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq >= 0 ? arg.substring(0, eq) : arg;
            Kind kind = options.get(name);
            String error = null;
            if (kind == null) {
                error = "unknown option '" + name + "' (try --help)";
            } else if (kind == Kind.FLAG) {
                if (eq >= 0) {
                    error = "option " + name + " takes no value";
                } else if (!flags.add(name)) {
                    error = "option " + name + " given twice";
                }
            } else {
                String value;
                if (eq >= 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    value = args.get(++i);
                } else {
                    value = null;
                }
                if (value == null) {
                    error = "option " + name + " needs a value";
                } else if (kind == Kind.VALUE && values.containsKey(name)) {
                    error = "option " + name + " given twice";
                } else {
                    values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                }
            }
            if (error != null && firstError == null) {
                firstError = error;
            }
        }
        if (!help && firstError != null) {
            throw new UsageException(firstError);
        }
        return new ParsedArgs(positionals, values, flags, help);
    }

    /** Builds an {@link OptionParser}. */
    static final class Builder {
        private final Map<String, Kind> options = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param name for example {@code --max}
         * @param kind how it is written
         * @return this builder
         */
        Builder option(String name, Kind kind) {
            if (!name.startsWith("--") || name.contains("=")) {
                throw new IllegalArgumentException("option names start with -- and have no '=': " + name);
            }
            options.put(name, kind);
            return this;
        }

        /** @return the parser */
        OptionParser build() {
            return new OptionParser(Map.copyOf(options));
        }
    }

    /**
     * What a command line held.
     *
     * @param positionals the arguments that are not options, in order
     * @param values the values of options that take one, in order, by option name
     * @param flags the flags given
     * @param help whether {@code --help} or {@code -h} was given
     */
    record ParsedArgs(List<String> positionals, Map<String, List<String>> values, Set<String> flags, boolean help) {
        /** Copies the components. */
        ParsedArgs {
            positionals = List.copyOf(positionals);
            Map<String, List<String>> copy = new LinkedHashMap<>();
            values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            values = java.util.Collections.unmodifiableMap(copy);
            flags = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(flags));
        }

        /**
         * @param name an option that takes a single value
         * @return its value, or {@code null} when not given
         */
        String value(String name) {
            List<String> v = values.get(name);
            return v == null ? null : v.get(0);
        }

        /**
         * @param name a repeatable option
         * @return its values in order; empty when not given
         */
        List<String> all(String name) {
            return values.getOrDefault(name, List.of());
        }

        /**
         * @param name a flag or an option
         * @return whether it was given
         */
        boolean has(String name) {
            return flags.contains(name) || values.containsKey(name);
        }
    }
}
