package dev.tenken.web;

import com.sun.net.httpserver.HttpServer;
import dev.tenken.checklist.Problem;
import dev.tenken.checklist.TenkenException;
import dev.tenken.engine.TenkenEngine;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The running web application ({@code tenken serve}): the questionnaire pages, history and
 * diffs, and the HTTP API, over the library's engine and a JDBC database.
 *
 * <p>Served by the JDK's own HTTP server ({@code jdk.httpserver}): no framework to load, so it
 * answers within a second of starting. Every response carries a Content-Security-Policy that
 * allows only this server's own script and style files.
 *
 * @since 0.2
 */
public final class WebServer implements AutoCloseable {
    /**
     * Threads that serve requests. The JDK's server reads a request's headers on these threads, so
     * a client that sends slowly holds one until {@code maxReqTime} (see {@link #serverSettings()})
     * closes its connection: enough of them that a few slow clients do not lock everyone out.
     */
    private static final int THREADS = 64;

    private final HttpServer http;
    private final ExecutorService pool;
    private final Store store;
    private final Optional<String> token;
    private final String address;

    private WebServer(HttpServer http, ExecutorService pool, Store store, Optional<String> token, String address) {
        this.http = http;
        this.pool = pool;
        this.store = store;
        this.token = token;
        this.address = address;
    }

    /**
     * The JDK's server reads its settings from system properties once, when its classes load; these
     * are set before the first server is made, unless the operator set them. Nagle's algorithm off:
     * otherwise a response sent in two writes waits for the client's delayed ACK, about 40-50 ms a
     * request (measured: 19 requests/s on one connection, 140 with it off). Time limits: without them
     * a client that sends its request slowly, or never finishes it, holds a thread forever.
     */
    private static void serverSettings() {
        setting("sun.net.httpserver.nodelay", "true");
        setting("sun.net.httpserver.maxReqTime", "20");     // seconds to receive a request, headers and body
        setting("sun.net.httpserver.maxRspTime", "120");    // seconds to send a response
        setting("sun.net.httpserver.idleInterval", "30");   // seconds an idle kept-alive connection stays open
        setting("sun.net.httpserver.maxReqHeaders", "100");
    }

    private static void setting(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }

    /** A new random access token (32 URL-safe characters). */
    public static String newToken() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Whether {@code host} names only loopback addresses (127.0.0.0/8, ::1, localhost). */
    public static boolean isLoopback(String host) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Opens the database (creating or upgrading its schema), loads the checklists and starts
     * serving.
     *
     * @throws StartException with a plain message when it cannot start: a non-loopback address without
     *                        a token, a database it cannot open, a port in use, bad checklists
     */
    public static WebServer start(WebOptions options) throws StartException {
        if (!isLoopback(options.host()) && options.token().isEmpty()) {
            throw new StartException("refusing to listen on " + options.host() + " without an access token: "
                    + "other machines could reach it. Give --token VALUE (or --token auto to have one made and printed), "
                    + "or listen on 127.0.0.1.", List.of());
        }
        String url = options.jdbcUrl().orElseGet(() -> "jdbc:h2:file:"
                + options.dataDir().toAbsolutePath().resolve("tenken").toString().replace('\\', '/'));
        if (options.jdbcUrl().isEmpty()) {
            try {
                Files.createDirectories(options.dataDir());
            } catch (IOException e) {
                throw new StartException("cannot create the data folder " + options.dataDir() + ": " + e.getMessage(), List.of());
            }
        }
        // the database opens (and migrates) on another thread while the checklists load: both take a while
        CompletableFuture<Store> opening = CompletableFuture.supplyAsync(() -> {
            try {
                return Store.open(url, THREADS);
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        });
        TenkenEngine engine;
        try {
            TenkenEngine.Builder b = TenkenEngine.builder().withBuiltInChecklists().trustRules(options.trustRules())
                    .compileOnFirstUse();
            options.checklistDirs().forEach(b::withChecklistDirectory);
            engine = b.build();
        } catch (TenkenException e) {
            opening.thenAccept(Store::close);
            throw new StartException("the checklists could not be loaded", e.problems());
        }
        Store store;
        try {
            store = opening.join();
        } catch (CompletionException e) {
            Throwable c = e.getCause();
            throw new StartException("cannot open the database " + redact(url) + ": " + firstLine(String.valueOf(c.getMessage()))
                    + (url.startsWith("jdbc:h2:") ? " (is another tenken serve using this data folder?)" : ""), List.of());
        }
        serverSettings();
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getByName(options.host()), options.port()), 64);
        } catch (IOException e) {
            store.close();
            throw new StartException("cannot listen on " + options.host() + ":" + options.port() + ": " + e.getMessage(), List.of());
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "tenken-web");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(pool);
        InetSocketAddress bound = http.getAddress();
        String host = bound.getAddress() instanceof java.net.Inet6Address ? "[" + options.host() + "]" : options.host();
        String address = "http://" + host + ":" + bound.getPort() + "/";
        WebServer server = new WebServer(http, pool, store, options.token(), address);
        Routes routes = new Routes(engine, store, options.token(), options.host(), bound.getPort());
        http.createContext("/", routes::handle);
        http.start();
        // compile each checklist's rules now, in the background, so that the first person to
        // assess does not wait for it
        Thread warm = new Thread(() -> {
            for (dev.tenken.checklist.Checklist c : engine.checklists()) {
                try {
                    engine.evaluate(dev.tenken.checklist.SelfAssessment.builder(c.id()).build());
                } catch (TenkenException | RuntimeException e) {
                    // the first assessment of this checklist reports it
                }
            }
        }, "tenken-warm-up");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
        return server;
    }

    /** The address to open, such as {@code http://127.0.0.1:8080/}. */
    public String address() {
        return address;
    }

    /** The port it listens on. */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The access token, when one is required. */
    public Optional<String> token() {
        return token;
    }

    /** The address to open in a browser: with the token, when one is required. */
    public String loginAddress() {
        return token.map(t -> address + "login?token=" + t).orElse(address);
    }

    /** The JDBC URL of the database, without any password. */
    public String database() {
        return redact(store.url());
    }

    /** Stops serving and closes the database. */
    @Override
    public void close() {
        http.stop(0);
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
    }

    static boolean sameSecret(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//[^/@]*@", "//***@");
    }

    private static String firstLine(String s) {
        String t = String.valueOf(s);
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    /** Why the application could not start, in words for the person who started it. */
    public static final class StartException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<Problem> problems;

        StartException(String message, List<Problem> problems) {
            super(message, null, false, false);
            this.problems = List.copyOf(problems);
        }

        /** The located problems, when checklists could not be loaded. */
        public List<Problem> problems() {
            return problems;
        }
    }
}
