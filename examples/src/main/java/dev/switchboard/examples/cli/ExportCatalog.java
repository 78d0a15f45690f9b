package dev.switchboard.examples.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The collections {@code switchboard export} knows, per API, and which options apply to which. */
final class ExportCatalog {
    /** The Intercom API. */
    static final String INTERCOM = "intercom";
    /** The Moveworks Data API. */
    static final String MOVEWORKS = "moveworks";
    /** The Suger API. */
    static final String SUGER = "suger";
    /** The AlooChat API. */
    static final String ALOOCHAT = "aloochat";

    private static final Map<String, List<String>> COLLECTIONS = table();

    private ExportCatalog() {
    }

    private static Map<String, List<String>> table() {
        Map<String, List<String>> t = new LinkedHashMap<>();
        t.put(INTERCOM, List.of("tickets", "conversations", "calls"));
        t.put(MOVEWORKS, List.of("conversations", "interactions", "plugin-calls", "plugin-resources", "users"));
        t.put(SUGER, List.of("events", "messages"));
        t.put(ALOOCHAT, List.of("notifications"));
        return java.util.Collections.unmodifiableMap(t);
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
     * @return whether {@code export api collection} is part of the contract
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
        return !INTERCOM.equals(api) || "tickets".equals(collection);
    }
}
