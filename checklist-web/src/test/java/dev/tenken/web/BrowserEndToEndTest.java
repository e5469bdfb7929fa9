package dev.tenken.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.Language;
import dev.tenken.checklist.report.AssessmentReport;
import dev.tenken.engine.TenkenEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person's visit in headless Chromium: starts a telework-admin assessment, answers the profile
 * (cloud only: the VPN items leave the page), answers items with mouse and keyboard, saves,
 * reloads, finishes, reads the grade the CLI gives for the exported answers, makes a second
 * assessment and reads the diff. Every page is photographed in both languages into
 * {@code target/screenshots}.
 */
class BrowserEndToEndTest {
    static final Path SHOTS = Path.of("target", "screenshots");

    @Test
    void aFilledWorkbookIsImportedFromTheStartPage(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver (.ci/run installs them)");
        TenkenEngine engine = TenkenEngine.builder().withBuiltInChecklists().build();
        Path workbook = dir.resolve("answers.xlsx");
        try (java.io.OutputStream out = Files.newOutputStream(workbook)) {
            dev.tenken.excel.ExcelAnswers.writeTemplate(engine.checklist("telework-admin").orElseThrow(), Language.EN,
                    java.util.Map.of("telework.methods", new dev.tenken.checklist.FactValue.Members(java.util.Set.of("cloud"))),
                    Optional.empty(), out);
        }
        Path broken = dir.resolve("broken.xlsx");
        byte[] bytes = Files.readAllBytes(workbook);
        Files.write(broken, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        AssessmentReport expected = engine.assess(dev.tenken.excel.ExcelAnswers.read(workbook, engine::checklist), Language.EN);
        try (WebServer server = LocalServers.open(dir.resolve("data"));
             Browser b = new Browser(dir)) {
            String base = server.address().replaceAll("/$", "");
            b.open(base + "/?lang=en");
            // a broken file: its problem is listed on the page, and nothing is stored
            b.type("#workbook", broken.toAbsolutePath().toString());
            b.click("form#import button[type=submit]");
            b.waitFor("document.querySelectorAll('#import-problems li').length > 0", "the workbook's problems");
            assertTrue(b.js("return document.getElementById('import-problems').innerText;").asText().contains("upload.xlsx"));
            // the filled workbook: assessed, stored, and its results page opens with the library's grade
            b.js("document.getElementById('workbook').value = ''; return 1;");
            b.type("#workbook", workbook.toAbsolutePath().toString());
            b.clickAndLoad("form#import button[type=submit]");
            assertTrue(b.url().matches(".*/assessments/[0-9]+"), b.url());
            String page = b.js("return document.body.innerText;").asText();
            assertTrue(page.matches("(?s).*Grade\\s+" + expected.grade() + "\\b.*"), "grade " + expected.grade() + " on:\n" + page);
            assertTrue(page.matches("(?s).*Score\\s+" + expected.score() + "\\b.*"), "score " + expected.score() + " on:\n" + page);
            assertTrue(page.contains(expected.checklistTitle()), page);
            b.screenshot(SHOTS.resolve("imported-en.png"));
        }
    }

    @Test
    void aPersonFillsSavesReloadsFinishesAndCompares(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver (.ci/run installs them)");
        try (WebServer server = LocalServers.open(dir.resolve("data"));
             Browser b = new Browser(dir)) {
            String base = server.address().replaceAll("/$", "");
            String org = "株式会社ブラウザ<script>alert(1)</script>";

            // 1. start
            b.open(base + "/?lang=ja");
            b.screenshot(SHOTS.resolve("home-ja.png"));
            b.type("#organisation", org);
            b.type("#sector", "製造");
            b.type("#assessor", "山田");
            b.js("document.getElementById('assessed_on').value = '2026-10-01'; return 1;");
            b.clickAndLoad("form.start button[type=submit]");
            assertTrue(b.url().matches(".*/assessments/[0-9]+/edit"), b.url());
            String edit = b.url();
            b.waitFor("document.getElementById('questionnaire').dataset.ready === '1'", "the script");
            assertEquals(0, b.js("return document.querySelectorAll('script:not([src])').length;").asInt(), "no inline script");
            assertTrue(b.js("return document.title;").asText().contains("<script>") == false
                    && b.js("return document.body.innerText;").asText().contains(org), "the name is shown as text");

            // 2. nothing answered: the VPN items may apply and are marked
            assertFalse(hidden(b, "item-TA-10"));
            assertFalse(b.js("return document.querySelector('#item-TA-10 .assumed').hidden;").asBoolean(), "marked as may apply");
            String before = b.js("return document.getElementById('shown').textContent;").asText();

            // 3. cloud only: the VPN items disappear as soon as the box is ticked
            b.click("input[name='p.telework.methods'][value='cloud']");
            b.waitFor("document.getElementById('item-TA-10').hidden", "TA-10 (VPN appliances) to leave the page");
            assertTrue(hidden(b, "item-TA-20"), "TA-20 (remote desktop through VPN) left too");
            assertFalse(hidden(b, "item-TA-01"));
            assertFalse(before.equals(b.js("return document.getElementById('shown').textContent;").asText()), "the count changed");
            b.click("input[name='p.services.cloud'][value='true']");
            b.click("input[name='p.devices.ownership'][value='company']");
            b.waitFor("document.getElementById('questionnaire').dataset.pending === '0'", "the profile to apply");

            // 4. answers: by mouse, and by keyboard (space on a focused radio)
            b.click("input[name='s.TA-01'][value='met']");
            b.click("input[name='s.TA-03'][value='partial']");
            b.type("textarea[name='n.TA-03']", "来期に見直し予定");
            b.js("document.querySelector(\"input[name='s.TA-02'][value='unmet']\").focus(); return 1;");
            b.type("input[name='s.TA-02'][value='unmet']", " ");
            assertTrue(b.js("return document.querySelector(\"input[name='s.TA-02'][value='unmet']\").checked;").asBoolean(),
                    "space on a focused radio chooses it");
            b.click("#item-TA-02 details.waiver summary");
            b.type("input[name='wr.TA-02']", "代替策: 接続元IP制限");
            b.type("input[name='wa.TA-02']", "社長");
            b.js("document.querySelector(\"input[name='wx.TA-02']\").value = '2027-03-31'; return 1;");
            b.screenshot(SHOTS.resolve("questionnaire-ja.png"));

            // 5. save the draft, reload: everything is as it was left
            b.clickAndLoad("button[value='save']");
            String said = b.js("var p = document.querySelector('.problems'); return p ? p.innerText : '';").asText();
            assertTrue(b.url().contains("saved=1"), b.url() + " " + said);
            b.open(edit);
            assertTrue(checked(b, "s.TA-01", "met") && checked(b, "s.TA-03", "partial") && checked(b, "s.TA-02", "unmet"));
            assertTrue(checked(b, "p.telework.methods", "cloud") && !checked(b, "p.telework.methods", "vpn"));
            assertEquals("来期に見直し予定", b.js("return document.querySelector(\"textarea[name='n.TA-03']\").value;").asText());
            assertEquals("2027-03-31", b.js("return document.querySelector(\"input[name='wx.TA-02']\").value;").asText());
            assertTrue(hidden(b, "item-TA-10"), "still hidden after reloading, from the server");

            // 6. finish: the grade and score are those of `tenken assess` on the exported answers
            b.clickAndLoad("button[value='finish']");
            assertTrue(b.url().matches(".*/assessments/[0-9]+"), b.url());
            String grade = b.js("return document.getElementById('grade').textContent;").asText();
            int score = b.js("return Number(document.getElementById('score').textContent);").asInt();
            b.screenshot(SHOTS.resolve("results-ja.png"));
            String id = b.url().replaceAll(".*/", "");
            Path answers = dir.resolve("exported.yaml");
            Files.writeString(answers, new Client(base).get("/api/assessments/" + id + "/answers?format=yaml").body());
            AssessmentReport cli = TenkenEngine.builder().withBuiltInChecklists().build().assess(answers, Language.JA);
            assertEquals(cli.grade().name(), grade);
            assertEquals(cli.score(), score);

            // 7. the report page is the library's HTML report
            b.clickAndLoad("#report-link");
            assertTrue(b.js("return document.body.innerText;").asText().contains(cli.checklistTitle()));
            b.screenshot(SHOTS.resolve("report-ja.png"));

            // 8. a second assessment, better, and the diff
            b.open(base + "/");
            b.type("#organisation", org);
            b.js("document.getElementById('assessed_on').value = '2026-11-20'; return 1;");
            b.clickAndLoad("form.start button[type=submit]");
            b.waitFor("document.getElementById('questionnaire').dataset.ready === '1'", "the script");
            b.click("input[name='p.telework.methods'][value='cloud']");
            b.click("input[name='s.TA-01'][value='met']");
            b.click("input[name='s.TA-02'][value='met']");
            b.click("input[name='s.TA-03'][value='met']");
            b.clickAndLoad("button[value='finish']");
            b.clickAndLoad("a[href^='/history?org=']");
            b.screenshot(SHOTS.resolve("history-ja.png"));
            b.clickAndLoad("form.compare button[type=submit]");
            String diff = b.js("return document.body.innerText;").asText();
            assertTrue(b.url().contains("/diff?before="), b.url());
            assertTrue(diff.contains("改善"), diff);
            assertTrue(b.js("return !!document.querySelector('#improved');").asBoolean());
            assertTrue(b.js("return document.querySelector('#improved').innerText;").asText().contains("TA-02"));
            b.screenshot(SHOTS.resolve("diff-ja.png"));

            // 9. one click to English, on every page
            String diffUrl = b.url();
            b.clickAndLoad("a.lang");
            assertEquals("en", b.js("return document.documentElement.lang;").asText());
            assertTrue(b.js("return document.body.innerText;").asText().contains("Improved"));
            b.screenshot(SHOTS.resolve("diff-en.png"));
            for (String[] page : new String[][] {{"/", "home"}, {edit.replace(base, ""), "questionnaire"},
                    {"/assessments/" + id, "results"}, {"/assessments/" + id + "/report?lang=en", "report"}}) {
                b.open(base + page[0]);
                assertEquals("en", b.js("return document.documentElement.lang;").asText(), page[1]);
                b.screenshot(SHOTS.resolve(page[1] + "-en.png"));
            }
            b.open(base + "/history?org=" + java.net.URLEncoder.encode(org, java.nio.charset.StandardCharsets.UTF_8));
            b.screenshot(SHOTS.resolve("history-en.png"));
            assertTrue(diffUrl.contains("after="));
            assertEquals(0, b.js("return document.querySelectorAll('script:not([src])').length;").asInt());
        }
    }

    static boolean hidden(Browser b, String id) throws Exception {
        return b.js("return document.getElementById('" + id + "').offsetParent === null;").asBoolean();
    }

    static boolean checked(Browser b, String name, String value) throws Exception {
        return b.js("var e = document.querySelector(\"input[name='" + name + "'][value='" + value + "']\"); return !!e && e.checked;")
                .asBoolean();
    }
}
