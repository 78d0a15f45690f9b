package dev.switchboard.testkit.moveworks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.TestJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The OData options of one listing ({@code $filter}, {@code $orderby}, {@code $top}, {@code $skip},
 * {@code $select}) and the position reached, carried from page to page in an opaque {@code $skiptoken}, so the next
 * link alone says everything (clients send query options on the first request only).
 */
record ListingOptions(String filter, String orderBy, Integer top, Integer skip, String select, int offset) {
    private static final Set<String> SUPPORTED = Set.of("$filter", "$orderby", "$top", "$skip", "$select", "$skiptoken");

    /**
     * @param request a listing request
     * @return its options: from {@code $skiptoken} when present, else from the query
     * @throws ODataFilter.BadRequest for unsupported options or malformed values
     */
    static ListingOptions of(FakeRequest request) {
        for (String name : request.queryParams().keySet()) {
            if (name.startsWith("$") && !SUPPORTED.contains(name)) {
                throw new ODataFilter.BadRequest("The query option '" + name + "' is not supported.");
            }
        }
        String token = request.query("$skiptoken");
        if (token != null) {
            return fromToken(token);
        }
        return new ListingOptions(request.query("$filter"), request.query("$orderby"), number(request, "$top"),
                number(request, "$skip"), request.query("$select"), 0);
    }

    private static Integer number(FakeRequest request, String name) {
        String v = request.query(name);
        if (v == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ODataFilter.BadRequest("Invalid value '" + v + "' for " + name + ": a non-negative integer is required.");
    }

    /** @return this listing at another position, as a URL-safe token */
    String tokenAt(int newOffset) {
        ObjectNode state = TestJson.object("filter", filter, "orderby", orderBy, "top", top, "skip", skip, "select", select,
                "offset", newOffset);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(TestJson.write(state).getBytes(StandardCharsets.UTF_8));
    }

    private static ListingOptions fromToken(String token) {
        try {
            JsonNode s = TestJson.parse(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
            return new ListingOptions(text(s, "filter"), text(s, "orderby"), integer(s, "top"), integer(s, "skip"),
                    text(s, "select"), s.get("offset").asInt());
        } catch (RuntimeException e) {
            throw new ODataFilter.BadRequest("The $skiptoken is not valid.");
        }
    }

    private static String text(JsonNode s, String key) {
        JsonNode v = s.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Integer integer(JsonNode s, String key) {
        JsonNode v = s.get(key);
        return v == null || v.isNull() ? null : v.asInt();
    }

    /**
     * @param records the entity's records
     * @param fields the entity's fields
     * @param entity the entity name
     * @return every record the options select, in order, projected by {@code $select}
     * @throws ODataFilter.BadRequest for unsupported filters, unknown fields or malformed options
     */
    List<JsonNode> apply(List<ObjectNode> records, Set<String> fields, String entity) {
        Predicate<JsonNode> keep = filter == null ? n -> true : ODataFilter.parse(filter, fields, entity);
        List<JsonNode> out = new ArrayList<>();
        for (ObjectNode r : records) {
            if (keep.test(r)) {
                out.add(r);
            }
        }
        if (orderBy != null) {
            out.sort(comparator(orderBy, fields, entity));
        }
        int from = Math.min(skip == null ? 0 : skip, out.size());
        int to = top == null ? out.size() : (int) Math.min(out.size(), (long) from + top);
        List<JsonNode> selected = new ArrayList<>(out.subList(from, to));
        if (select != null) {
            List<String> names = names(select, "$select", fields, entity);
            selected.replaceAll(r -> project(r, names));
        }
        return selected;
    }

    private static Comparator<JsonNode> comparator(String orderBy, Set<String> fields, String entity) {
        Comparator<JsonNode> result = null;
        for (String term : orderBy.split(",", -1)) {
            String[] parts = term.strip().split(" +");
            if (parts.length > 2 || parts.length == 2 && !parts[1].equals("asc") && !parts[1].equals("desc")) {
                throw new ODataFilter.BadRequest("Invalid $orderby term '" + term + "'.");
            }
            String field = names(parts[0], "$orderby", fields, entity).get(0);
            Comparator<JsonNode> c = Comparator.comparing(n -> key(n.get(field)), Comparator.nullsFirst(Comparator.naturalOrder()));
            if (parts.length == 2 && parts[1].equals("desc")) {
                c = c.reversed();
            }
            result = result == null ? c : result.thenComparing(c);
        }
        return result;
    }

    private static String key(JsonNode v) {
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    private static List<String> names(String list, String option, Set<String> fields, String entity) {
        List<String> names = new ArrayList<>();
        for (String name : list.split(",", -1)) {
            String n = name.strip();
            if (!fields.contains(n)) {
                throw new ODataFilter.BadRequest("Could not find a property named '" + n + "' on type '" + entity + "' in "
                        + option + ".");
            }
            names.add(n);
        }
        return names;
    }

    private static JsonNode project(JsonNode record, List<String> names) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (String n : names) {
            if (record.has(n)) {
                out.set(n, record.get(n).deepCopy());
            }
        }
        return out;
    }
}
