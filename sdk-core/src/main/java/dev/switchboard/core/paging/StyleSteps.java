package dev.switchboard.core.paging;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks shared by the page style builders: each step's argument when it is given, and at {@code build()} the
 * steps that were never taken, named as the user writes them.
 */
final class StyleSteps {
    private final String style;
    private final List<String> missing = new ArrayList<>();

    private StyleSteps(String style) {
        this.style = style;
    }

    /**
     * @param style the factory's name, for example {@code pageNumber}
     * @return a check for that style's {@code build()}
     */
    static StyleSteps of(String style) {
        return new StyleSteps(style);
    }

    /**
     * @param step the step as written, for example {@code itemsAt(pointer)}
     * @param value what it was given, {@code null} when never called
     * @return this check
     */
    StyleSteps need(String step, Object value) {
        if (value == null) {
            missing.add(step);
        }
        return this;
    }

    /**
     * Exactly one of two alternative steps.
     *
     * @return this check
     * @throws IllegalStateException if both were taken
     */
    StyleSteps needOne(String step, Object value, String otherStep, Object otherValue) {
        if (value != null && otherValue != null) {
            throw new IllegalStateException("PageStyle." + style + "() takes " + step + " or " + otherStep + ", not both");
        }
        if (value == null && otherValue == null) {
            missing.add(step + " or " + otherStep);
        }
        return this;
    }

    /** @throws IllegalStateException naming every step not taken */
    void check() {
        if (!missing.isEmpty()) {
            throw new IllegalStateException("PageStyle." + style + "() needs " + String.join(", ", missing)
                    + " before build()");
        }
    }

    /**
     * @param step the step, for example {@code itemsAt(pointer)}
     * @param pointer where the records are; {@code ""} when the body itself is the array
     * @return the pointer
     * @throws IllegalArgumentException if it is null, or neither empty nor starting with {@code /}
     */
    static String itemsPointer(String step, String pointer) {
        if (pointer != null && pointer.isEmpty()) {
            return pointer;
        }
        return pointer(step, pointer);
    }

    /**
     * @param step the step, for example {@code totalPagesAt(pointer)}
     * @param pointer a JSON pointer such as {@code /pages/total_pages}
     * @return the pointer
     * @throws IllegalArgumentException if it is null, does not start with {@code /} or names no key
     */
    static String pointer(String step, String pointer) {
        if (pointer == null) {
            throw new IllegalArgumentException(step + " must not be null");
        }
        if (!pointer.startsWith("/") || pointer.length() < 2) {
            throw new IllegalArgumentException(step + ": '" + pointer + "' is not a JSON pointer to a field (it must"
                    + " start with '/', as in /pages/next)");
        }
        return pointer;
    }

    /**
     * @param step the step, for example {@code pageParam(name)}
     * @param name a query parameter or field name
     * @return the name
     * @throws IllegalArgumentException if it is null or blank
     */
    static String name(String step, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(step + " must not be blank");
        }
        return name;
    }

    /**
     * @param step the step, for example {@code cursorInBody(path)}
     * @param path object keys from the body's root
     * @return an immutable copy
     * @throws IllegalArgumentException if it is null, empty, or holds a blank key
     */
    static List<String> path(String step, List<String> path) {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException(step + " needs at least one key");
        }
        for (String key : path) {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException(step + " must not hold a blank key: " + path);
            }
        }
        return List.copyOf(path);
    }
}
