package dev.switchboard.core.testing;

import dev.switchboard.core.json.Json;
import dev.switchboard.core.json.JsonArray;
import dev.switchboard.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of a JSON document at every depth: a value made null, removed, of another JSON type, an integer
 * beyond 64 bits, a decimal where an integer was, a timestamp in another ISO-8601 form or as epoch seconds, an empty
 * string, an exponent beyond 32 bits, unknown nested objects and arrays, and unknown fields added.
 */
public final class Mutations {
    /** One mutated document. */
    public record Mutant(String path, String kind, String json) {
    }

    private static final String HUGE_PLACEHOLDER = "__switchboard_huge_exponent__";
    private static final List<String> KINDS = List.of("null", "remove", "string", "integer", "decimal", "boolean",
            "object", "array", "big-integer", "integral-decimal", "timestamp-iso", "timestamp-epoch", "empty-string",
            "huge-exponent", "unknown-field", "deep-unknown");
    private static final List<Object> TIMESTAMPS = List.of("2026-04-02T10:11:12Z", "2026-04-02T10:11:12.123Z",
            "2026-04-02T10:11:12.123456Z", "2026-04-02T10:11:12.123456789Z", "2026-04-02T12:11:12+02:00",
            "2026-04-02T10:11:12-0530", "2026-04-02 10:11:12", "2026-04-02", "20260402T101112Z",
            "2026-04-02T10:11:12+02:00[Europe/Paris]", 1775124672, 1775124672L * 1000, new BigDecimal("1775124672.5"),
            "1775124672", 4102444800L, -1);

    private Mutations() {
    }

    /** A place in a document: a key of an object or an index of an array. */
    private record Step(String key, int index) {
        @Override
        public String toString() {
            return key != null ? "." + key : "[" + index + "]";
        }
    }

    /**
     * @param example the document to mutate
     * @param seed the seed; the same seed gives the same mutants
     * @param count how many mutants
     * @return the mutants, each with the JSON path it changed and what it did
     */
    public static List<Mutant> of(JsonObject example, long seed, int count) {
        List<List<Step>> places = new ArrayList<>();
        collect(example, new ArrayList<>(), places);
        Random random = new Random(seed);
        List<Mutant> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Step> place = places.get(random.nextInt(places.size()));
            String kind = KINDS.get(random.nextInt(KINDS.size()));
            out.add(mutate(example, place, kind, random));
        }
        return out;
    }

    private static void collect(Object node, List<Step> at, List<List<Step>> out) {
        out.add(List.copyOf(at)); // the node itself (the root too: unknown fields are added there)
        if (node instanceof JsonObject o) {
            for (String k : o.keySet()) {
                at.add(new Step(k, -1));
                collect(child(o, k), at, out);
                at.remove(at.size() - 1);
            }
        } else if (node instanceof JsonArray a) {
            for (int i = 0; i < a.size(); i++) {
                at.add(new Step(null, i));
                collect(element(a, i), at, out);
                at.remove(at.size() - 1);
            }
        }
    }

    private static Object child(JsonObject o, String key) {
        JsonObject obj = o.getObject(key);
        if (obj != null) {
            return obj;
        }
        JsonArray arr = o.getArray(key);
        return arr != null ? arr : "leaf";
    }

    private static Object element(JsonArray a, int i) {
        Object v;
        try {
            v = a.get(i);
        } catch (RuntimeException e) {
            return "leaf";
        }
        return v instanceof JsonObject || v instanceof JsonArray ? v : "leaf";
    }

    private static Object replacement(String kind, Object old, Random random) {
        return switch (kind) {
            case "null" -> null;
            case "string" -> "unexpected text " + random.nextInt(100);
            case "integer" -> random.nextInt(2000) - 1000;
            case "decimal" -> new BigDecimal(random.nextInt(10000) + ".25");
            case "boolean" -> random.nextBoolean();
            case "object" -> JsonObject.of("unexpected", JsonObject.of("deep", JsonArray.of(1, "a", null)));
            case "array" -> JsonArray.of(1, "a", null, JsonObject.of());
            case "big-integer" -> new BigInteger("123456789012345678901234567890");
            case "integral-decimal" -> old instanceof Number n ? new BigDecimal(n.toString()).setScale(1, java.math.RoundingMode.DOWN)
                    : new BigDecimal("7.0");
            case "timestamp-iso", "timestamp-epoch" -> {
                Object t = TIMESTAMPS.get(random.nextInt(TIMESTAMPS.size()));
                yield kind.equals("timestamp-iso") == t instanceof String ? t : TIMESTAMPS.get(0);
            }
            case "empty-string" -> "";
            case "huge-exponent" -> HUGE_PLACEHOLDER;
            case "deep-unknown" -> JsonObject.of("a", JsonArray.of(JsonObject.of("b", JsonArray.of(JsonArray.of(1.5, true)))));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static Mutant mutate(JsonObject root, List<Step> place, String kind, Random random) {
        String path = "$" + String.join("", place.stream().map(Step::toString).toList());
        if (kind.equals("unknown-field") || place.isEmpty()) {
            // Add an unknown field to the object at this place, or to the nearest enclosing object.
            List<Step> target = new ArrayList<>(place);
            while (!target.isEmpty() && !(at(root, target) instanceof JsonObject)) {
                target.remove(target.size() - 1);
            }
            String key = "x_unknown_" + random.nextInt(1000);
            JsonObject obj = (JsonObject) at(root, target);
            JsonObject changed = obj.with(key, JsonObject.of("nested", JsonArray.of(1, JsonObject.of("k", null))));
            String p = "$" + String.join("", target.stream().map(Step::toString).toList()) + "." + key;
            return new Mutant(p, "unknown-field", text(replace(root, target, 0, changed)));
        }
        Object old = leafValue(root, place);
        Object replaced = kind.equals("remove") ? REMOVE : replacement(kind, old, random);
        return new Mutant(path, kind, text(replace(root, place, 0, replaced)));
    }

    private static final Object REMOVE = new Object();

    private static Object at(Object node, List<Step> place) {
        Object cur = node;
        for (Step s : place) {
            cur = s.key != null ? child((JsonObject) cur, s.key) : element((JsonArray) cur, s.index);
        }
        return cur;
    }

    private static Object leafValue(JsonObject root, List<Step> place) {
        Object parent = at(root, place.subList(0, place.size() - 1));
        Step last = place.get(place.size() - 1);
        try {
            return last.key != null ? ((JsonObject) parent).get(last.key) : ((JsonArray) parent).get(last.index);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Object replace(Object node, List<Step> place, int depth, Object value) {
        if (depth == place.size()) {
            return value;
        }
        Step s = place.get(depth);
        if (s.key != null) {
            JsonObject o = (JsonObject) node;
            Object next = replace(child(o, s.key), place, depth + 1, value);
            return next == REMOVE ? o.without(s.key) : o.with(s.key, next);
        }
        JsonArray a = (JsonArray) node;
        Object next = replace(element(a, s.index), place, depth + 1, value);
        return next == REMOVE ? a.without(s.index) : a.with(s.index, next);
    }

    private static String text(Object root) {
        return Json.write(root).replace("\"" + HUGE_PLACEHOLDER + "\"", "1e2147483648");
    }

    /**
     * @param json a document
     * @return it as a tree
     */
    public static JsonObject parse(String json) {
        return Json.object(json.getBytes(StandardCharsets.UTF_8), "example");
    }
}
