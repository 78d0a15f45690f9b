package dev.switchboard.examples.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Validates the arguments of {@code switchboard export} into an {@link ExportRequest}. */
final class ExportArguments {
    static final String BASE_URL = "--base-url";
    static final String SINCE = "--since";
    static final String ORG = "--org";
    static final String PRIORITIES = "--priorities";
    static final String DM_ONLY = "--dm-only";
    static final String MAX = "--max";
    static final String DEBUG = "--debug";
    static final String CONTACT = "--contact";
    static final String COMPANY = "--company";
    static final String NEWSFEED = "--newsfeed";
    /** The options that name the record a collection belongs to (see {@link ExportTarget#parentOption()}). */
    static final List<String> PARENTS = List.of(CONTACT, COMPANY, NEWSFEED);

    /** Suger's priorities, in the order they are sent by default. */
    static final List<String> ALL_PRIORITIES = List.of("LOW", "MEDIUM", "HIGH", "CRITICAL");

    static final OptionParser PARSER = OptionParser.builder()
            .option(BASE_URL, OptionParser.Kind.VALUE)
            .option(SINCE, OptionParser.Kind.VALUE)
            .option(ORG, OptionParser.Kind.VALUE)
            .option(PRIORITIES, OptionParser.Kind.VALUE)
            .option(DM_ONLY, OptionParser.Kind.FLAG)
            .option(MAX, OptionParser.Kind.VALUE)
            .option(DEBUG, OptionParser.Kind.FLAG)
            .option(CONTACT, OptionParser.Kind.VALUE)
            .option(COMPANY, OptionParser.Kind.VALUE)
            .option(NEWSFEED, OptionParser.Kind.VALUE)
            .build();

    private ExportArguments() {
    }

    /**
     * @param args what the command line held
     * @param env the environment
     * @return the validated request
     * @throws UsageException naming the first problem found
     */
    static ExportRequest toRequest(OptionParser.ParsedArgs args, Map<String, String> env) {
        List<String> positionals = args.positionals();
        if (positionals.isEmpty()) {
            throw new UsageException("export needs an API and a collection: switchboard export <api> <collection>; APIs: "
                    + String.join(", ", ExportCatalog.apis()));
        }
        String api = positionals.get(0).toLowerCase(Locale.ROOT);
        if (ExportCatalog.collections(api).isEmpty()) {
            throw new UsageException("unknown API '" + positionals.get(0) + "'; valid: " + String.join(", ", ExportCatalog.apis()));
        }
        List<String> valid = ExportCatalog.collections(api);
        if (positionals.size() < 2) {
            throw new UsageException("export " + api + " needs a collection; valid: " + String.join(", ", valid));
        }
        String collection = positionals.get(1).toLowerCase(Locale.ROOT);
        if (!valid.contains(collection)) {
            throw new UsageException("unknown collection '" + positionals.get(1) + "' for " + api + "; valid: "
                    + String.join(", ", valid));
        }
        if (positionals.size() > 2) {
            throw new UsageException("unexpected argument '" + positionals.get(2) + "' (try --help)");
        }
        Optional<String> parentOption = ExportCatalog.parentOption(api, collection);
        checkApplicable(args, api, collection, parentOption);

        Optional<String> baseUrl = Optional.ofNullable(args.value(BASE_URL)).map(ExportArguments::baseUrl);
        Optional<Instant> since = Optional.ofNullable(args.value(SINCE)).map(ExportArguments::since);
        OptionalLong max = args.value(MAX) == null ? OptionalLong.empty() : OptionalLong.of(max(args.value(MAX)));
        List<String> priorities = List.of();
        Optional<String> org = Optional.empty();
        if (api.equals(ExportCatalog.SUGER)) {
            priorities = args.value(PRIORITIES) == null ? ALL_PRIORITIES : priorities(args.value(PRIORITIES));
            org = args.value(ORG) != null ? Optional.of(org(args.value(ORG)))
                    : CredentialEnv.value(env, CredentialEnv.SUGER_ORG_ID).map(String::strip);
        }
        checkEnvironment(api, env, baseUrl, org);
        Optional<String> parent = parentOption.map(o -> parentId(o, args.value(o)));
        return new ExportRequest(api, collection, baseUrl, since, org, priorities, args.has(DM_ONLY), max,
                args.has(DEBUG), env, parent);
    }

    private static void checkApplicable(OptionParser.ParsedArgs args, String api, String collection,
            Optional<String> parentOption) {
        if (args.has(ORG) && !api.equals(ExportCatalog.SUGER)) {
            throw new UsageException(ORG + " applies to suger only, not to " + api);
        }
        if (args.has(PRIORITIES) && !api.equals(ExportCatalog.SUGER)) {
            throw new UsageException(PRIORITIES + " applies to suger only, not to " + api);
        }
        if (args.has(DM_ONLY) && !api.equals(ExportCatalog.MOVEWORKS)) {
            throw new UsageException(DM_ONLY + " applies to moveworks only, not to " + api);
        }
        for (String option : PARENTS) {
            if (args.has(option) && !parentOption.equals(Optional.of(option))) {
                throw new UsageException(option + " applies to " + String.join(", ", ExportCatalog.withParent(option))
                        + " only, not to " + api + " " + collection);
            }
        }
        if (parentOption.isPresent() && !args.has(parentOption.get())) {
            throw new UsageException(api + " " + collection + " are a " + parentOption.get().substring(2) + "'s: pass "
                    + parentOption.get() + " ID");
        }
        if (args.has(SINCE) && !ExportCatalog.supportsSince(api, collection)) {
            throw new UsageException(SINCE + " does not apply to " + api + " " + collection + " (of " + api
                    + "'s collections it filters " + String.join(", ", ExportCatalog.filteredBySince(api)) + ")");
        }
    }

