package dev.switchboard.core.spi;

/** Expands {@code /a/{name}/b} templates with encoded, validated arguments. */
final class PathTemplate {
    private PathTemplate() {
    }

    static String expand(String template, Object... args) {
        if (template == null || !template.startsWith("/")) {
            throw new IllegalArgumentException("path template must start with '/'");
        }
        StringBuilder out = new StringBuilder();
        int argIndex = 0;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                int end = template.indexOf('}', i);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed '{' in path template " + template);
                }
                String name = template.substring(i + 1, end);
                if (argIndex >= args.length) {
                    throw new IllegalArgumentException("missing value for path parameter " + name);
                }
                out.append(ApiRequest.encodeSegment(checkArg(name, args[argIndex++])));
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        if (argIndex != args.length) {
            throw new IllegalArgumentException("path template " + template + " takes " + argIndex + " values, got " + args.length);
        }
        return out.toString();
    }

    private static String checkArg(String name, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return Checks.id(String.valueOf(value), name);
    }
}
