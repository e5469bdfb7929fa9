package dev.tenken.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.Problem;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.TenkenException;
import dev.tenken.checklist.report.Applicability;
import dev.tenken.checklist.report.AssessmentReport;
import dev.tenken.checklist.report.Evaluation;
import dev.tenken.engine.TenkenEngine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dispatches requests: security checks first, then the API or a page. */
final class Routes {
    /** Pages and API answers: nothing but this server's own files, no inline script or style. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    /** The library's HTML report keeps its styles inside the page (so that it prints as one file); no script at all. */
    static final String REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private static final Pattern ASSESSMENT = Pattern.compile("/(api/)?assessments/([0-9]{1,18})(/[a-z.]+)?");

    final TenkenEngine engine;
    final Store store;
    final Optional<String> token;
    final Pages pages;

    /** The Host header values a request may carry when no token is set (see {@link #checkHost}). */
    private final java.util.Set<String> loopbackHosts;

    Routes(TenkenEngine engine, Store store, Optional<String> token, String boundHost, int port) {
        String bound = boundHost.toLowerCase(java.util.Locale.ROOT);
        List<String> names = List.of("127.0.0.1", "localhost", "[::1]", bound.contains(":") ? "[" + bound + "]" : bound);
        List<String> hosts = new ArrayList<>();
        for (String n : names) {
            hosts.add(n + ":" + port);
            if (port == 80) {
                hosts.add(n); // the default port may be left out
            }
        }
        this.loopbackHosts = java.util.Set.copyOf(hosts);
        this.engine = engine;
        this.store = store;
        this.token = token;
        this.pages = new Pages(this);
    }

    void handle(HttpExchange h) {
        Exchange x = null;
        try {
            x = new Exchange(h);
            headers(x);
            route(x);
        } catch (Exchange.Refused r) {
            refuse(x, h, r.status, r.getMessage());
        } catch (Store.Conflict c) {
            refuse(x, h, 409, "conflict");
        } catch (SQLException e) {
            refuse(x, h, 503, "the database failed: " + e.getMessage());
        } catch (IOException e) {
            h.close(); // the client went away
        } catch (RuntimeException e) {
            refuse(x, h, 500, "unexpected error: " + e.getClass().getSimpleName());
        }
    }

    private void refuse(Exchange x, HttpExchange h, int status, String message) {
        try {
            if (x == null) {
                h.getResponseHeaders().set("Content-Security-Policy", CSP);
                byte[] b = message.getBytes(StandardCharsets.UTF_8);
                h.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                h.sendResponseHeaders(status, b.length);
                h.getResponseBody().write(b);
                h.close();
            } else if (status == 413) {
                // the rest of the body is not read: the connection closes after the answer
                x.setHeader("Connection", "close");
                x.send(status, "application/json; charset=utf-8", "{\"status\": 413, \"message\": \"" + message + "\"}\n");
            } else if (x.path.startsWith("/api/")) {
                ObjectNode o = Answers.JSON.createObjectNode();
                o.put("status", status);
                o.put("message", message);
                x.send(status, "application/json; charset=utf-8", o.toString());
            } else {
                pages.message(x, status, Ui.BAD_REQUEST, message);
            }
        } catch (IOException | RuntimeException e) {
            h.close();
        }
    }

    private static void headers(Exchange x) {
        x.setHeader("Content-Security-Policy", CSP);
        x.setHeader("X-Content-Type-Options", "nosniff");
        x.setHeader("Referrer-Policy", "no-referrer");
        x.setHeader("X-Frame-Options", "DENY");
        x.setHeader("Cache-Control", "no-store");
    }

