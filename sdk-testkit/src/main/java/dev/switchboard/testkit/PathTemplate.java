package dev.switchboard.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A parsed path template such as {@code /org/{orgId}/notificationEvent}: literal segments must be
 * equal to the decoded request segment, {@code {name}} segments match any one non-empty segment.
 */
final class PathTemplate {

    private static final Pattern PARAM_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String source;
    /** Per segment: the literal text, or {@code null} for a parameter. */
    private final List<String> literals;
    /** Per segment: the parameter name, or {@code null} for a literal. */
    private final List<String> names;

    private PathTemplate(String source, List<String> literals, List<String> names) {
        this.source = source;
        this.literals = literals;
        this.names = names;
    }

    /** Parses {@code template}, which must start with {@code /} and carry no query or fragment. */
    static PathTemplate parse(String template) {
        if (template == null || !template.startsWith("/")) {
            throw new IllegalArgumentException("path template must start with '/': " + template);
        }
        if (template.indexOf('?') >= 0 || template.indexOf('#') >= 0) {
            throw new IllegalArgumentException(
                    "path template must not contain a query or fragment: " + template);
        }
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String segment : template.substring(1).split("/", -1)) {
            boolean braced = segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
            String name = braced ? segment.substring(1, segment.length() - 1) : null;
            if (name != null && PARAM_NAME.matcher(name).matches()) {
                if (names.contains(name)) {
                    throw new IllegalArgumentException(
                            "path template repeats parameter {" + name + "}: " + template);
                }
                literals.add(null);
                names.add(name);
            } else if (segment.indexOf('{') >= 0 || segment.indexOf('}') >= 0) {
                throw new IllegalArgumentException("a parameter must be a whole segment named like"
                        + " {name} (letters, digits, '_'): '" + segment + "' in " + template);
            } else {
                literals.add(segment);
                names.add(null);
            }
        }
        return new PathTemplate(template, nullsAllowed(literals), nullsAllowed(names));
    }

    private static List<String> nullsAllowed(List<String> list) {
        return Collections.unmodifiableList(new ArrayList<>(list));
    }

    /**
     * Matches decoded path segments against this template.
     *
     * @return the parameter values by name (insertion ordered, unmodifiable), or {@code null} if
     *     the path does not match
     */
    Map<String, String> match(List<String> segments) {
        if (segments.size() != literals.size()) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String actual = segments.get(i);
            String literal = literals.get(i);
            if (literal == null) {
                if (actual.isEmpty()) {
                    return null;
                }
                params.put(names.get(i), actual);
            } else if (!literal.equals(actual)) {
                return null;
            }
        }
        return Collections.unmodifiableMap(params);
    }

    /** Returns the template text as given. */
    @Override
    public String toString() {
        return source;
    }
}
