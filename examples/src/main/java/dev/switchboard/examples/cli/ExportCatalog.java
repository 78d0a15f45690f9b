package dev.switchboard.examples.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The collections {@code switchboard export} knows, per API, and which options apply to which. The collections are
 * read from the targets registered in {@link Targets#exports()}, in their order, so registering a target is all it
 * takes for its collection to be accepted and listed by {@code --help}.
 */
final class ExportCatalog {
    /** The Intercom API. */
    static final String INTERCOM = "intercom";
    /** The Moveworks Data API. */
    static final String MOVEWORKS = "moveworks";
    /** The Suger API. */
    static final String SUGER = "suger";
    /** The AlooChat API. */
    static final String ALOOCHAT = "aloochat";

    private static final List<ExportTarget> TARGETS = Targets.exports();
    private static final Map<String, List<String>> COLLECTIONS = table(TARGETS);
    /** "api collection" to the option naming its parent record, for the collections that have one. */
    private static final Map<String, String> PARENTS = parents(TARGETS);
    /** "api collection" of the collections {@code --since} filters. */
    private static final List<String> SINCE = TARGETS.stream().filter(ExportTarget::filtersSince)
            .map(t -> t.api() + " " + t.collection()).toList();

    private ExportCatalog() {
    }

    /**
     * @param targets the registered export targets
     * @return API name to its collections, both in registration order
     */
    static Map<String, List<String>> table(List<ExportTarget> targets) {
        Map<String, List<String>> t = new LinkedHashMap<>();
        for (ExportTarget target : targets) {
            t.computeIfAbsent(target.api(), api -> new ArrayList<>()).add(target.collection());
        }
        t.replaceAll((api, collections) -> List.copyOf(collections));
        return Collections.unmodifiableMap(t);
    }

    private static Map<String, String> parents(List<ExportTarget> targets) {
        Map<String, String> t = new LinkedHashMap<>();
        for (ExportTarget target : targets) {
            target.parentOption().ifPresent(o -> t.put(target.api() + " " + target.collection(), o));
        }
        return Collections.unmodifiableMap(t);
    }

    /**
     * @param api an API name
     * @param collection one of its collections
     * @return the option that names the collection's parent record ({@code --contact}, ...), if it has one
     */
    static Optional<String> parentOption(String api, String collection) {
        return Optional.ofNullable(PARENTS.get(api + " " + collection));
    }

    /**
     * @param option a parent option, for example {@code --contact}
     * @return the collections it applies to, as {@code api collection}, in registration order
     */
    static List<String> withParent(String option) {
        return PARENTS.entrySet().stream().filter(e -> e.getValue().equals(option)).map(Map.Entry::getKey).toList();
    }

    /** @return the API names, in the order the usage lists them */
    static List<String> apis() {
        return List.copyOf(COLLECTIONS.keySet());
    }

    /**
     * @param api an API name
     * @return its collections, empty for an unknown API
     */
    static List<String> collections(String api) {
        return COLLECTIONS.getOrDefault(api, List.of());
    }

    /**
     * @param api an API name
     * @param collection a collection name
     * @return whether {@code export api collection} is a registered collection
     */
    static boolean known(String api, String collection) {
        return collections(api).contains(collection);
    }

    /**
     * @param api an API name
     * @param collection one of its collections
     * @return whether {@code --since} filters that collection
     */
    static boolean supportsSince(String api, String collection) {
        return SINCE.contains(api + " " + collection);
    }

    /**
     * @param api an API name
     * @return the collections of that API {@code --since} filters, in registration order
     */
    static List<String> filteredBySince(String api) {
        return SINCE.stream().filter(s -> s.startsWith(api + " ")).map(s -> s.substring(api.length() + 1)).toList();
    }
}
