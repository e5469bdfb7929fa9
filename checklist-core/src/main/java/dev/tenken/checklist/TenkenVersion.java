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
    private static final String VERSION = read();

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

    private static String read() {
        try (InputStream in = TenkenVersion.class.getResourceAsStream("tenken-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
