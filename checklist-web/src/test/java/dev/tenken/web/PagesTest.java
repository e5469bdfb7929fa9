package dev.tenken.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages as plain form posts (no script): drafts, conflicts, CSRF, escaping, languages. */
class PagesTest {
    @TempDir
    static Path data;
    static WebServer server;

    static final String HOSTILE = "<script>alert('x')</script>\"><img src=x onerror=alert(1)> 株式会社&";

    @BeforeAll
    static void start() throws Exception {
        server = LocalServers.open(data);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Starts an assessment through the home page's form and returns its edit path. */
    static String create(Client c, String organisation) throws Exception {
        String home = c.get("/").body();
        HttpResponse<String> r = c.postForm("/assessments", List.of(new String[] {"csrf", Client.csrf(home)},
                new String[] {"checklist", "telework-admin"}, new String[] {"organisation", organisation},
                new String[] {"sector", HOSTILE}, new String[] {"assessor", "山田"}, new String[] {"assessed_on", "2026-11-20"}));
        assertEquals(303, r.statusCode(), r.body());
        String location = r.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches("/assessments/[0-9]+/edit"), location);
        return location;
    }

    static List<String[]> form(String page, String... more) {
        List<String[]> f = new ArrayList<>();
        f.add(new String[] {"csrf", Client.csrf(page)});
        f.add(new String[] {"version", Client.hidden(page, "version")});
        f.add(new String[] {"organisation", "組織"});
        f.add(new String[] {"assessed_on", "2026-11-20"});
        for (int i = 0; i + 1 < more.length; i += 2) {
            f.add(new String[] {more[i], more[i + 1]});
        }
        return f;
    }

    @Test
    void hostileTextIsTextOnEveryPage() throws Exception {
        Client c = new Client(server.address());
        String edit = create(c, HOSTILE);
        String id = edit.split("/")[2];
        List<String> pages = List.of("/", edit, "/assessments/" + id, "/history",
                "/history?org=" + java.net.URLEncoder.encode(HOSTILE, java.nio.charset.StandardCharsets.UTF_8), "/?lang=en");
        for (String p : pages) {
            String body = c.get(p).body();
            assertFalse(body.contains("<script>alert"), p);
            assertFalse(body.contains("<img src=x"), p);
            assertTrue(body.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), p);
        }
        // the library's report page escapes it too
        HttpResponse<String> saved = c.postForm(edit, form(c.get(edit).body(), "organisation", HOSTILE, "s.TA-01", "met",
                "n.TA-01", "</textarea><script>alert(2)</script>", "action", "save"));
        assertEquals(303, saved.statusCode(), saved.body());
        String again = c.get(edit).body();
        assertFalse(again.contains("<script>alert(2)"));
        assertTrue(again.contains("&lt;/textarea&gt;&lt;script&gt;alert(2)&lt;/script&gt;"));
        String report = c.get("/assessments/" + id + "/report").body();
        assertFalse(report.contains("<script>alert"), "report");
        assertTrue(c.get("/assessments/" + id + "/report").headers().firstValue("Content-Security-Policy").orElse("")
                .contains("default-src 'none'"));
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() throws Exception {
        Client c = new Client(server.address());
        c.get("/");
        HttpResponse<String> r = c.postForm("/assessments", List.of(new String[] {"checklist", "telework-admin"},
                new String[] {"organisation", "x"}));
        assertEquals(403, r.statusCode());
        HttpResponse<String> wrong = c.postForm("/assessments", List.of(new String[] {"csrf", "0123456789abcdef0123456789abcdef"},
                new String[] {"checklist", "telework-admin"}, new String[] {"organisation", "x"}));
        assertEquals(403, wrong.statusCode());
        // another browser's token is not this browser's
        Client other = new Client(server.address());
        String otherCsrf = Client.csrf(other.get("/").body());
        Client fresh = new Client(server.address());
        assertEquals(403, fresh.postForm("/assessments", List.of(new String[] {"csrf", otherCsrf},
                new String[] {"checklist", "telework-admin"}, new String[] {"organisation", "x"})).statusCode());
    }

