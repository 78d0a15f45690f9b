package dev.switchboard.testkit;

import java.util.Objects;
import java.util.regex.Pattern;

/** One registered route of a {@link FakeServer}: a method (or {@code *}), a template, a handler. */
final class Route {

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private final String method;
    private final PathTemplate template;
    private final Handler handler;

    Route(String method, PathTemplate template, Handler handler) {
        this.method = checkMethod(method);
        this.template = Objects.requireNonNull(template, "template");
        this.handler = handler;
    }

    /** Validates an HTTP method name or {@code *}. */
    static String checkMethod(String method) {
        Objects.requireNonNull(method, "method");
        if (!TOKEN.matcher(method).matches()) {
            throw new IllegalArgumentException("not an HTTP method: '" + method + "'");
        }
        return method;
    }

    /** True if this route's method is {@code *} or equals {@code requestMethod} ignoring case. */
    boolean acceptsMethod(String requestMethod) {
        return "*".equals(method) || method.equalsIgnoreCase(requestMethod);
    }

    String method() {
        return method;
    }

    PathTemplate template() {
        return template;
    }

    Handler handler() {
        return handler;
    }
}
