package dev.switchboard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.json.Json;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Build guard against shared mutable state in sdk-core (defect: "toString mutates a shared static ObjectMapper").
 * Every class compiled from sdk-core's main sources is loaded (not initialised) and its static fields checked:
 *
 * <ul>
 *   <li>a static field must be final;</li>
 *   <li>a public or protected static final field must not have a mutable type: {@link ObjectMapper}, a
 *       {@link Map} or {@link Collection}, or an array.</li>
 * </ul>
 *
 * Synthetic fields (such as an enum's {@code $VALUES}) and {@code $assertionsDisabled} are ignored.
 */
class NoMutableStaticStateTest {

    private static final List<Class<?>> MUTABLE_TYPES = List.of(ObjectMapper.class, Map.class, Collection.class);
    /** The SDK's own read-only JSON trees: a Map and a List that cannot be changed after construction. */
    private static final List<Class<?>> IMMUTABLE_TREES = List.of(dev.switchboard.core.json.JsonObject.class,
            dev.switchboard.core.json.JsonArray.class);

    @Test
    void mainClassesHaveNoMutableStaticState() throws Exception {
        List<String> classNames = mainClassNames();
        // Guard against silently scanning nothing (for example if the output directory moved).
        assertTrue(classNames.contains(Json.class.getName()), "scan did not find Json among " + classNames.size() + " classes");
        assertTrue(classNames.size() > 50, "suspiciously few classes scanned: " + classNames);

        List<String> offenders = new ArrayList<>();
        ClassLoader loader = Json.class.getClassLoader();
        for (String name : classNames) {
            Class<?> type = Class.forName(name, false, loader);
            offenders.addAll(offendersIn(type));
        }
        assertTrue(offenders.isEmpty(),
                "mutable static state in sdk-core (" + offenders.size() + "):\n  " + String.join("\n  ", offenders));
    }

    /** Checks the checker itself, so that a broken rule cannot let everything pass. */
    @Test
    void detectsEachKindOfOffender() {
        List<String> found = new ArrayList<>(offendersIn(Offenders.class));
        found.sort(null);
        List<String> expected = new ArrayList<>(List.of(
                Offenders.class.getName() + ".counter: static field is not final",
                Offenders.class.getName() + ".MAPPER: public static final field of mutable type ObjectMapper",
                Offenders.class.getName() + ".NAMES: protected static final field of mutable type List",
                Offenders.class.getName() + ".CODES: public static final field of mutable type int[]",
                Offenders.class.getName() + ".LOOKUP: public static final field of mutable type Map"));
        expected.sort(null);
        assertEquals(expected, found);
        assertTrue(offendersIn(Clean.class).isEmpty(), offendersIn(Clean.class).toString());
    }

    @SuppressWarnings("unused")
    private static final class Offenders {
        private static int counter;
        public static final ObjectMapper MAPPER = new ObjectMapper();
        protected static final List<String> NAMES = List.of();
        public static final int[] CODES = {1};
        public static final Map<String, String> LOOKUP = Map.of();
    }

    @SuppressWarnings("unused")
    private static final class Clean {
        private static final ObjectMapper PRIVATE_MAPPER = new ObjectMapper();
        private static final List<String> PRIVATE_LIST = List.of();
        public static final String NAME = "x";
        public static final int LIMIT = 3;
        public static final java.time.Duration TIMEOUT = java.time.Duration.ZERO;
        private final List<String> instanceState = new ArrayList<>();
    }

    private static List<String> offendersIn(Class<?> type) {
        List<String> offenders = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            int mod = f.getModifiers();
            if (!Modifier.isStatic(mod) || f.isSynthetic() || f.getName().equals("$assertionsDisabled")
                    || (type.isEnum() && f.getName().equals("$VALUES"))) {
                continue;
            }
            String where = type.getName() + "." + f.getName();
            if (!Modifier.isFinal(mod)) {
                offenders.add(where + ": static field is not final");
            } else if ((Modifier.isPublic(mod) || Modifier.isProtected(mod)) && isMutableType(f.getType())) {
                offenders.add(where + ": " + (Modifier.isPublic(mod) ? "public" : "protected")
                        + " static final field of mutable type " + f.getType().getSimpleName());
            }
        }
        return offenders;
    }

    private static boolean isMutableType(Class<?> t) {
        if (IMMUTABLE_TREES.contains(t)) {
            return false;
        }
        if (t.isArray()) {
            return true;
        }
        for (Class<?> m : MUTABLE_TYPES) {
            if (m.isAssignableFrom(t)) {
                return true;
            }
        }
        return false;
    }

    /** Names of every class in the directory or jar that {@link Json} was loaded from. */
    private static List<String> mainClassNames() throws IOException, URISyntaxException {
        URL location = Json.class.getProtectionDomain().getCodeSource().getLocation();
        Path root = Path.of(location.toURI());
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".class"))
                        .map(p -> root.relativize(p).toString().replace(root.getFileSystem().getSeparator(), "/"))
                        .forEach(rel -> addClassName(names, rel));
            }
        } else {
            try (JarFile jar = new JarFile(root.toFile())) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    String entry = entries.nextElement().getName();
                    if (entry.endsWith(".class") && !entry.startsWith("META-INF/")) {
                        addClassName(names, entry);
                    }
                }
            }
        }
        assertFalse(names.isEmpty(), "no classes found under " + root);
        names.sort(null);
        return names;
    }

    private static void addClassName(List<String> names, String relativePath) {
        String name = relativePath.substring(0, relativePath.length() - ".class".length());
        if (name.endsWith("module-info") || name.endsWith("package-info")) {
            return;
        }
        names.add(name.replace('/', '.'));
    }
}
