package dev.tenken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Loads the sample's HTML report in headless Chromium through Debian's chromedriver (the W3C
 * WebDriver protocol over HTTP, plus chromedriver's CDP passthrough) and checks the layout
 * itself: at the printed width of an A4 page with print styles, nothing overflows its box or
 * sticks out of the page, and the printed PDF has few pages. Skipped only when Chromium or
 * chromedriver is not installed.
 */
class PrintLayoutTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** A4 (210 mm) less the report's 12 mm page margins each side, in CSS pixels (96 per inch). */
    static final int PRINT_WIDTH = (int) Math.floor((210 - 2 * 12) / 25.4 * 96);
    /** The sample prints on at most this many A4 pages. */
    static final int MAX_PAGES = 7;

    static Process driver;
    static String base;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void startDriver(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs /usr/bin/chromium and /usr/bin/chromedriver");
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
                if (get("/status").contains("\"ready\":true")) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            assertTrue(System.nanoTime() < deadline, "chromedriver started");
            Thread.sleep(100);
        }
    }

    @AfterAll
    static void stopDriver() throws Exception {
        if (driver != null) {
            driver.destroy();
            driver.waitFor();
        }
    }

    /** Finds what overflows: cells whose content is wider than they are, text outside its cell, anything past the page edge. */
    static final String LAYOUT_PROBLEMS = """
            const W = document.documentElement.clientWidth, out = [];
            const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                + ' "' + (e.textContent || '').trim().slice(0, 40) + '"';
            if (document.documentElement.scrollWidth > W) out.push('page wider than the paper: ' + document.documentElement.scrollWidth + ' > ' + W);
            for (const e of document.querySelectorAll('body *')) {
              const r = e.getBoundingClientRect();
              if (r.width === 0 && r.height === 0) continue;
              if (r.right > W + 0.5 || r.left < -0.5) out.push('past the page edge: ' + name(e) + ' ' + r.left + '..' + r.right + ' of ' + W);
              if (e.matches('td, th, p, li, h1, h2, .clabel, .cval, .said') && e.scrollWidth > e.clientWidth + 1)
                out.push('content wider than its box: ' + name(e) + ' ' + e.scrollWidth + ' > ' + e.clientWidth);
            }
            for (const e of document.querySelectorAll('td *, th *')) {
              const cell = e.closest('td, th').getBoundingClientRect(), r = e.getBoundingClientRect();
              if (r.width > 0 && (r.right > cell.right + 0.5 || r.left < cell.left - 0.5)) out.push('sticks out of its cell: ' + name(e));
            }
            const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (texts.nextNode()) {
              const t = texts.currentNode;
              if (!t.textContent.trim()) continue;
              const box = t.parentElement.closest('td, th, .clabel, .cval, li, p, h1, h2');
              if (!box) continue;
              const b = box.getBoundingClientRect(), range = document.createRange();
              range.selectNodeContents(t);
              for (const q of range.getClientRects()) {
                if (q.right > b.right + 0.5 || q.left < b.left - 0.5) { out.push('text wider than its box: ' + name(box) + ' "' + t.textContent.trim().slice(0, 30) + '"'); break; }
              }
            }
            for (const t of document.querySelectorAll('svg text')) {
              const c = t.ownerSVGElement.getBoundingClientRect(), q = t.getBoundingClientRect();
              if (q.left < c.left - 0.5 || q.right > c.right + 0.5 || q.top < c.top - 0.5 || q.bottom > c.bottom + 0.5)
                out.push('chart text cut: ' + t.textContent);
            }
            return JSON.stringify(out);
            """;

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void nothingOverflowsAtA4PrintWidthAndThePrintoutIsShort(String lang, @TempDir Path dir) throws Exception {
        Path html = dir.resolve("report-" + lang + ".html");
        int code = Main.run(new String[] {"assess", CliTest.SAMPLE.toString(), "--format", "html", "--lang", lang,
                "--output", html.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertEquals(Main.SHORTFALL, code);
        String session = newSession(dir.resolve("profile"));
        try {
            String s = "/session/" + session;
            cdp(s, "Emulation.setDeviceMetricsOverride",
                    "{\"width\":" + PRINT_WIDTH + ",\"height\":1000,\"deviceScaleFactor\":1,\"mobile\":false}");
            cdp(s, "Emulation.setEmulatedMedia", "{\"media\":\"print\"}");
            post(s + "/url", "{\"url\":" + quote(html.toUri().toString()) + "}");
            String width = value(post(s + "/execute/sync", "{\"script\":\"return String(document.documentElement.clientWidth)\",\"args\":[]}"));
            assertEquals(String.valueOf(PRINT_WIDTH), width, "viewport at the printed width");
            String problems = value(post(s + "/execute/sync", "{\"script\":" + quote(LAYOUT_PROBLEMS) + ",\"args\":[]}"));
            assertEquals("[]", problems, lang + ": layout problems at " + PRINT_WIDTH + " px, print media");

            cdp(s, "Emulation.clearDeviceMetricsOverride", "{}");
            cdp(s, "Emulation.setEmulatedMedia", "{\"media\":\"\"}");
            String pdf = field(post(s + "/goog/cdp/execute", "{\"cmd\":\"Page.printToPDF\",\"params\":"
                    + "{\"preferCSSPageSize\":true,\"printBackground\":true,\"displayHeaderFooter\":false}}"), "data");
            byte[] bytes = Base64.getDecoder().decode(pdf);
            Files.write(dir.resolve("report-" + lang + ".pdf"), bytes);
            int pages = pages(bytes);
            assertTrue(pages >= 2 && pages <= MAX_PAGES, lang + ": printed on " + pages + " A4 pages, at most " + MAX_PAGES);
        } finally {
            HTTP.send(HttpRequest.newBuilder(URI.create(base + "/session/" + session)).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    /** The probe sees what a reader would: a badge run into an id, a header spilling over, chart text cut, a table past the edge. */
    @org.junit.jupiter.api.Test
    void theProbeFindsOverflowsWhenThereAreSome(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("broken.html");
        Files.writeString(html, """
                <!DOCTYPE html><html><head><meta charset="utf-8"><style>body{margin:0}td,th{border:1px solid #999}</style></head><body>
                <table style="table-layout:fixed;width:300px"><tr><th style="width:30px">Severity</th><th>Item</th></tr>
                <tr><td style="width:30px;white-space:nowrap"><span>medium</span></td><td>TA-04</td></tr></table>
                <svg width="100" height="20" viewBox="0 0 100 20"><text x="60" y="15" font-size="13">Protecting traffic and data</text></svg>
                <table style="width:2000px"><tr><td>wide</td></tr></table>
                </body></html>
                """);
        String session = newSession(dir.resolve("profile"));
        try {
            String s = "/session/" + session;
            cdp(s, "Emulation.setDeviceMetricsOverride", "{\"width\":" + PRINT_WIDTH + ",\"height\":800,\"deviceScaleFactor\":1,\"mobile\":false}");
            post(s + "/url", "{\"url\":" + quote(html.toUri().toString()) + "}");
            String problems = value(post(s + "/execute/sync", "{\"script\":" + quote(LAYOUT_PROBLEMS) + ",\"args\":[]}"));
            for (String kind : List.of("content wider than its box: th", "text wider than its box: td", "sticks out of its cell: span",
                    "chart text cut", "past the page edge: table", "page wider than the paper")) {
                assertTrue(problems.contains(kind), kind + " in " + problems);
            }
        } finally {
            HTTP.send(HttpRequest.newBuilder(URI.create(base + "/session/" + session)).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Pages in a PDF: its page objects ({@code /Type /Page}, not {@code /Pages}). */
    static int pages(byte[] pdf) {
        Matcher m = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static String newSession(Path profile) throws Exception {
        List<String> args = new ArrayList<>(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--user-data-dir=" + profile));
        StringBuilder a = new StringBuilder();
        for (String x : args) {
            a.append(a.length() == 0 ? "" : ",").append(quote(x));
        }
        String body = "{\"capabilities\":{\"alwaysMatch\":{\"browserName\":\"chrome\",\"goog:chromeOptions\":{\"binary\":"
                + quote(CHROMIUM.toString()) + ",\"args\":[" + a + "]}}}}";
        return field(post("/session", body), "sessionId");
    }

    static void cdp(String session, String cmd, String params) throws Exception {
        post(session + "/goog/cdp/execute", "{\"cmd\":" + quote(cmd) + ",\"params\":" + params + "}");
    }

    static String get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    static String post(String path, String json) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), () -> path + ": " + r.body());
        return r.body();
    }

    /** The string {@code "value"} of a WebDriver answer. */
    static String value(String json) throws IOException {
        return field(json, "value");
    }

    /** The first string field called {@code name}, at any depth. */
    static String field(String json, String name) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME && p.currentName().equals(name) && p.nextToken() == JsonToken.VALUE_STRING) {
                    return p.getText();
                }
            }
        }
        throw new AssertionError("no string '" + name + "' in " + (json.length() > 500 ? json.substring(0, 500) : json));
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
