package dev.tenken.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

/**
 * Headless Chromium driven through Debian's chromedriver over the W3C WebDriver protocol (plain
 * HTTP and JSON, as checklist-cli's PrintLayoutTest does): no browser download, no driver library.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Process driver;
    private final String base;
    private final String session;

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    Browser(Path dir) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port).redirectErrorStream(true)
                .redirectOutput(dir.resolve("chromedriver.log").toFile()).start();
        base = "http://127.0.0.1:" + port;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                if (send("GET", "/status", null).path("value").path("ready").asBoolean()) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("chromedriver did not start");
            }
            Thread.sleep(100);
        }
        ObjectNode caps = Answers.JSON.createObjectNode();
        ObjectNode opts = caps.putObject("capabilities").putObject("alwaysMatch").put("browserName", "chrome")
                .putObject("goog:chromeOptions").put("binary", CHROMIUM.toString());
        ArrayNode args = opts.putArray("args");
        for (String a : new String[] {"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--window-size=1200,900", "--user-data-dir=" + dir.resolve("profile")}) {
            args.add(a);
        }
        session = "/session/" + send("POST", "/session", caps).path("value").path("sessionId").asText();
    }

    private JsonNode send(String method, String path, JsonNode body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode n = Answers.JSON.readTree(r.body());
        if (r.statusCode() != 200) {
            throw new AssertionError(method + " " + path + ": " + n.path("value").path("message").asText(r.body()));
        }
        return n;
    }

    private JsonNode cmd(String method, String path, JsonNode body) throws Exception {
        return send(method, session + path, body).path("value");
    }

    void open(String url) throws Exception {
        cmd("POST", "/url", Answers.JSON.createObjectNode().put("url", url));
    }

    String url() throws Exception {
        return cmd("GET", "/url", null).asText();
    }

    /** The element matching a CSS selector (fails when there is none). */
    String find(String css) throws Exception {
        JsonNode v = cmd("POST", "/element", Answers.JSON.createObjectNode().put("using", "css selector").put("value", css));
        String id = v.path(ELEMENT).asText(v.path("ELEMENT").asText(""));
        if (id.isEmpty()) {
            throw new AssertionError("no element id for " + css + " in " + v);
        }
        return id;
    }

    void click(String css) throws Exception {
        cmd("POST", "/element/" + find(css) + "/click", Answers.JSON.createObjectNode());
    }

    /** Clicks something that loads another page, and waits until the new page has loaded. */
    void clickAndLoad(String css) throws Exception {
        js("window.__tenkenOldPage = true; return 1;");
        click(css);
        waitFor("!window.__tenkenOldPage && document.readyState === 'complete'", "the page after clicking " + css);
    }

    void type(String css, String text) throws Exception {
        cmd("POST", "/element/" + find(css) + "/value", Answers.JSON.createObjectNode().put("text", text));
    }

    /** Runs a script in the page ({@code return ...}) and gives its value. */
    JsonNode js(String script) throws Exception {
        ObjectNode b = Answers.JSON.createObjectNode().put("script", script);
        b.putArray("args");
        return cmd("POST", "/execute/sync", b);
    }

    /** Waits until the script returns true. */
    void waitFor(String script, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!js("return !!(" + script + ");").asBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    /** A PNG of the page beyond the window, at most 2,400 pixels of it from the top. */
    void screenshot(Path file) throws Exception {
        int height = Math.min(2400, js("return document.documentElement.scrollHeight;").asInt());
        ObjectNode b = Answers.JSON.createObjectNode().put("cmd", "Page.captureScreenshot");
        b.putObject("params").put("format", "png").put("captureBeyondViewport", true).putObject("clip").put("x", 0).put("y", 0)
                .put("width", 1200).put("height", height).put("scale", 1);
        String data = cmd("POST", "/goog/cdp/execute", b).path("data").asText();
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(data));
    }

    @Override
    public void close() throws IOException {
        try {
            send("DELETE", session, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            driver.destroy();
            try {
                driver.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
