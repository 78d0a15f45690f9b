package dev.switchboard.examples.cli;

import dev.switchboard.core.spi.Transport;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK version {@code switchboard --version} shows: that of the sdk-core artifact on the class path. */
final class CliVersion {
    private CliVersion() {
    }

    /**
     * @return the {@code Implementation-Version} of sdk-core's jar manifest, else the version sdk-core's build wrote
     *     into its resources, else {@code dev}
     */
    static String get() {
        String v = Transport.class.getPackage().getImplementationVersion();
        if (usable(v)) {
            return v;
        }
        try (InputStream in = Transport.class.getResourceAsStream("/dev/switchboard/core/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                v = p.getProperty("version");
                if (usable(v)) {
                    return v.strip();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // fall through to "dev"
        }
        return "dev";
    }

    private static boolean usable(String v) {
        return v != null && !v.isBlank() && !v.contains("${");
    }
}
