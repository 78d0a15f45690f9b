package dev.switchboard.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The round-trip harness every module runs over its models. For each example document of a model, and for seeded
 * mutants of it (see {@link Mutations}), it asserts that:
 *
 * <ol>
 *   <li>the document decodes (a mutated field never fails the record);</li>
 *   <li>the model written back — with {@code Json.write} and with a plain {@code ObjectMapper} — is the document,
 *       byte for byte;</li>
 *   <li>every accessor, of the model and of the models and lists it returns, either answers or throws a
 *       {@link DecodeException} located at the mutated path (or inside it); nothing else, and no accessor of another
 *       field fails;</li>
 *   <li>{@link JsonModel#validate()} throws nothing but a {@link DecodeException}.</li>
 * </ol>
 *
 * It records the model classes it reached, so a module's test can require that every model was covered.
 */
public final class ModelHarness {
    /** Mutants per example unless told otherwise. */
    public static final int DEFAULT_MUTANTS = 150;
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private final Set<Class<?>> covered = new LinkedHashSet<>();
    private final List<String> failures = new ArrayList<>();
    private int documents;

    /**
     * Checks one model class against one example and its mutants.
     *
     * @param type the model class (with a public constructor taking a {@code JsonObject})
     * @param example the example document
     * @param mutants how many mutants
     * @return this harness
     */
    public ModelHarness check(Class<? extends JsonModel> type, String example, int mutants) {
        return check(type.getSimpleName(), example, json -> Json.decode(json.getBytes(StandardCharsets.UTF_8), type, "example"),
                model -> Json.write(model), mutants);
    }

    /**
     * Checks a decoder (for example a webhook verifier) against one example and its mutants.
     *
     * @param name what is checked, for messages
     * @param example the example document
     * @param decode decodes a document into its model
     * @param write writes a model back (for a webhook, with its secret)
     * @param mutants how many mutants
     * @return this harness
     */
    public ModelHarness check(String name, String example, Function<String, Object> decode, Function<Object, String> write,
            int mutants) {
        return check(name, example, decode, write, mutants, java.util.List.of());
    }

    /**
     * As {@link #check(String, String, Function, Function, int)}, for a decoder that requires some fields: a document
     * whose mutation removed or retyped one of them (or what contains it) may be refused as a whole, with one of the
     * SDK's exceptions — it is not of the documented shape at all (a webhook without its topic, say).
     *
     * @param name what is checked, for messages
     * @param example the example document
     * @param decode decodes a document into its model
     * @param write writes a model back
     * @param mutants how many mutants
     * @param required the JSON paths the decoder requires, for example {@code $.data.item}
     * @return this harness
     */
    public ModelHarness check(String name, String example, Function<String, Object> decode, Function<Object, String> write,
            int mutants, java.util.List<String> required) {
        JsonObject tree = Mutations.parse(example);
        String canonical = Json.write(tree);
        Object base;
        try {
            base = decode.apply(canonical);
        } catch (RuntimeException e) {
            failures.add(name + ": the example itself does not decode: " + e);
            return this;
        }
        roundTrip(name, "the example", canonical, base, write);
        Set<String> baseline = new TreeSet<>();
        sweep(name, "the example", base, "", baseline, null);
        long seed = name.hashCode() * 31L + canonical.length();
        for (Mutations.Mutant m : Mutations.of(tree, seed, mutants)) {
            String what = m.kind() + " at " + m.path();
            Object model;
            try {
                model = decode.apply(m.json());
            } catch (dev.switchboard.core.SwitchboardException e) {
                if (m.path().equals("$") || required.stream().noneMatch(r -> r.startsWith(m.path()))) {
                    failures.add(name + ": " + what + " failed the whole record: " + e);
                }
                continue;
            } catch (RuntimeException e) {
                failures.add(name + ": " + what + " failed the whole record: " + e);
                continue;
            }
            documents++;
            roundTrip(name, what, m.json(), model, write);
            Set<String> failing = new TreeSet<>();
            sweep(name, what, model, "", failing, m.path());
            if (model instanceof JsonModel jm) {
                try {
                    jm.validate();
                } catch (DecodeException expected) {
                    // a mistyped field is reported, as it should be
                } catch (RuntimeException e) {
                    failures.add(name + ": " + what + ": validate() threw " + e);
                }
            }
            for (String f : failing) {
                if (!baseline.contains(f) && !related(f, m.path())) {
                    failures.add(name + ": " + what + " broke an unrelated accessor: " + f);
                }
            }
        }
        return this;
    }

    private void roundTrip(String name, String what, String expected, Object model, Function<Object, String> write) {
        String written;
        try {
            written = write.apply(model);
        } catch (RuntimeException e) {
            failures.add(name + ": " + what + ": writing it back threw " + e);
            return;
        }
        if (!expected.equals(written)) {
            failures.add(name + ": " + what + ": written back differently:\n  sent    " + clip(expected) + "\n  written " + clip(written));
            return;
        }
        if (model instanceof JsonModel) {
            try {
                String plain = PLAIN.writeValueAsString(model);
                if (!plain.equals(Json.write(model))) {
                    failures.add(name + ": " + what + ": a plain ObjectMapper writes it differently: " + clip(plain));
                }
            } catch (Exception e) {
                failures.add(name + ": " + what + ": a plain ObjectMapper could not write it: " + e);
            }
        }
    }

    private static String clip(String s) {
        return s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }

    /** @return whether a failure at {@code failure} may be caused by a mutation at {@code mutated} */
    private static boolean related(String failure, String mutated) {
        int at = failure.indexOf("path $");
        String path = at < 0 ? "" : failure.substring(at + "path ".length());
        int end = path.indexOf(' ');
        path = end < 0 ? path : path.substring(0, end);
        return path.isEmpty() || path.startsWith(mutated) || mutated.startsWith(path);
    }

    /** Calls every accessor, recursively; records DecodeExceptions, and any other exception as a failure. */
    private void sweep(String name, String what, Object value, String chain, Set<String> decodeFailures, String mutated) {
        if (chain.length() > 2000) {
            return;
        }
        if (value instanceof JsonModel m) {
            covered.add(m.getClass());
            for (Method accessor : accessors(m.getClass())) {
                String here = chain + "." + accessor.getName() + "()";
                Object result;
                try {
                    result = accessor.invoke(m);
                } catch (InvocationTargetException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof DecodeException d) {
                        decodeFailures.add(here + " " + d.location());
                        continue;
                    }
                    failures.add(name + ": " + what + ": " + m.getClass().getSimpleName() + here + " threw " + cause
                            + (mutated == null ? "" : " (mutated " + mutated + ")"));
                    continue;
                } catch (IllegalAccessException e) {
                    continue;
                }
                sweep(name, what, result, here, decodeFailures, mutated);
            }
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(v -> sweep(name, what, v, chain + ".get()", decodeFailures, mutated));
        } else if (value instanceof List<?> l && !(value instanceof dev.switchboard.core.json.JsonArray)) {
            for (int i = 0; i < l.size(); i++) {
                Object e;
                try {
                    e = l.get(i);
                } catch (DecodeException d) {
                    decodeFailures.add(chain + "[" + i + "] " + d.location());
                    continue;
                } catch (RuntimeException r) {
                    failures.add(name + ": " + what + ": element " + chain + "[" + i + "] threw " + r);
                    continue;
                }
                sweep(name, what, e, chain + "[" + i + "]", decodeFailures, mutated);
            }
        } else if (value instanceof java.util.Map<?, ?> map && !(value instanceof dev.switchboard.core.json.JsonObject)) {
            // A typed map (for example weekday to hours): its values are models to sweep too.
            try {
                for (java.util.Map.Entry<?, ?> e : map.entrySet()) {
                    sweep(name, what, e.getValue(), chain + "[" + e.getKey() + "]", decodeFailures, mutated);
                }
            } catch (DecodeException d) {
                decodeFailures.add(chain + "[] " + d.location());
            }
        } else if (value instanceof Collection<?> c && !(value instanceof dev.switchboard.core.json.JsonArray)) {
            try {
                for (Object e : c) {
                    sweep(name, what, e, chain + "[]", decodeFailures, mutated);
                }
            } catch (DecodeException d) {
                decodeFailures.add(chain + "[] " + d.location());
            }
        }
    }

    private static List<Method> accessors(Class<?> type) {
        List<Method> out = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class
                    && m.getDeclaringClass() != Object.class && m.getDeclaringClass() != JsonModel.class
                    && !m.getName().equals("validate")) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparing(Method::getName));
        return out;
    }

    /** @return the model classes reached so far, directly or through accessors */
    public Set<Class<?>> covered() {
        return covered;
    }

    /** @return how many mutated documents were checked */
    public int documents() {
        return documents;
    }

    /**
     * Fails with every problem found so far.
     *
     * @return this harness
     */
    public ModelHarness assertNoFailures() {
        if (!failures.isEmpty()) {
            fail(failures.size() + " round-trip failures:\n" + String.join("\n", failures.subList(0, Math.min(60, failures.size()))));
        }
        return this;
    }

    /**
     * Fails unless every given model class was reached.
     *
     * @param models the classes that must be covered, for example {@link ModelScan#models}
     * @return this harness
     */
    public ModelHarness assertCovered(Collection<Class<? extends JsonModel>> models) {
        List<String> missing = models.stream().filter(c -> !covered.contains(c)).map(Class::getName).toList();
        assertEquals(List.of(), missing, "models without an example (add a fixture, or reach them from one)");
        return this;
    }
}
