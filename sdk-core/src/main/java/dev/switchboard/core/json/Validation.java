package dev.switchboard.core.json;

import dev.switchboard.core.DecodeException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link JsonModel#validate()}: calls every public accessor of a model (public, no parameters, declared below
 * {@code JsonModel}), and of every model and list of models they return, and gathers the {@link DecodeException}s.
 */
final class Validation {
    private static final ClassValue<List<Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            List<Method> out = new ArrayList<>();
            for (Method m : type.getMethods()) {
                if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class
                        && JsonModel.class.isAssignableFrom(m.getDeclaringClass()) && m.getDeclaringClass() != JsonModel.class) {
                    out.add(m);
                }
            }
            out.sort(Comparator.comparing(Method::getName));
            return List.copyOf(out);
        }
    };

    private Validation() {
    }

    /**
     * @param type a model class
     * @return its public accessors, by name
     */
    static List<Method> accessors(Class<?> type) {
        return ACCESSORS.get(type);
    }

    static void check(JsonModel model) {
        List<DecodeException> problems = new ArrayList<>();
        visit(model, problems, 0);
        if (problems.isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder(model.getClass().getSimpleName()).append(" has ").append(problems.size())
                .append(problems.size() == 1 ? " field" : " fields").append(" of an unexpected type: ");
        for (int i = 0; i < problems.size(); i++) {
            if (i > 0) {
                b.append("; ");
            }
            b.append(problems.get(i).getMessage());
        }
        DecodeException e = new DecodeException(b.toString(), "", null);
        problems.forEach(e::addSuppressed);
        throw e;
    }

    /** The same field read through two accessors (a list and a helper over it) is reported once. */
    private static void add(List<DecodeException> problems, DecodeException d) {
        if (problems.stream().noneMatch(p -> p.getMessage().equals(d.getMessage()))) {
            problems.add(d);
        }
    }

    private static void visit(Object value, List<DecodeException> problems, int depth) {
        if (depth > Json.MAX_NESTING_DEPTH) {
            return;
        }
        if (value instanceof JsonModel m) {
            for (Method accessor : accessors(m.getClass())) {
                Object result;
                try {
                    result = accessor.invoke(m);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof DecodeException d) {
                        add(problems, d);
                        continue;
                    }
                    throw new IllegalStateException(m.getClass().getSimpleName() + "." + accessor.getName()
                            + " failed", e.getCause());
                } catch (IllegalAccessException e) {
                    continue;
                }
                visit(result, problems, depth + 1);
            }
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(v -> visit(v, problems, depth + 1));
        } else if (value instanceof Collection<?> c && !(value instanceof JsonArray)) {
            int n = c instanceof List<?> l ? l.size() : -1;
            if (n >= 0) {
                for (int i = 0; i < n; i++) {
                    try {
                        visit(((List<?>) c).get(i), problems, depth + 1);
                    } catch (DecodeException d) {
                        add(problems, d);
                    }
                }
            } else {
                try {
                    for (Object e : c) {
                        visit(e, problems, depth + 1);
                    }
                } catch (DecodeException d) {
                    add(problems, d);
                }
            }
        } else if (value instanceof Object[] a) {
            Arrays.stream(a).forEach(v -> visit(v, problems, depth + 1));
        }
    }
}