    private void route(Exchange x) throws Exchange.Refused, IOException, SQLException, Store.Conflict {
        checkHost(x);
        String p = x.path;
        boolean get = x.method.equals("GET") || x.method.equals("HEAD");
        boolean post = x.method.equals("POST");
        if (!get && !post) {
            throw new Exchange.Refused(405, "method " + x.method + " not allowed");
        }
        if (get && (p.equals("/static/app.js") || p.equals("/static/app.css"))) {
            staticFile(x, p.substring("/static/".length()));
            return;
        }
        if (get && p.equals("/login")) {
            login(x);
            return;
        }
        if (!authorised(x)) {
            if (p.startsWith("/api/")) {
                x.setHeader("WWW-Authenticate", "Bearer");
                throw new Exchange.Refused(401, "an access token is needed: send 'Authorization: Bearer TOKEN'");
            }
            pages.message(x, 401, Ui.BAD_REQUEST, Ui.NEED_TOKEN.in(x.language()));
            return;
        }
        if (post) {
            checkOrigin(x);
        }
        if (p.startsWith("/api/")) {
            api(x, get, post);
            return;
        }
        if (x.param("lang").flatMap(Language::parse).isPresent()) {
            x.addHeader("Set-Cookie", "tenken_lang=" + x.language().code() + "; Path=/; SameSite=Strict; Max-Age=31536000");
        }
        if (post) {
            pages.checkCsrf(x);
        }
        Matcher m = ASSESSMENT.matcher(p);
        if (get && p.equals("/")) {
            pages.home(x, Optional.empty());
        } else if (post && p.equals("/assessments")) {
            pages.create(x);
        } else if (get && p.equals("/history")) {
            pages.history(x);
        } else if (get && p.equals("/diff")) {
            pages.diff(x);
        } else if (m.matches() && m.group(1) == null) {
            long id = Long.parseLong(m.group(2));
            String rest = m.group(3) == null ? "" : m.group(3);
            Store.Row row = store.find(id).orElseThrow(() -> new Exchange.Refused(404, Ui.NOT_FOUND.in(x.language())));
            switch (rest) {
                case "" -> requireGet(get, () -> pages.results(x, row));
                case "/edit" -> {
                    if (get) {
                        pages.edit(x, row, List.of(), x.param("saved").map(v -> Ui.SAVED.in(x.language())));
                    } else {
                        pages.save(x, row);
                    }
                }
                case "/report" -> requireGet(get, () -> {
                    Graded g = grade(row, x.language());
                    if (g.report().isPresent()) {
                        x.setHeader("Content-Security-Policy", REPORT_CSP);
                        x.send(200, "text/html; charset=utf-8", g.report().get().toHtml());
                    } else {
                        pages.results(x, row);
                    }
                });
                default -> throw new Exchange.Refused(404, Ui.NOT_FOUND.in(x.language()));
            }
        } else {
            throw new Exchange.Refused(404, Ui.NOT_FOUND.in(x.language()));
        }
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exchange.Refused, IOException, SQLException, Store.Conflict;
    }

    private static void requireGet(boolean get, Action a) throws Exchange.Refused, IOException, SQLException, Store.Conflict {
        if (!get) {
            throw new Exchange.Refused(405, "only GET here");
        }
        a.run();
    }

    // ---------------------------------------------------------------- security

