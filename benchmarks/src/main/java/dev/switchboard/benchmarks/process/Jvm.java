package dev.switchboard.benchmarks.process;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/** Command lines of child JVMs: the same {@code java} as this JVM, this JVM's class path. */
public final class Jvm {
    private Jvm() {
    }

    /** @return the {@code java} executable running this JVM */
    public static String java() {
        return ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    }

    /**
     * @param jvmOptions options such as {@code -Xmx64m}
     * @param mainClass the class to run, on this JVM's class path
     * @param args its arguments
     * @return the command line
     */
    public static List<String> command(List<String> jvmOptions, Class<?> mainClass, String... args) {
        List<String> c = new ArrayList<>();
        c.add(java());
        c.addAll(jvmOptions);
        c.add("-cp");
        c.add(System.getProperty("java.class.path"));
        c.add(mainClass.getName());
        c.addAll(List.of(args));
        return c;
    }
}