    private static void checkEnvironment(String api, Map<String, String> env, Optional<String> baseUrl,
            Optional<String> org) {
        if (api.equals(ExportCatalog.MOVEWORKS) && CredentialEnv.value(env, CredentialEnv.MOVEWORKS_API_KEY).isEmpty()) {
            boolean id = CredentialEnv.value(env, CredentialEnv.MOVEWORKS_CLIENT_ID).isPresent();
            boolean secret = CredentialEnv.value(env, CredentialEnv.MOVEWORKS_CLIENT_SECRET).isPresent();
            if (id != secret) {
                throw new UsageException((id ? CredentialEnv.MOVEWORKS_CLIENT_ID : CredentialEnv.MOVEWORKS_CLIENT_SECRET)
                        + " is set but " + (id ? CredentialEnv.MOVEWORKS_CLIENT_SECRET : CredentialEnv.MOVEWORKS_CLIENT_ID)
                        + " is not; set both, or " + CredentialEnv.MOVEWORKS_API_KEY);
            }
        }
        boolean sandbox = baseUrl.isEmpty() && !CredentialEnv.present(api, env);
        if (api.equals(ExportCatalog.SUGER) && org.isEmpty() && !sandbox) {
            throw new UsageException("suger needs an organization: pass " + ORG + " ID or set " + CredentialEnv.SUGER_ORG_ID);
        }
    }

    /** Absolute http(s), with a host, without user info, query or fragment; a trailing slash is dropped. */
    static String baseUrl(String value) {
        String problem = null;
        URI uri = null;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            problem = "is not a valid URL";
        }
        if (uri != null) {
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getRawUserInfo() != null) {
                // Never echo it: the user info may be a credential.
                throw new UsageException(BASE_URL + " must not contain user info (name:password@)");
            } else if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
                problem = "must be an absolute http or https URL";
            } else if (uri.getHost() == null || uri.getHost().isEmpty()) {
                problem = "has no host";
            } else if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                problem = "must not have a query or fragment";
            }
        }
        if (problem != null) {
            throw new UsageException(BASE_URL + " " + problem + ", was '" + value + "'");
        }
        String url = value.strip();
        while (url.endsWith("/") && url.length() > scheme(url).length() + 3) {
            url = url.substring(0, url.length() - 1);
        }
        return url;
    }

    private static String scheme(String url) {
        int colon = url.indexOf(':');
        return colon < 0 ? "" : url.substring(0, colon);
    }

    /** ISO-8601 instant or offset date-time (a zone id is accepted too), or a date at midnight UTC. */
    static Instant since(String value) {
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return ZonedDateTime.parse(v).toInstant();
            } catch (DateTimeParseException notZoned) {
                try {
                    return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException notDate) {
                    throw new UsageException(SINCE + " must be an ISO-8601 date-time with offset or a date (for example "
                            + "2024-05-01T12:00:00Z or 2024-05-01), was '" + value + "'");
                }
            }
        }
    }

    static long max(String value) {
        long n;
        try {
            n = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n <= 0) {
            throw new UsageException(MAX + " must be a positive integer, was '" + value + "'");
        }
        return n;
    }

    static List<String> priorities(String value) {
        List<String> result = new ArrayList<>();
        if (value.isBlank()) {
            throw new UsageException(PRIORITIES + " needs at least one of " + String.join(", ", ALL_PRIORITIES));
        }
        for (String item : value.split(",", -1)) {
            String p = item.strip().toUpperCase(Locale.ROOT);
            if (p.isEmpty()) {
                throw new UsageException(PRIORITIES + " has an empty item in '" + value + "'");
            }
            if (!ALL_PRIORITIES.contains(p)) {
                throw new UsageException(PRIORITIES + ": unknown priority '" + item.strip() + "'; valid: "
                        + String.join(", ", ALL_PRIORITIES));
            }
            if (!result.contains(p)) {
                result.add(p);
            }
        }
        return List.copyOf(result);
    }

    /**
     * Intercom's id of a contact, company or newsfeed: not blank, no spaces, no control characters, not a path
     * segment of its own.
     */
    static String parentId(String option, String value) {
        String v = value.strip();
        if (v.isEmpty() || v.equals(".") || v.equals("..")) {
            throw new UsageException(option + " must be a " + option.substring(2) + "'s id, was '" + value + "'");
        }
        if (v.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            throw new UsageException(option + " must not contain spaces or control characters");
        }
        return v;
    }

    static String org(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            throw new UsageException(ORG + " must not be blank");
        }
        if (v.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            throw new UsageException(ORG + " must not contain spaces or control characters");
        }
        return v;
    }
}
