package dev.tenken.web;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** How the web tests start a server: on a free port of 127.0.0.1, its database in a folder of its own, built-in checklists only. */
final class LocalServers {
    private LocalServers() {
    }

    /** The options of such a server; {@code token}, when present, guards it. */
    static WebOptions options(Path dataDir, Optional<String> token) {
        return new WebOptions("127.0.0.1", 0, dataDir, Optional.empty(), List.of(), false, token);
    }

    /** Such a server with no token. */
    static WebServer open(Path dataDir) throws Exception {
        return WebServer.start(options(dataDir, Optional.empty()));
    }
}
