package dev.tenken.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a hostile client or web page can try against a running server: names, slowness, spoofed text. */
class HostileClientsTest {
    @TempDir
    static Path data;
    static WebServer open;
    static WebServer guarded;

    @BeforeAll
    static void start() throws Exception {
        open = LocalServers.open(data.resolve("open"));
        guarded = WebServer.start(LocalServers.options(data.resolve("guarded"),
                Optional.of("a-long-enough-test-token-0123456789")));
    }

    @AfterAll
    static void stop() {
        for (WebServer s : new WebServer[] {open, guarded}) {
            if (s != null) {
                s.close();
            }
        }
    }

    private static int port(WebServer s) {
        return URI.create(s.address()).getPort();
    }

    /** Sends a raw request (so that any Host header can be given) and returns the status line. */
    private static String statusLine(WebServer s, String host, String... headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port(s))) {
            socket.setSoTimeout(60_000);
            StringBuilder req = new StringBuilder("GET /api/checklists HTTP/1.1\r\nHost: " + host + "\r\n");
            for (String h : headers) {
                req.append(h).append("\r\n");
            }
            req.append("Connection: close\r\n\r\n");
            socket.getOutputStream().write(req.toString().getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString();
        }
    }

    @Test
    void withoutATokenOnlyThisMachinesNamesAreAnswered() throws Exception {
        int port = port(open);
        assertTrue(statusLine(open, "127.0.0.1:" + port).contains(" 200"));
        assertTrue(statusLine(open, "localhost:" + port).contains(" 200"));
        // a page on evil.example whose name was rebound to 127.0.0.1 sends its own name
        assertTrue(statusLine(open, "evil.example:" + port).contains(" 421"), "DNS rebinding must be refused");
        assertTrue(statusLine(open, "127.0.0.1:" + (port + 1)).contains(" 421"));
        assertTrue(statusLine(open, "").contains(" 421"));
    }

    @Test
    void withATokenAnyNameIsAnsweredButOnlyWithTheToken() throws Exception {
        assertTrue(statusLine(guarded, "tenken.example.org").contains(" 401"));
        assertTrue(statusLine(guarded, "tenken.example.org", "Authorization: Bearer a-long-enough-test-token-0123456789")
                .contains(" 200"));
    }

    @Test
    void clientsThatNeverFinishTheirRequestDoNotLockOthersOut() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 24; i++) {
                Socket s = new Socket("127.0.0.1", port(open));
                OutputStream out = s.getOutputStream();
                out.write(("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port(open) + "\r\nX-Slow: ").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.add(s);
            }
            assertTrue(statusLine(open, "127.0.0.1:" + port(open)).contains(" 200"), "a normal request is still answered");
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void bidiOverridesInNamesAreShownNotObeyed() throws Exception {
        Client client = new Client(open.address());
        String name = "Right\u202eLeft\u2066Iso\u0007Bell";
        String doc = "{\"checklist\": \"wifi-user\", \"organisation\": {\"name\": \"" + name.replace("\u0007", "\\u0007")
                + "\"}, \"answers\": {}}";
        assertEquals(201 / 100, client.postJson("/api/assess?store=true", doc).statusCode() / 100);
        for (String page : List.of("/", "/history")) {
            String html = client.get(page).body();
            assertTrue(html.contains("Right\\u202eLeft\\u2066Iso\\u0007Bell"), page + " should show the controls as escapes");
            assertFalse(html.contains("\u202e") || html.contains("\u2066") || html.contains("\u0007"), page + " holds a raw control");
        }
    }
}
