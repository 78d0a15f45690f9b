package dev.switchboard.conversations.intercom;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * IC-24 (a {@code toString()} that mutated a shared static {@code ObjectMapper}): every class of this package has only
 * final static fields, and no public static field of a mutable type.
 */
class NoMutableStaticStateTest {

    @Test
    void intercomClassesHaveNoMutableStaticState() throws Exception {
        List<String> offenders = new ArrayList<>();
        List<Class<?>> classes = classes();
        assertTrue(classes.size() > 30, "suspiciously few classes: " + classes.size());
        for (Class<?> type : classes) {
            for (Field f : type.getDeclaredFields()) {
                int m = f.getModifiers();
                if (!Modifier.isStatic(m) || f.isSynthetic() || f.getName().equals("$assertionsDisabled")) {
                    continue;
                }
                if (!Modifier.isFinal(m)) {
                    offenders.add(type.getName() + "." + f.getName() + " is not final");
                } else if (Modifier.isPublic(m) && (Map.class.isAssignableFrom(f.getType())
                        || Collection.class.isAssignableFrom(f.getType()) || f.getType().isArray())) {
                    offenders.add(type.getName() + "." + f.getName() + " is a public mutable container");
                }
            }
        }
        assertTrue(offenders.isEmpty(), String.join("\n", offenders));
    }

    private static List<Class<?>> classes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(IntercomConnection.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = root.resolve("dev/switchboard/conversations/intercom");
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = p.getFileName().toString();
                out.add(Class.forName("dev.switchboard.conversations.intercom." + name.substring(0, name.length() - 6), false,
                        IntercomConnection.class.getClassLoader()));
            }
        }
        return out;
    }
}
