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
import java.util.List;
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
        server = WebServer.start(new WebOptions("127.0.0.1", 0, data.resolve("db"), Optional.empty(), List.of(), false,
                Optional.empty()));
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
}
