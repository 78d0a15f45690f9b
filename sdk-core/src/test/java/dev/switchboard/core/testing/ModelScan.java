package dev.switchboard.core.testing;

import dev.switchboard.core.json.JsonModel;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds every concrete model class ({@link JsonModel} subclass) compiled into the same classes directory or jar as
 * an anchor class, so that a model added later cannot escape the round-trip harness.
 */
public final class ModelScan {
    private ModelScan() {
    }

    /**
     * @param anchor any main class of the module to scan
     * @return the module's concrete, public {@link JsonModel} classes, by name
     */
    public static List<Class<? extends JsonModel>> models(Class<?> anchor) {
        List<Class<? extends JsonModel>> out = new ArrayList<>();
        for (String name : classNames(anchor)) {
            Class<?> c;
            try {
                c = Class.forName(name, false, anchor.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            if (JsonModel.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers()) && Modifier.isPublic(c.getModifiers())) {
                out.add(c.asSubclass(JsonModel.class));
            }
        }
        out.sort(java.util.Comparator.comparing(Class::getName));
        return out;
    }

    private static List<String> classNames(Class<?> anchor) {
        Path root;
        try {
            root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<String> names = new ArrayList<>();
        try {
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                        String rel = root.relativize(f).toString().replace(java.io.File.separatorChar, '.');
                        names.add(rel.substring(0, rel.length() - ".class".length()));
                    });
                }
            } else {
                try (java.util.jar.JarFile jar = new java.util.jar.JarFile(root.toFile())) {
                    jar.stream().map(java.util.jar.JarEntry::getName).filter(n -> n.endsWith(".class"))
                            .forEach(n -> names.add(n.replace('/', '.').substring(0, n.length() - ".class".length())));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the classes of " + root, e);
        }
        names.removeIf(n -> n.endsWith("package-info") || n.endsWith("module-info"));
        return names;
    }
}
