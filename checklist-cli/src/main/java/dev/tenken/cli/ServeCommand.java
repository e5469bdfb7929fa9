package dev.tenken.cli;

import dev.tenken.checklist.Problem;
import dev.tenken.web.WebOptions;
import dev.tenken.web.WebServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tenken serve}: the web questionnaire, history and HTTP API on this machine. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Start the web questionnaire and HTTP API (stop it with Ctrl+C).")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}). Any other than this machine's needs --token.")
    String host;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "tenken-data",
            description = "Folder of the embedded H2 database (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC-URL",
            description = "Use this database instead, e.g. jdbc:postgresql://db.example/tenken?user=tenken&password=...")
    String jdbcUrl;

    @Option(names = "--checklist-dir", paramLabel = "DIR", description = "Also load every checklist file in DIR (repeatable).")
    List<Path> checklistDirs = new ArrayList<>();

    @Option(names = "--trust-rules", description = "Compile the Drools rule files that checklists name under 'rules:'. "
            + "Rules are code: trust only checklists you would run as a program.")
    boolean trustRules;

    @Option(names = "--token", paramLabel = "TOKEN|auto",
            description = "Require this access token (16+ characters of A-Z a-z 0-9 . _ ~ -); 'auto' makes one. "
                    + "Required with a --host other than this machine.")
    String token;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> t = Optional.ofNullable(token).map(v -> v.equals("auto") ? WebServer.newToken() : v);
        WebOptions options;
        try {
            options = new WebOptions(host, port, data, Optional.ofNullable(jdbcUrl), checklistDirs, trustRules, t);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage());
        }
        WebServer server;
        try {
            server = WebServer.start(options);
        } catch (WebServer.StartException e) {
            for (Problem p : e.problems()) {
                err.println(p);
            }
            throw new Main.UsageException(e.getMessage());
        }
        out.println("tenken serve: open " + server.loginAddress());
        server.token().ifPresent(tok -> out.println("tenken serve: API token (send as 'Authorization: Bearer TOKEN'): " + tok));
        out.println("tenken serve: database " + server.database() + "; stop with Ctrl+C");
        out.flush();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stop.countDown();
        }, "tenken-serve-stop"));
        stop.await();
        return Main.OK;
    }
}
