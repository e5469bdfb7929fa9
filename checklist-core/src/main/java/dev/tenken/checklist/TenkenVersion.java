package dev.tenken.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of Tenken in use, as the build wrote it: reports carry it ({@code tenken_version})
 * and {@code tenken --version} prints it.
 *
 * @since 0.2
 */
public final class TenkenVersion {
    /** What the build wrote: {@code version}, and {@code jackson}, the Jackson it was built with. */
    private static final Properties BUILD = read();
    private static final String VERSION = BUILD.getProperty("version", "unknown");

    private TenkenVersion() {
    }

    /**
     * The project version, such as {@code 0.1.0-SNAPSHOT}.
     *
     * @return the version, or {@code unknown} when the build did not record it
     */
    public static String current() {
        return VERSION;
    }

    /** The Jackson version Tenken was built with, when the build recorded it. */
    static java.util.Optional<String> jackson() {
        return java.util.Optional.ofNullable(BUILD.getProperty("jackson"));
    }

    private static Properties read() {
        Properties p = new Properties();
        try (InputStream in = TenkenVersion.class.getResourceAsStream("tenken-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // left empty: the version reads as unknown
        }
        return p;
    }
}
