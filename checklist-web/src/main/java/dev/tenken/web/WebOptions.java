package dev.tenken.web;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to start the web application.
 *
 * @param host          the address to bind; a loopback address unless a token is given
 * @param port          the port; 0 picks a free one
 * @param dataDir       the folder of the embedded database (created if missing)
 * @param jdbcUrl       a JDBC URL to use instead of the embedded database (PostgreSQL for a shared installation)
 * @param checklistDirs more checklist folders, as {@code --checklist-dir}
 * @param trustRules    compile the Drools rule files checklists name (rules are code)
 * @param token         the access token; required when {@code host} is not a loopback address.
 *                      Empty on loopback means no token is needed
 * @since 0.2
 */
public record WebOptions(String host, int port, Path dataDir, Optional<String> jdbcUrl, List<Path> checklistDirs,
                         boolean trustRules, Optional<String> token) {
    /** Checks the values. */
    public WebOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        checklistDirs = List.copyOf(checklistDirs);
        Objects.requireNonNull(token, "token");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
        }
        token.ifPresent(t -> {
            if (t.length() < 16 || !t.matches("[A-Za-z0-9._~-]+")) {
                throw new IllegalArgumentException("the token must be at least 16 characters of A-Z a-z 0-9 . _ ~ -");
            }
        });
    }

    /** Loopback, port 8080, data in {@code ./tenken-data}, built-in checklists, no token. */
    public static WebOptions defaults() {
        return new WebOptions("127.0.0.1", 8080, Path.of("tenken-data"), Optional.empty(), List.of(), false, Optional.empty());
    }
}
