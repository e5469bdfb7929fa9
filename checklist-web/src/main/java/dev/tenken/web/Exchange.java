package dev.tenken.web;

import com.sun.net.httpserver.HttpExchange;
import dev.tenken.checklist.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One request and its answer: bounded body, decoded query and form, cookies. */
final class Exchange {
    /** The largest request body read: the CLI's limit for an answers file (4 MiB). */
    static final int MAX_BODY = 4 * 1024 * 1024;
    /** The most form or query fields read from one request. */
    static final int MAX_FIELDS = 20_000;

    /** A request that cannot be served as sent: answered with {@code status} and {@code message}. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        Refused(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    final HttpExchange http;
    final String method;
    final String path;
    final Map<String, List<String>> query;
    private byte[] body;
    private Map<String, List<String>> form;

    Exchange(HttpExchange http) throws Refused {
        this.http = http;
        this.method = http.getRequestMethod();
        this.path = http.getRequestURI().getRawPath();
        this.query = decode(Optional.ofNullable(http.getRequestURI().getRawQuery()).orElse(""));
    }

    /** The body, read once, refused past {@link #MAX_BODY}. */
    byte[] body() throws Refused {
        if (body == null) {
            String length = http.getRequestHeaders().getFirst("Content-Length");
            if (length != null) {
                try {
                    if (Long.parseLong(length.strip()) > MAX_BODY) {
                        throw new Refused(413, "request body larger than " + MAX_BODY + " bytes");
                    }
                } catch (NumberFormatException e) {
                    throw new Refused(400, "bad Content-Length");
                }
            }
            try (InputStream in = http.getRequestBody()) {
                byte[] b = in.readNBytes(MAX_BODY + 1);
                if (b.length > MAX_BODY) {
                    throw new Refused(413, "request body larger than " + MAX_BODY + " bytes");
                }
                body = b;
            } catch (IOException e) {
                throw new Refused(400, "cannot read the request body: " + e.getMessage());
            }
        }
        return body;
    }

    /** The form fields of a {@code application/x-www-form-urlencoded} POST. */
    Map<String, List<String>> form() throws Refused {
        if (form == null) {
            String type = header("Content-Type").orElse("");
            if (!type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                throw new Refused(415, "expected a form (application/x-www-form-urlencoded)");
            }
            form = decode(new String(body(), StandardCharsets.UTF_8));
        }
        return form;
    }

    String field(String name) throws Refused {
        List<String> v = form().get(name);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }

    List<String> fields(String name) throws Refused {
        return form().getOrDefault(name, List.of());
    }

    Optional<String> param(String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(http.getRequestHeaders().getFirst(name));
    }

    Optional<String> cookie(String name) {
        for (String h : http.getRequestHeaders().getOrDefault("Cookie", List.of())) {
            for (String part : h.split(";")) {
                int eq = part.indexOf('=');
                if (eq > 0 && part.substring(0, eq).strip().equals(name)) {
                    return Optional.of(part.substring(eq + 1).strip());
                }
            }
        }
        return Optional.empty();
    }

    /** The language: {@code ?lang=}, else the cookie, else Japanese. */
    Language language() {
        return param("lang").flatMap(Language::parse)
                .or(() -> cookie("tenken_lang").flatMap(Language::parse)).orElse(Language.JA);
    }

    private static Map<String, List<String>> decode(String raw) throws Refused {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw.isEmpty()) {
            return out;
        }
        int count = 0;
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            if (++count > MAX_FIELDS) {
                throw new Refused(413, "more than " + MAX_FIELDS + " fields");
            }
            int eq = pair.indexOf('=');
            try {
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            } catch (IllegalArgumentException e) {
                throw new Refused(400, "badly encoded field");
            }
        }
        return out;
    }

    void setHeader(String name, String value) {
        http.getResponseHeaders().set(name, value);
    }

    void addHeader(String name, String value) {
        http.getResponseHeaders().add(name, value);
    }

    void send(int status, String contentType, String text) throws IOException {
        send(status, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    void send(int status, String contentType, byte[] bytes) throws IOException {
        setHeader("Content-Type", contentType);
        boolean head = method.equals("HEAD");
        http.sendResponseHeaders(status, head ? -1 : (bytes.length == 0 ? -1 : bytes.length));
        if (!head && bytes.length > 0) {
            try (OutputStream out = http.getResponseBody()) {
                out.write(bytes);
            }
        }
        http.close();
    }

    void redirect(String location) throws IOException {
        setHeader("Location", location);
        http.sendResponseHeaders(303, -1);
        http.close();
    }
}
