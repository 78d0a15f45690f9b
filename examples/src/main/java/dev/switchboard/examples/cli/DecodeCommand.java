package dev.switchboard.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.switchboard.core.json.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code switchboard decode}: reads one raw delivery from stdin, hands it to the registered {@link DecodeTarget} and
 * prints the outcome as exactly one JSON line on stdout.
 */
final class DecodeCommand {
    /** The largest body read from stdin. */
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
    /** The sources of the decoders registered in {@link Targets#decoders()}, in their order. */
    static final List<String> SOURCES = Targets.decoders().stream().map(DecodeTarget::source).toList();
    static final String REDACTED = "[redacted]";

    private static final String SECRET = "--secret";
    private static final String HEADER = "--header";
    private static final String DEBUG = "--debug";
    private static final OptionParser PARSER = OptionParser.builder()
            .option(SECRET, OptionParser.Kind.REPEATED)
            .option(HEADER, OptionParser.Kind.REPEATED)
            .option(DEBUG, OptionParser.Kind.FLAG)
            .build();

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final List<DecodeTarget> targets;

    DecodeCommand(InputStream in, PrintStream out, PrintStream err, Map<String, String> env, List<DecodeTarget> targets) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.env = env;
        this.targets = targets;
    }

    /**
     * @param args the arguments after {@code decode}
     * @return the exit status
     */
    int run(List<String> args) {
        OptionParser.ParsedArgs parsed;
        String source;
        Map<String, List<String>> headers;
        try {
            parsed = PARSER.parse(args);
            if (parsed.help()) {
                out.print(Usage.text());
                return ExitCodes.OK;
            }
            source = source(parsed.positionals());
            for (String secret : parsed.all(SECRET)) {
                if (secret.isEmpty()) {
                    throw new UsageException(SECRET + " must not be empty");
                }
            }
            headers = headers(parsed.all(HEADER));
        } catch (UsageException e) {
            // The secrets given so far may be in the arguments; mask them too.
            new ErrorReporter(err, Scrubber.of(env, secretsIn(args))).error(e.getMessage());
            return ExitCodes.USAGE;
        }
        List<String> secrets = parsed.all(SECRET);
        boolean debug = parsed.has(DEBUG);
        ErrorReporter reporter = new ErrorReporter(err, Scrubber.of(env, secrets));

        byte[] body;
        try {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            return rejected(reporter, DecodeOutcome.DECODE, "could not read stdin: " + ErrorReporter.messageOf(e));
        }
        if (body.length > MAX_BODY_BYTES) {
            return rejected(reporter, DecodeOutcome.DECODE, "body larger than 10 MiB");
        }
        DecodeTarget target = find(source);
        if (target == null) {
            return rejected(reporter, DecodeOutcome.DECODE, "no decoder for " + source + " in this build");
        }
        try {
            DecodeOutcome outcome = target.decode(body, secrets, headers);
            if (outcome == null) {
                throw new IllegalStateException("the " + source + " decoder returned no outcome");
            }
            if (outcome instanceof DecodeOutcome.Rejected r) {
                return rejected(reporter, r.error(), r.message());
            }
            DecodeOutcome.Decoded d = (DecodeOutcome.Decoded) outcome;
            printDecoded(source, d);
            return ExitCodes.OK;
        } catch (RuntimeException e) {
            if (debug) {
                reporter.stackTrace(e);
            }
            return rejected(reporter, DecodeOutcome.DECODE, ErrorReporter.messageOf(e));
        }
    }

    private int rejected(ErrorReporter reporter, String error, String message) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("ok", false);
        line.put("error", error);
        line.put("message", ErrorReporter.oneLine(reporter.scrubber().scrub(message)));
        print(line);
        return DecodeOutcome.VERIFICATION.equals(error) ? ExitCodes.VERIFICATION : ExitCodes.USAGE;
    }

    private void print(Map<String, Object> line) {
        byte[] json = Json.writeBytes(line);
        out.write(json, 0, json.length);
        out.write('\n');
        out.flush();
    }

    private DecodeTarget find(String source) {
        for (DecodeTarget t : targets) {
            if (t.source().equals(source)) {
                return t;
            }
        }
        return null;
    }

    private static String source(List<String> positionals) {
        if (positionals.isEmpty()) {
            throw new UsageException("decode needs a source: " + String.join(" or ", SOURCES));
        }
        String source = positionals.get(0).toLowerCase(Locale.ROOT);
        if (!SOURCES.contains(source)) {
            throw new UsageException("unknown decode source '" + positionals.get(0) + "'; valid: " + String.join(", ", SOURCES));
        }
        if (positionals.size() > 1) {
            throw new UsageException("unexpected argument '" + positionals.get(1) + "'; the delivery is read from stdin");
        }
        return source;
    }

    /** {@code Name: value} pairs; names compared ignoring case (the first spelling kept), values in order given. */
    static Map<String, List<String>> headers(List<String> given) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String h : given) {
            int colon = h.indexOf(':');
            if (colon < 0) {
                throw new UsageException(HEADER + " must be \"Name: value\" (no colon found)");
            }
            String name = h.substring(0, colon).strip();
            if (name.isEmpty()) {
                throw new UsageException(HEADER + " must be \"Name: value\" (the name is empty)");
            }
            if (!name.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
                throw new UsageException(HEADER + " name '" + name + "' has spaces or characters not allowed in a header name");
            }
            headers.computeIfAbsent(name, k -> new ArrayList<>()).add(h.substring(colon + 1).strip());
        }
        Map<String, List<String>> frozen = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(frozen);
    }

    /** The values following {@code --secret} (or inside {@code --secret=...}), for masking in error lines. */
    private static List<String> secretsIn(List<String> args) {
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals(SECRET) && i + 1 < args.size()) {
                secrets.add(args.get(i + 1));
            } else if (a.startsWith(SECRET + "=")) {
                secrets.add(a.substring(SECRET.length() + 1));
            }
        }
        return secrets;
    }

    /**
     * Prints the decoded line. The event is encoded once and copied token by token, with the value of every
     * {@code secret_key} field replaced (LiveChat puts the webhook secret there) and every number written as its
     * text: nothing goes through a tree, so a number of any size and precision is printed exactly as sent.
     */
    private void printDecoded(String source, DecodeOutcome.Decoded d) {
        byte[] event = Json.writeBytes(d.event());
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(event.length + 128);
        try (JsonGenerator g = Json.generator(buffer); JsonParser p = Json.parser(new ByteArrayInputStream(event))) {
            g.writeStartObject();
            g.writeBooleanField("ok", true);
            g.writeStringField("source", source);
            g.writeStringField("name", d.name());
            g.writeStringField("type", d.type());
            g.writeFieldName("event");
            copyRedacted(p, g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buffer.write('\n');
        out.write(buffer.toByteArray(), 0, buffer.size());
        out.flush();
    }

    /** Copies one JSON value from {@code p} to {@code g}, redacting {@code secret_key} values at any depth. */
    static void copyRedacted(JsonParser p, JsonGenerator g) throws IOException {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            switch (t) {
                case FIELD_NAME -> {
                    String name = p.currentName();
                    g.writeFieldName(name);
                    JsonToken value = p.nextToken();
                    if (name.equals("secret_key") && value != JsonToken.VALUE_NULL) {
                        p.skipChildren();
                        g.writeString(REDACTED);
                    } else {
                        copyToken(p, g, value);
                    }
                }
                default -> copyToken(p, g, t);
            }
        }
    }

    private static void copyToken(JsonParser p, JsonGenerator g, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            g.writeNumber(p.getText());
        } else {
            g.copyCurrentEvent(p);
        }
    }
}
