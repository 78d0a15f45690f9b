package dev.switchboard.examples.cli;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A validated {@code switchboard export} command line, handed to the {@link ExportTarget} that serves its API and
 * collection. Immutable; {@link #toString()} never shows environment values.
 *
 * @param api the API, one of {@code intercom}, {@code moveworks}, {@code suger}, {@code aloochat}
 * @param collection one of that API's collections, for example {@code tickets}
 * @param baseUrl {@code --base-url}: replaces the API's root URL (absolute http(s), no trailing slash)
 * @param since {@code --since}: only records updated at or after this instant; Moveworks
 *     {@code last_updated_time ge}, Suger {@code startDate}, AlooChat {@code start_date}, Intercom tickets
 *     {@code updated_at >}
 * @param org Suger only: {@code --org}, else {@code SUGER_ORG_ID}; empty for the other APIs
 * @param priorities Suger only: {@code --priorities} in upper case, by default all of {@code LOW}, {@code MEDIUM},
 *     {@code HIGH}, {@code CRITICAL}; empty for the other APIs
 * @param dmOnly Moveworks only: {@code --dm-only}
 * @param max {@code --max}: the most records to write; the target stops when {@link RecordSink#full()}
 * @param debug {@code --debug}: failures are printed with their stack trace
 * @param env the process environment, for the credentials
 * @param parent the id given to the collection's {@link ExportTarget#parentOption()} ({@code --contact ID} for a
 *     contact's notes, say); empty for a collection of the whole workspace
 */
public record ExportRequest(String api, String collection, Optional<String> baseUrl, Optional<Instant> since,
        Optional<String> org, List<String> priorities, boolean dmOnly, OptionalLong max, boolean debug,
        Map<String, String> env, Optional<String> parent) {

    /** Checks and copies the components. */
    public ExportRequest {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(org, "org");
        priorities = List.copyOf(priorities);
        Objects.requireNonNull(max, "max");
        env = Map.copyOf(env);
        Objects.requireNonNull(parent, "parent");
    }

    /**
     * A request without a parent id, for the collections of the whole workspace.
     *
     * @param api the API
     * @param collection the collection
     * @param baseUrl {@code --base-url}
     * @param since {@code --since}
     * @param org {@code --org}
     * @param priorities {@code --priorities}
     * @param dmOnly {@code --dm-only}
     * @param max {@code --max}
     * @param debug {@code --debug}
     * @param env the process environment
     */
    public ExportRequest(String api, String collection, Optional<String> baseUrl, Optional<Instant> since,
            Optional<String> org, List<String> priorities, boolean dmOnly, OptionalLong max, boolean debug,
            Map<String, String> env) {
        this(api, collection, baseUrl, since, org, priorities, dmOnly, max, debug, env, Optional.empty());
    }

    /**
     * @param name an environment variable, for example {@code INTERCOM_TOKEN}
     * @return its value, when set and not blank
     */
    public Optional<String> env(String name) {
        return CredentialEnv.value(env, name);
    }

    /**
     * @return whether this API's credentials are set in the environment ({@code INTERCOM_TOKEN};
     *     {@code MOVEWORKS_API_KEY} or {@code MOVEWORKS_CLIENT_ID} and {@code MOVEWORKS_CLIENT_SECRET};
     *     {@code SUGER_API_KEY}; {@code ALOOCHAT_API_KEY})
     */
    public boolean hasCredentials() {
        return CredentialEnv.present(api, env);
    }

    /**
     * @return whether the embedded sandbox should answer: no {@code --base-url} and no credentials for the API.
     *     Otherwise the target calls {@link #baseUrl()}, or the real API.
     */
    public boolean sandbox() {
        return baseUrl.isEmpty() && !hasCredentials();
    }

    /** @return the options, with the names (never the values) of the environment variables */
    @Override
    public String toString() {
        return "ExportRequest[api=" + api + ", collection=" + collection + ", baseUrl=" + baseUrl + ", since=" + since
                + ", org=" + org + ", priorities=" + priorities + ", dmOnly=" + dmOnly + ", max=" + max
                + ", debug=" + debug + ", parent=" + parent + ", env=" + new java.util.TreeSet<>(env.keySet()) + "]";
    }
}
