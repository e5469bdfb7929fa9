package dev.tenken.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.ProfileFact;
import dev.tenken.checklist.report.AssessmentReport;
import dev.tenken.engine.TenkenEngine;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The HTTP API against a real server on a free port, compared with the library the CLI uses. */
class ApiTest {
    @TempDir
    static Path data;
    static WebServer server;
    static Client client;
    static TenkenEngine engine;

    @BeforeAll
    static void start() throws Exception {
        server = LocalServers.open(data.resolve("db"));
        client = new Client(server.address());
        engine = TenkenEngine.builder().withBuiltInChecklists().build();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static JsonNode json(String s) throws Exception {
        return Answers.JSON.readTree(s);
    }

    @Test
    void listsTheChecklistsWithIdsAndTitles() throws Exception {
        HttpResponse<String> r = client.get("/api/checklists");
        assertEquals(200, r.statusCode());
        Set<String> ids = new HashSet<>();
        for (JsonNode n : json(r.body())) {
            ids.add(n.get("id").asText());
            assertFalse(n.path("title").path("ja").asText().isBlank());
            assertFalse(n.path("title").path("en").asText().isBlank());
        }
        assertEquals(new HashSet<>(TenkenEngine.builtInIds()), ids);
    }

    static LongStream seeds() {
        return LongStream.range(1, 13);
    }

    /** A random self-assessment of a random built-in checklist: some facts, statuses in both spellings, notes, waivers. */
    static ObjectNode randomAssessment(Random rnd) {
        List<Checklist> all = new ArrayList<>(engine.checklists());
        all.sort(java.util.Comparator.comparing(Checklist::id));
        Checklist c = all.get(rnd.nextInt(all.size()));
        ObjectNode doc = Answers.JSON.createObjectNode();
        doc.put("checklist", c.id());
        doc.putObject("organisation").put("name", "組織 " + rnd.nextInt(1000) + " <b>&\"'").put("sector", "s" + rnd.nextInt(9));
        doc.put("assessed_on", LocalDate.of(2026, 1, 1).plusDays(rnd.nextInt(600)).toString());
        ObjectNode profile = doc.putObject("profile");
        for (ProfileFact f : c.profile()) {
            if (rnd.nextInt(5) == 0) {
                continue; // left out: items that need it are assumed to apply
            }
            switch (f.type()) {
                case BOOLEAN -> profile.put(f.key(), rnd.nextBoolean());
                case NUMBER -> profile.put(f.key(), rnd.nextInt(200));
                case ENUM -> profile.put(f.key(), f.values().get(rnd.nextInt(f.values().size())));
                case SET -> {
                    ArrayNode a = profile.putArray(f.key());
                    f.values().stream().filter(v -> rnd.nextBoolean()).forEach(a::add);
                }
                default -> profile.put(f.key(), "text" + rnd.nextInt(10));
            }
        }
        ObjectNode answers = doc.putObject("answers");
        String[] statuses = {"met", "partial", "unmet", "not_applicable", "unknown", "実施済み", "一部実施", "未実施", "該当なし", "不明"};
        for (Item item : (Iterable<Item>) c.items()::iterator) {
            int pick = rnd.nextInt(statuses.length + 3);
            if (pick >= statuses.length) {
                continue;
            }
            if (rnd.nextInt(3) == 0) {
                ObjectNode a = answers.putObject(item.id());
                a.put("status", statuses[pick]);
                a.put("note", "メモ " + rnd.nextInt(100));
                if (rnd.nextInt(4) == 0) {
                    a.putObject("waiver").put("reason", "代替策").put("approved_by", "社長")
                            .put("expires", LocalDate.of(2026, 6, 1).plusDays(rnd.nextInt(400)).toString());
                }
            } else {
                answers.put(item.id(), statuses[pick]);
            }
        }
        return doc;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void reportsEqualTheLibrarysForTheSameFile(long seed, @TempDir Path dir) throws Exception {
        Random rnd = new Random(seed);
        ObjectNode doc = randomAssessment(rnd);
        Language l = rnd.nextBoolean() ? Language.JA : Language.EN;
        Path file = dir.resolve("answers.json");
        Files.writeString(file, Answers.toJson(doc));
        AssessmentReport expected = engine.assess(file, l);
        for (String format : List.of("json", "csv", "markdown", "html", "text")) {
            HttpResponse<String> r = client.postJson("/api/assess?format=" + format + "&lang=" + l.code(), Answers.toJson(doc));
            assertEquals(200, r.statusCode(), () -> "seed " + seed + ": " + r.body());
            String want = switch (format) {
                case "json" -> expected.toJson();
                case "csv" -> expected.toCsv();
                case "markdown" -> expected.toMarkdown();
                case "html" -> expected.toHtml();
                default -> expected.toText(false);
            };
            assertEquals(want, r.body(), "seed " + seed + ", format " + format);
        }
    }

    @Test
    void badInputGetsEveryProblemLocatedAsHttp400() throws Exception {
        String body = "{\"checklist\": \"telework-admin\",\n \"profile\": {\"bogus.key\": 1},\n"
                + " \"answers\": {\"TA-99\": \"met\", \"TA-01\": \"maybe\",\n \"TA-02\": {\"status\": \"unmet\", \"waiver\": {\"reason\": \"x\"}}}}";
        HttpResponse<String> r = client.postJson("/api/assess", body);
        assertEquals(400, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode problems = json(r.body()).get("problems");
        assertTrue(problems.size() >= 4, r.body());
        Set<String> items = new HashSet<>();
        for (JsonNode p : problems) {
            assertTrue(p.get("line").asInt() >= 1, p.toString());
            assertTrue(p.get("column").asInt() >= 1, p.toString());
            assertFalse(p.get("message").asText().isBlank());
            assertFalse(p.get("text").asText().contains("Exception"), p.toString());
            if (!p.get("item").isNull()) {
                items.add(p.get("item").asText());
            }
        }
        assertTrue(items.containsAll(List.of("TA-99", "TA-01", "TA-02")), items.toString());
        assertTrue(r.body().contains("bogus.key"));
    }

    @Test
    void unknownChecklistAndNonsenseAre400NotAStackTrace() throws Exception {
        for (String body : List.of("{\"checklist\": \"no-such\"}", "{\"checklist\": ", "[1,2]", "\"text\"", "{}")) {
            HttpResponse<String> r = client.postJson("/api/assess", body);
            assertEquals(400, r.statusCode(), body);
            assertFalse(json(r.body()).get("problems").isEmpty(), body);
            assertFalse(r.body().contains("at dev.tenken"), body);
        }
    }

    @Test
    void formatsLanguagesAndContentTypesAreChecked() throws Exception {
        String ok = Answers.toJson(randomAssessment(new Random(99)));
        assertEquals(400, client.postJson("/api/assess?format=pdf", ok).statusCode());
        assertEquals(400, client.postJson("/api/assess?lang=fr", ok).statusCode());
        assertEquals(415, client.post("/api/assess", "application/x-www-form-urlencoded", ok.getBytes(StandardCharsets.UTF_8))
                .statusCode(), "a cross-site form cannot post an assessment");
        assertEquals(415, client.post("/api/assess", "text/plain", ok.getBytes(StandardCharsets.UTF_8)).statusCode());
    }

    @Test
    void oversizedBodiesAreRefusedBeforeTheyAreRead() throws Exception {
        // a client that announces more than the limit gets 413 without sending the body
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(20_000);
            String head = "POST /api/assess HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + (Exchange.MAX_BODY + 10) + "\r\n\r\n{";
            s.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            String answer = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 413", answer);
        }
        // a body just within the limit is read and judged
        byte[] fits = new byte[Exchange.MAX_BODY];
        java.util.Arrays.fill(fits, (byte) ' ');
        byte[] doc = "{\"checklist\": \"telework-admin\"}".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(doc, 0, fits, 0, doc.length);
        assertEquals(200, client.post("/api/assess", "application/json", fits).statusCode());
    }

    @Test
    void storedAssessmentsServeAnswersAndReportsInEveryFormat(@TempDir Path dir) throws Exception {
        ObjectNode doc = randomAssessment(new Random(7));
        HttpResponse<String> r = client.postJson("/api/assess?store=true&lang=en", Answers.toJson(doc));
        assertEquals(200, r.statusCode(), r.body());
        String id = r.headers().firstValue("X-Tenken-Assessment").orElseThrow();
        assertEquals("/api/assessments/" + id, r.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> list = client.get("/api/assessments");
        boolean found = false;
        for (JsonNode n : json(list.body())) {
            found |= n.get("id").asText().equals(id);
        }
        assertTrue(found, list.body());
        JsonNode one = json(client.get("/api/assessments/" + id).body());
        assertEquals(doc.get("checklist").asText(), one.get("checklist").asText());
        assertEquals(json(r.body()).path("grade").asText(), one.get("grade").asText());

        // the answers come back as a file the CLI reads to the same report
        String answersJson = client.get("/api/assessments/" + id + "/answers?format=json").body();
        String answersYaml = client.get("/api/assessments/" + id + "/answers?format=yaml").body();
        Path j = dir.resolve("a.json");
        Path y = dir.resolve("a.yaml");
        Files.writeString(j, answersJson);
        Files.writeString(y, answersYaml);
        String expected = engine.assess(j, Language.EN).toJson();
        assertEquals(expected, engine.assess(y, Language.EN).toJson());
        assertEquals(expected, r.body());
        for (String f : List.of("json", "csv", "markdown", "html", "text")) {
            HttpResponse<String> rep = client.get("/api/assessments/" + id + "/report?format=" + f + "&lang=en");
            assertEquals(200, rep.statusCode(), f);
            assertTrue(rep.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"), f);
            assertFalse(rep.body().isBlank(), f);
        }
        assertEquals(expected, client.get("/api/assessments/" + id + "/report?format=json&lang=en").body());
        assertEquals(404, client.get("/api/assessments/999999").statusCode());
        assertEquals(400, client.get("/api/assessments/" + id + "/answers?format=xml").statusCode());
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpoint() throws Exception {
        HttpResponse<String> r = client.get("/api/openapi.json");
        assertEquals(200, r.statusCode());
        JsonNode doc = json(r.body());
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        for (String p : List.of("/api/checklists", "/api/assess", "/api/assessments", "/api/assessments/{id}",
                "/api/assessments/{id}/answers", "/api/assessments/{id}/report", "/api/applicability")) {
            assertNotNull(doc.path("paths").get(p), p);
        }
    }

    @Test
    void applicabilityNarrowsWithTheProfile() throws Exception {
        String vpn = client.postJson("/api/applicability",
                "{\"checklist\":\"telework-admin\",\"profile\":{\"telework.methods\":[\"vpn\"]}}").body();
        String cloud = client.postJson("/api/applicability",
                "{\"checklist\":\"telework-admin\",\"profile\":{\"telework.methods\":[\"cloud\"]}}").body();
        String none = client.postJson("/api/applicability", "{\"checklist\":\"telework-admin\",\"profile\":{}}").body();
        assertEquals("applies", json(vpn).path("items").path("TA-10").asText());
        assertEquals("excluded", json(cloud).path("items").path("TA-10").asText());
        assertEquals("assumed", json(none).path("items").path("TA-10").asText());
    }

    @Test
    void everyAnswerCarriesAContentSecurityPolicy() throws Exception {
        for (String p : List.of("/", "/history", "/api/checklists", "/nope")) {
            HttpResponse<String> r = client.get(p);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'none'"), p + ": " + csp);
            assertFalse(csp.contains("script-src 'unsafe-inline'"), p);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), p);
        }
    }

    @Test
    void aNonLoopbackBindWithoutATokenIsRefused() {
        WebServer.StartException e = assertThrows(WebServer.StartException.class, () -> WebServer.start(new WebOptions("0.0.0.0", 0,
                data.resolve("other"), Optional.empty(), List.of(), false, Optional.empty())));
        assertTrue(e.getMessage().contains("--token"), e.getMessage());
        assertTrue(WebServer.isLoopback("127.0.0.1"));
        assertTrue(WebServer.isLoopback("localhost"));
        assertFalse(WebServer.isLoopback("0.0.0.0"));
    }

    @Test
    void withATokenNothingIsServedWithoutIt(@TempDir Path dir) throws Exception {
        String token = WebServer.newToken();
        try (WebServer s = WebServer.start(LocalServers.options(dir, Optional.of(token)))) {
            Client anon = new Client(s.address());
            assertEquals(401, anon.get("/api/checklists").statusCode());
            assertEquals(401, anon.get("/").statusCode());
            assertEquals(401, anon.postJson("/api/assess", "{}").statusCode());
            assertEquals(401, new Client(s.address()).bearer("wrong-token-wrong-token").get("/api/checklists").statusCode());
            assertEquals(200, new Client(s.address()).bearer(token).get("/api/checklists").statusCode());
            // a browser logs in once through the printed address, then carries a cookie
            Client browser = new Client(s.address());
            assertEquals(303, browser.get("/login?token=" + token).statusCode());
            assertEquals(200, browser.get("/").statusCode());
            assertEquals(401, new Client(s.address()).get("/login?token=nope").statusCode());
            assertTrue(s.loginAddress().contains(token));
        }
    }
}