    @Test
    void aDraftIsSavedAndComesBackAsItWasLeft() throws Exception {
        Client c = new Client(server.address());
        String edit = create(c, "下書き株式会社");
        String page = c.get(edit).body();
        HttpResponse<String> r = c.postForm(edit, form(page, "p.telework.methods", "cloud", "p0.telework.methods", "1",
                "p.services.cloud", "true", "p.staff.count", "12", "s.TA-01", "partial", "n.TA-01", "来月完了予定",
                "e.TA-01", "規程案 v2", "s.TA-02", "unmet", "wr.TA-02", "代替策あり", "wa.TA-02", "社長", "wx.TA-02", "2027-03-31",
                "action", "save"));
        assertEquals(303, r.statusCode(), r.body());
        String back = c.get(r.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(back.contains("name=\"s.TA-01\" value=\"partial\" checked"), "status kept");
        assertTrue(back.contains("来月完了予定") && back.contains("規程案 v2"), "note and evidence kept");
        assertTrue(back.contains("value=\"代替策あり\"") && back.contains("value=\"2027-03-31\""), "waiver kept");
        assertTrue(back.contains("name=\"p.telework.methods\" value=\"cloud\" checked"), "profile kept");
        assertFalse(back.contains("name=\"p.telework.methods\" value=\"vpn\" checked"));
        // cloud only: the VPN item cannot apply and is hidden, without any script
        assertTrue(Pattern.compile("id=\"item-TA-10\" data-item=\"TA-10\" hidden").matcher(back).find(), "TA-10 hidden");
        assertFalse(Pattern.compile("id=\"item-TA-01\" data-item=\"TA-01\" hidden").matcher(back).find());
        assertTrue(back.contains("保存しました"));
    }

    @Test
    void twoTabsSavingTheSameAssessmentDoNotOverwriteEachOther() throws Exception {
        Client c = new Client(server.address());
        String edit = create(c, "二つのタブ株式会社");
        String tab1 = c.get(edit).body();
        String tab2 = c.get(edit).body();
        assertEquals(303, c.postForm(edit, form(tab1, "s.TA-01", "met", "action", "save")).statusCode());
        HttpResponse<String> second = c.postForm(edit, form(tab2, "s.TA-01", "unmet", "action", "save"));
        assertEquals(409, second.statusCode());
        assertTrue(second.body().contains("上書きを防ぐため"), "a clear message");
        assertTrue(second.body().contains("status: unmet"), "the unsaved answers are shown to copy");
        String now = c.get(edit).body();
        assertTrue(now.contains("name=\"s.TA-01\" value=\"met\" checked"), "the first save stands");
        // after reloading, the second tab can save
        assertEquals(303, c.postForm(edit, form(now, "s.TA-01", "unmet", "action", "save")).statusCode());
    }

    @Test
    void finishingShowsGradeAndScoreAndTheReport() throws Exception {
        Client c = new Client(server.address());
        String edit = create(c, "結果株式会社");
        HttpResponse<String> r = c.postForm(edit, form(c.get(edit).body(), "s.TA-01", "met", "s.TA-02", "met", "action", "finish"));
        assertEquals(303, r.statusCode(), r.body());
        String results = c.get(r.headers().firstValue("Location").orElseThrow()).body();
        Matcher g = Pattern.compile("id=\"grade\">([A-E])<").matcher(results);
        assertTrue(g.find(), results);
        assertTrue(results.contains("/report?format=csv"));
        String id = edit.split("/")[2];
        String report = c.get("/assessments/" + id + "/report?lang=en").body();
        assertTrue(report.contains("<html") && report.contains("Grade"), "the library's HTML report, in English");
    }

    @Test
    void bothLanguagesAndTheLanguageIsRemembered() throws Exception {
        Client c = new Client(server.address());
        assertTrue(c.get("/").body().contains("新しい点検を始める"));
        assertTrue(c.get("/?lang=en").body().contains("Start a new assessment"));
        String after = c.get("/history").body();
        assertTrue(after.contains("lang=\"en\"") && after.contains("Assessment history"), "cookie keeps English");
        assertTrue(c.get("/history?lang=ja").body().contains("点検の履歴"));
    }

    @Test
    void badStartFormsSayWhatToDo() throws Exception {
        Client c = new Client(server.address());
        String home = c.get("/").body();
        HttpResponse<String> r = c.postForm("/assessments", List.of(new String[] {"csrf", Client.csrf(home)},
                new String[] {"checklist", "telework-admin"}, new String[] {"organisation", " "}));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("組織名を入力してください"));
        HttpResponse<String> d = c.postForm("/assessments", List.of(new String[] {"csrf", Client.csrf(home)},
                new String[] {"checklist", "../../etc/passwd"}, new String[] {"organisation", "x"}));
        assertEquals(400, d.statusCode());
        assertEquals(404, c.get("/assessments/424242").statusCode());
    }
}
