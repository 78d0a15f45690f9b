package dev.switchboard.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The artifact version, from a resource written by the build, so the User-Agent never drifts from the release. */
final class SdkVersion {
    static final String VERSION = load();

    private SdkVersion() {
    }

    private static String load() {
        try (InputStream in = SdkVersion.class.getResourceAsStream("/dev/switchboard/core/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String userAgent(String suffix) {
        String base = "switchboard-java/" + VERSION;
        return suffix == null || suffix.isBlank() ? base : base + " " + suffix;
    }
}