    private boolean authorised(Exchange x) {
        if (token.isEmpty()) {
            return true;
        }
        String t = token.get();
        Optional<String> given = x.header("Authorization").filter(a -> a.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(a -> a.substring(7).strip())
                .or(() -> x.header("X-Tenken-Token"))
                .or(() -> x.cookie("tenken_token"));
        return given.isPresent() && WebServer.sameSecret(given.get(), t);
    }

    private void login(Exchange x) throws IOException {
        Optional<String> given = x.param("token");
        if (token.isEmpty() || given.isPresent() && WebServer.sameSecret(given.get(), token.get())) {
            token.ifPresent(t -> x.addHeader("Set-Cookie", "tenken_token=" + t + "; Path=/; HttpOnly; SameSite=Strict"));
            x.redirect("/");
        } else {
            pages.message(x, 401, Ui.BAD_REQUEST, Ui.NEED_TOKEN.in(x.language()));
        }
    }

    /**
     * Without a token, only this machine may connect, and the Host header must name this machine:
     * otherwise a web page on another site whose name was made to resolve to 127.0.0.1 (DNS
     * rebinding) could read and write the answers through the visitor's browser, since its requests
     * would be same-origin to the browser. With a token, the server is meant to be reached by any
     * name, and the token (never sent to another site's origin) guards it.
     */
    private void checkHost(Exchange x) throws Exchange.Refused {
        if (token.isPresent()) {
            return;
        }
        String host = x.header("Host").orElse("").toLowerCase(java.util.Locale.ROOT);
        if (!loopbackHosts.contains(host)) {
            throw new Exchange.Refused(421, "this server answers only to this machine's own address (127.0.0.1 or localhost)"
                    + " without a token; start it with --token to reach it by another name");
        }
    }

    /**
     * A POST whose Origin (when the browser sends one) is another site is refused. "null" passes:
     * under this server's {@code Referrer-Policy: no-referrer} a browser sends it for its own form
     * posts, which the CSRF token guards; an API call from another site's script needs a CORS
     * preflight for its JSON body, which this server never grants.
     */
    private static void checkOrigin(Exchange x) throws Exchange.Refused {
        Optional<String> origin = x.header("Origin");
        if (origin.isPresent() && !origin.get().equals("null")) {
            String host = x.header("Host").orElse("");
            String o = origin.get().replaceFirst("^https?://", "");
            if (!o.equalsIgnoreCase(host)) {
                throw new Exchange.Refused(403, "cross-site request refused");
            }
        }
    }

    private void staticFile(Exchange x, String name) throws IOException {
        try (InputStream in = Routes.class.getResourceAsStream("static/" + name)) {
            if (in == null) {
                x.send(404, "text/plain; charset=utf-8", "not found");
                return;
            }
            x.setHeader("Cache-Control", "max-age=300");
            x.send(200, name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8", in.readAllBytes());
        }
    }

    // ---------------------------------------------------------------- grading

    /** An assessment's report, or the problems that keep it from being graded. */
    record Graded(Optional<AssessmentReport> report, List<Problem> problems) {
    }

    Graded grade(Store.Row row, Language l) {
        return grade(Answers.parse(row.answers()), "assessment " + row.id(), l);
    }

    Graded grade(JsonNode doc, String source, Language l) {
        SelfAssessment.Reading rd = Answers.read(doc, source);
        try {
            return new Graded(Optional.of(engine.assess(rd, l)), List.of());
        } catch (TenkenException e) {
            return new Graded(Optional.empty(), e.problems());
        }
    }

    /** Per item, whether it applies to the profile in {@code doc} (answers are ignored). */
    Map<String, Applicability> applicability(Checklist c, JsonNode profile) {
        ObjectNode doc = Answers.JSON.createObjectNode();
        doc.put("checklist", c.id());
        if (profile instanceof ObjectNode o) {
            ObjectNode known = doc.putObject("profile");
            o.properties().forEach(e -> {
                if (c.fact(e.getKey()).isPresent()) {
                    known.set(e.getKey(), e.getValue());
                }
            });
        }
        SelfAssessment.Reading rd = Answers.read(doc, "profile");
        SelfAssessment sa = rd.assessment().filter(a -> engine.check(a).isEmpty())
                .orElseGet(() -> SelfAssessment.builder(c.id()).build());
        Map<String, Applicability> out = new LinkedHashMap<>();
        try {
            Evaluation ev = engine.evaluate(sa);
            List<Item> items = c.items().toList();
            for (int i = 0; i < items.size() && i < ev.items().size(); i++) {
                out.put(items.get(i).id(), ev.items().get(i).applicability());
            }
        } catch (TenkenException e) {
            c.items().forEach(it -> out.put(it.id(), Applicability.ASSUMED));
        }
        return out;
    }

    // ---------------------------------------------------------------- API

    private void api(Exchange x, boolean get, boolean post) throws Exchange.Refused, IOException, SQLException {
        String p = x.path;
        Matcher m = ASSESSMENT.matcher(p);
        if (get && p.equals("/api/openapi.json")) {
            try (InputStream in = Routes.class.getResourceAsStream("openapi.json")) {
                x.send(200, "application/json; charset=utf-8", in.readAllBytes());
            }
        } else if (get && p.equals("/api/checklists")) {
            ArrayNode a = Answers.JSON.createArrayNode();
            for (Checklist c : engine.checklists()) {
                ObjectNode o = a.addObject();
                o.put("id", c.id());
                o.put("version", c.version());
                o.putObject("title").put("ja", c.title().ja()).put("en", c.title().en());
                o.put("items", c.items().count());
            }
            json(x, 200, a);
        } else if (post && p.equals("/api/assess")) {
            assess(x);
        } else if (post && p.equals("/api/applicability")) {
            requireJson(x);
            JsonNode body = readJson(x);
            Checklist c = engine.checklist(body.path("checklist").asText(""))
                    .orElseThrow(() -> new Exchange.Refused(400, "unknown checklist"));
            ObjectNode out = Answers.JSON.createObjectNode();
            ObjectNode items = out.putObject("items");
            applicability(c, body.get("profile")).forEach((k, v) -> items.put(k, v.key()));
            json(x, 200, out);
        } else if (get && p.equals("/api/assessments")) {
            ArrayNode a = Answers.JSON.createArrayNode();
            for (Store.Row r : store.list(x.param("organisation"), 10_000)) {
                a.add(summary(r));
            }
            json(x, 200, a);
        } else if (get && m.matches()) {
            long id = Long.parseLong(m.group(2));
            Store.Row row = store.find(id).orElseThrow(() -> new Exchange.Refused(404, "no assessment " + id));
            String rest = m.group(3) == null ? "" : m.group(3);
            switch (rest) {
                case "" -> json(x, 200, summary(row));
                case "/answers" -> answersDownload(x, row);
                case "/report" -> reportDownload(x, row);
                default -> throw new Exchange.Refused(404, "not found");
            }
        } else {
            throw new Exchange.Refused(404, "not found: " + x.method + " " + p + " (see /api/openapi.json)");
        }
    }

    private ObjectNode summary(Store.Row r) {
        ObjectNode o = Answers.JSON.createObjectNode();
        o.put("id", r.id());
        o.put("checklist", r.checklistId());
        o.put("organisation", r.organisation());
        o.put("sector", r.sector());
        o.put("assessor", r.assessor());
        o.put("assessed_on", r.assessedOn().map(LocalDate::toString).orElse(null));
        o.put("state", r.state().name().toLowerCase(java.util.Locale.ROOT));
        o.put("grade", r.grade().orElse(null));
        if (r.score().isPresent()) {
            o.put("score", r.score().get());
        } else {
            o.putNull("score");
        }
        o.put("version", r.version());
        o.put("updated_at", r.updatedAt().toString());
        String base = "/api/assessments/" + r.id();
        o.putObject("links").put("answers", base + "/answers?format=json").put("report", base + "/report?format=json")
                .put("page", "/assessments/" + r.id());
        return o;
    }

    private void assess(Exchange x) throws Exchange.Refused, IOException, SQLException {
        boolean workbook = x.header("Content-Type").orElse("").toLowerCase(java.util.Locale.ROOT)
                .startsWith(dev.tenken.excel.ExcelAnswers.MEDIA_TYPE);
        if (!workbook) {
            requireJson(x);
        }
        Optional<String> lang = x.param("lang");
        if (lang.isPresent() && Language.parse(lang.get()).isEmpty()) {
            throw new Exchange.Refused(400, "unknown language '" + lang.get() + "'; expected ja or en");
        }
        Language l = lang.flatMap(Language::parse).orElse(Language.JA);
        String format = x.param("format").orElse("json");
        if (!List.of("json", "html", "csv", "markdown", "text").contains(format)) {
            throw new Exchange.Refused(400, "unknown format '" + format + "'; expected json, html, csv, markdown or text");
        }
        boolean keep = x.param("store").map(s -> s.equals("true") || s.equals("1")).orElse(false);
        byte[] body = x.body();
        // a workbook is read from memory (bounded like any body) and never touches a path
        SelfAssessment.Reading rd = workbook
                ? dev.tenken.excel.ExcelAnswers.read(new ByteArrayInputStream(body), "upload.xlsx", engine::checklist)
                : SelfAssessment.read(new ByteArrayInputStream(body), "request");
        AssessmentReport report;
        try {
            report = engine.assess(rd, l);
        } catch (TenkenException e) {
            problems(x, e.problems());
            return;
        }
        if (keep) {
            SelfAssessment sa = rd.assessment().orElseThrow();
            JsonNode doc = workbook ? Answers.document(sa) : readJson(x);
            long id = store.insert(new Store.Fields(sa.checklistId(), sa.organisation().getOrDefault("name", ""),
                    sa.organisation().getOrDefault("sector", ""), sa.assessor().getOrDefault("name", ""),
                    Optional.of(report.assessedOn()), Answers.toJson(doc), Store.State.FINAL,
                    Optional.of(report.grade().name()), Optional.of(report.score())));
            x.setHeader("Location", "/api/assessments/" + id);
            x.setHeader("X-Tenken-Assessment", Long.toString(id));
        }
        sendReport(x, report, format, false, "report");
    }

    private void answersDownload(Exchange x, Store.Row row) throws Exchange.Refused, IOException {
        String format = x.param("format").orElse("json");
        JsonNode doc = Answers.parse(row.answers());
        String name = "tenken-answers-" + row.id();
        switch (format) {
            case "json" -> {
                attachment(x, name + ".json");
                x.send(200, "application/json; charset=utf-8", Answers.toJson(doc));
            }
            case "yaml" -> {
                attachment(x, name + ".yaml");
                x.send(200, "application/yaml; charset=utf-8", Answers.toYaml(doc));
            }
            case "xlsx" -> {
                // the stored answers as the filled Excel template; answers that no longer read cleanly
                // (a checklist changed since) are refused with their problems, as the report is
                SelfAssessment.Reading rd = Answers.read(doc, "answers");
                Optional<Checklist> c = rd.assessment().flatMap(a -> engine.checklist(a.checklistId()));
                if (rd.assessment().isEmpty() || c.isEmpty() || !rd.problems().isEmpty()) {
                    problems(x, rd.problems().isEmpty() ? engine.check(rd.assessment().orElseThrow()) : rd.problems());
                    return;
                }
                Language l = x.param("lang").flatMap(Language::parse).orElse(x.language());
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                dev.tenken.excel.ExcelAnswers.writeFilled(c.get(), l, rd.assessment().get(), out);
                attachment(x, name + ".xlsx");
                x.send(200, dev.tenken.excel.ExcelAnswers.MEDIA_TYPE, out.toByteArray());
            }
            default -> throw new Exchange.Refused(400, "unknown format '" + format + "'; expected json, yaml or xlsx");
        }
    }

    private void reportDownload(Exchange x, Store.Row row) throws Exchange.Refused, IOException {
        Optional<String> lang = x.param("lang");
        if (lang.isPresent() && Language.parse(lang.get()).isEmpty()) {
            throw new Exchange.Refused(400, "unknown language '" + lang.get() + "'; expected ja or en");
        }
        Language l = lang.flatMap(Language::parse).orElse(Language.JA);
        String format = x.param("format").orElse("json");
        if (!List.of("json", "html", "csv", "markdown", "text").contains(format)) {
            throw new Exchange.Refused(400, "unknown format '" + format + "'; expected json, html, csv, markdown or text");
        }
        Graded g = grade(row, l);
        if (g.report().isEmpty()) {
            problems(x, g.problems());
            return;
        }
        sendReport(x, g.report().get(), format, true, "tenken-report-" + row.id());
    }

    private static void sendReport(Exchange x, AssessmentReport r, String format, boolean download, String name) throws IOException {
        String ext = switch (format) {
            case "html" -> "html";
            case "csv" -> "csv";
            case "markdown" -> "md";
            case "text" -> "txt";
            default -> "json";
        };
        if (download || x.param("download").isPresent()) {
            attachment(x, name + "." + ext);
        }
        switch (format) {
            case "html" -> {
                x.setHeader("Content-Security-Policy", REPORT_CSP);
                x.send(200, "text/html; charset=utf-8", r.toHtml());
            }
            case "csv" -> x.send(200, "text/csv; charset=utf-8", r.toCsv());
            case "markdown" -> x.send(200, "text/markdown; charset=utf-8", r.toMarkdown());
            case "text" -> x.send(200, "text/plain; charset=utf-8", r.toText(false));
            default -> x.send(200, "application/json; charset=utf-8", r.toJson());
        }
    }

    private static void attachment(Exchange x, String fileName) {
        x.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }

    /** HTTP 400 with every problem, located as the command line locates them. */
    static void problems(Exchange x, List<Problem> problems) throws IOException {
        ObjectNode o = Answers.JSON.createObjectNode();
        o.put("status", 400);
        o.put("message", problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        ArrayNode a = o.putArray("problems");
        for (Problem p : problems) {
            ObjectNode n = a.addObject();
            n.put("source", p.source());
            n.put("line", p.line());
            n.put("column", p.column());
            n.put("item", p.itemId().orElse(null));
            n.put("message", p.message());
            n.put("text", p.toString());
        }
        x.send(400, "application/json; charset=utf-8", Answers.toJson(o));
    }

    private static void json(Exchange x, int status, JsonNode n) throws IOException {
        x.send(status, "application/json; charset=utf-8", Answers.toJson(n));
    }

    /** JSON bodies only: a cross-site form cannot send one without the browser asking first. */
    private static void requireJson(Exchange x) throws Exchange.Refused {
        String type = x.header("Content-Type").orElse("").toLowerCase(java.util.Locale.ROOT);
        if (!type.startsWith("application/json")) {
            throw new Exchange.Refused(415, "send the self-assessment as JSON with 'Content-Type: application/json'"
                    + " (POST /api/assess also takes a filled Excel template as " + dev.tenken.excel.ExcelAnswers.MEDIA_TYPE + ")");
        }
    }

    private static JsonNode readJson(Exchange x) throws Exchange.Refused {
        try {
            JsonNode n = Answers.JSON.readTree(x.body());
            if (n == null || !n.isObject()) {
                throw new Exchange.Refused(400, "expected a JSON object");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new Exchange.Refused(400, "not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new Exchange.Refused(400, "cannot read the body");
        }
    }

    /** Parses an ISO date field; empty when blank. */
    static Optional<LocalDate> date(String s) throws DateTimeParseException {
        return s.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(s.strip()));
    }

    static List<String> ids(List<Item> items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.id()));
        return out;
    }
}
