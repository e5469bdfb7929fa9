package dev.tenken.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.FactValue;
import dev.tenken.checklist.Language;
import dev.tenken.engine.TenkenEngine;
import dev.tenken.excel.ExcelAnswers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /api/assess with a filled Excel template: the same report as the library gives for the workbook. */
class ExcelUploadTest {
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

    private static byte[] workbook() throws Exception {
        Checklist c = engine.checklist("telework-admin").orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelAnswers.writeTemplate(c, Language.JA, Map.of("telework.methods", new FactValue.Members(Set.of("cloud")),
                "admin.present", new FactValue.Bool(true)), Optional.empty(), out);
        return out.toByteArray();
    }

    @Test
    void aWorkbookIsAssessedAsTheLibraryAssessesItAndStoredAsAnswers() throws Exception {
        byte[] xlsx = workbook();
        String expected = engine.assess(ExcelAnswers.read(new ByteArrayInputStream(xlsx), "upload.xlsx", engine::checklist),
                Language.EN).toJson();
        HttpResponse<String> r = client.post("/api/assess?lang=en&store=true", ExcelAnswers.MEDIA_TYPE, xlsx);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(ApiTest.json(expected), ApiTest.json(r.body()));
        assertTrue(expected.contains("not_applicable"), "the profile in the workbook (cloud only) should take the VPN items out");
        // the stored answers are a SPEC section 3 document that assesses to the same report
        String id = r.headers().firstValue("X-Tenken-Assessment").orElseThrow();
        HttpResponse<String> stored = client.get("/api/assessments/" + id + "/report?format=json&lang=en");
        assertEquals(200, stored.statusCode(), stored.body());
        assertEquals(ApiTest.json(r.body()).get("grade"), ApiTest.json(stored.body()).get("grade"));
        assertEquals(ApiTest.json(r.body()).get("score"), ApiTest.json(stored.body()).get("score"));
        assertEquals(ApiTest.json(r.body()).get("items"), ApiTest.json(stored.body()).get("items"));
    }

    @Test
    void aBrokenWorkbookGetsLocatedProblemsNotAStackTrace() throws Exception {
        byte[] xlsx = workbook();
        byte[] cut = java.util.Arrays.copyOf(xlsx, xlsx.length / 2);
        HttpResponse<String> r = client.post("/api/assess", ExcelAnswers.MEDIA_TYPE, cut);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("upload.xlsx"), r.body());
        assertTrue(!r.body().contains("Exception") && !r.body().contains("\tat "), r.body());
    }

    @Test
    void storedAnswersDownloadAsAWorkbookThatAssessesAlike() throws Exception {
        String doc = "{\"checklist\": \"wifi-user\", \"organisation\": {\"name\": \"商店街 <b>Wi-Fi</b>\", \"sector\": \"retail\"},"
                + " \"assessed_on\": \"2026-11-20\", \"answers\": {\"WU-01\": {\"status\": \"met\", \"note\": \"名前を確認\"},"
                + " \"WU-02\": {\"status\": \"unmet\", \"waiver\": {\"reason\": \"機器更新まで\", \"expires\": \"2027-03-31\"}}}}";
        HttpResponse<String> stored = client.postJson("/api/assess?store=true&lang=en", doc);
        assertEquals(200, stored.statusCode(), stored.body());
        String id = stored.headers().firstValue("X-Tenken-Assessment").orElseThrow();
        java.net.http.HttpResponse<byte[]> xlsx = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.address() + "api/assessments/" + id
                        + "/answers?format=xlsx&lang=ja")).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        assertEquals(ExcelAnswers.MEDIA_TYPE, xlsx.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> again = client.post("/api/assess?lang=en", ExcelAnswers.MEDIA_TYPE, xlsx.body());
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(ApiTest.json(stored.body()), ApiTest.json(again.body()), "the workbook holds the same answers");
    }
}
