package dev.switchboard.examples.cli;

import java.io.PrintStream;
import java.util.Optional;

/**
 * Exports one collection of one API for {@code switchboard export <api> <collection>}. Domain modules implement it
 * and register it in {@link Targets#exports()}.
 *
 * <p>The target reads the credentials from {@link ExportRequest#env()}, calls {@link ExportRequest#baseUrl()}, the
 * real API, or the embedded sandbox when {@link ExportRequest#sandbox()}, pages through the collection and passes
 * every record to the sink, stopping once {@link RecordSink#full()}.
 */
public interface ExportTarget {

    /** @return the API, for example {@code intercom} */
    String api();

    /** @return the collection, for example {@code tickets} */
    String collection();

    /**
     * @return the option naming the record whose collection this is ({@code --contact} for a contact's notes,
     *     {@code --company}, {@code --newsfeed}), required for this collection and refused for every other; empty
     *     for a collection of the whole workspace
     */
    default Optional<String> parentOption() {
        return Optional.empty();
    }

    /** @return whether {@code --since} filters this collection (refused for it otherwise) */
    default boolean filtersSince() {
        return true;
    }

    /**
     * @param request the validated command line
     * @param sink where records go, one JSON line each
     * @param progress stderr, for progress lines; never print a credential
     * @return how many records the target passed to the sink
     * @throws dev.switchboard.core.SwitchboardException for an API or transport failure (exit status 1)
     * @throws IllegalArgumentException for input the API rejects before any call (exit status 2)
     */
    long export(ExportRequest request, RecordSink sink, PrintStream progress);
}
