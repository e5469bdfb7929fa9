package dev.tenken.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.Category;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.ProfileFact;
import dev.tenken.checklist.Problem;
import dev.tenken.checklist.TenkenException;
import dev.tenken.checklist.diff.ChangeKind;
import dev.tenken.checklist.diff.ItemChange;
import dev.tenken.checklist.diff.ReportDiff;
import dev.tenken.checklist.diff.WaiverChange;
import dev.tenken.checklist.report.Applicability;
import dev.tenken.checklist.report.AssessmentReport;
import dev.tenken.checklist.report.ItemStatus;
import dev.tenken.checklist.report.Wording;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The questionnaire, results, history and diff pages. Every value is escaped by {@link Html}. */
final class Pages {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Routes routes;

    Pages(Routes routes) {
        this.routes = routes;
    }

    // ---------------------------------------------------------------- layout

    /** The CSRF secret of this browser: a random cookie, echoed by every form (double submit). */
    private static String csrf(Exchange x) {
        Optional<String> c = x.cookie("tenken_csrf").filter(s -> s.matches("[0-9a-f]{32}"));
        if (c.isPresent()) {
            return c.get();
        }
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        String v = HexFormat.of().formatHex(b);
        x.addHeader("Set-Cookie", "tenken_csrf=" + v + "; Path=/; HttpOnly; SameSite=Strict");
        return v;
    }

    void checkCsrf(Exchange x) throws Exchange.Refused {
        Optional<String> cookie = x.cookie("tenken_csrf");
        String field = x.field("csrf");
        if (cookie.isEmpty() || field.isEmpty() || !WebServer.sameSecret(cookie.get(), field)) {
            throw new Exchange.Refused(403, Ui.CSRF.in(x.language()));
        }
    }

    private static Html open(Exchange x, String title) {
        Language l = x.language();
        Language other = l == Language.JA ? Language.EN : Language.JA;
        Html h = new Html().raw("<!DOCTYPE html>\n<html").attr("lang", l.code()).raw(">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").text(title)
                .raw(" — ").text(Ui.APP.in(l)).raw("</title>\n<link rel=\"stylesheet\" href=\"/static/app.css\">\n")
                .raw("<script src=\"/static/app.js\" defer></script>\n</head>\n<body>\n")
                .raw("<a class=\"skip\" href=\"#main\">").text(Ui.SKIP.in(l)).raw("</a>\n<header><nav").attr("aria-label", Ui.NAV.in(l))
                .raw("><span class=\"brand\">").text(Ui.APP.in(l)).raw("</span> <a href=\"/\">").text(Ui.HOME.in(l))
                .raw("</a> <a href=\"/history\">").text(Ui.HISTORY.in(l)).raw("</a> <a href=\"/api/openapi.json\">")
                .text(Ui.API.in(l)).raw("</a> <a class=\"lang\"").attr("href", x.path + "?lang=" + other.code() + keep(x))
                .attr("lang", other.code()).attr("hreflang", other.code()).attr("aria-label", Ui.OTHER_LANG_LABEL.in(l)).raw(">")
                .text(Ui.OTHER_LANG.in(l)).raw("</a></nav></header>\n<main id=\"main\">\n<h1>").text(title).raw("</h1>\n");
        return h;
    }

    /** Query parameters other than lang to keep on the language link (history, diff). */
    private static String keep(Exchange x) {
        StringBuilder sb = new StringBuilder();
        for (String k : List.of("org", "before", "after")) {
            x.param(k).ifPresent(v -> sb.append('&').append(k).append('=')
                    .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
        }
        return sb.toString();
    }

    private static void close(Exchange x, Html h, int status) throws IOException {
        h.raw("</main>\n</body>\n</html>\n");
        x.send(status, "text/html; charset=utf-8", h.toString());
    }

    void message(Exchange x, int status, Ui title, String message) throws IOException {
        Html h = open(x, title.in(x.language()));
        h.raw("<p class=\"problem\" role=\"alert\">").text(message).raw("</p>\n<p><a href=\"/\">").text(Ui.HOME.in(x.language()))
                .raw("</a></p>\n");
        close(x, h, status);
    }

    private static void problems(Html h, List<Problem> problems, Language l, Ui heading) {
        if (problems.isEmpty()) {
            return;
        }
        h.raw("<div class=\"problems\" role=\"alert\"><p>").text(heading.in(l)).raw("</p><ul>\n");
        for (Problem p : problems) {
            h.raw("<li>");
            if (p.itemId().isPresent()) {
                h.raw("<a").attr("href", "#item-" + p.itemId().get()).raw(">").text(p.itemId().get()).raw("</a>: ");
            }
            h.text(p.message()).raw("</li>\n");
        }
        h.raw("</ul></div>\n");
    }

    private static String label(Language l, AnswerStatus s) {
        return Wording.of(s).in(l);
    }

    // ---------------------------------------------------------------- home

    void home(Exchange x, Optional<String> error) throws IOException, SQLException {
        Language l = x.language();
        Html h = open(x, Ui.START_TITLE.in(l));
        String csrf = csrf(x);
        h.raw("<p>").text(Ui.START_HELP.in(l)).raw("</p>\n");
        error.ifPresent(e -> h.raw("<p class=\"problem\" role=\"alert\">").text(e).raw("</p>\n"));
        h.raw("<form method=\"post\" action=\"/assessments\" class=\"start\">\n").raw("<input type=\"hidden\" name=\"csrf\"")
                .attr("value", csrf).raw(">\n<p><label for=\"checklist\">").text(Ui.CHECKLIST.in(l))
                .raw("</label><select id=\"checklist\" name=\"checklist\" required>\n");
        for (Checklist c : routes.engine.checklists()) {
            h.raw("<option").attr("value", c.id()).flag("selected", c.id().equals("telework-admin")).raw(">").text(c.title().get(l))
                    .raw(" (").text(c.id()).raw(")</option>\n");
        }
        h.raw("</select></p>\n");
        field(h, "organisation", Ui.ORGANISATION.in(l), "text", "", true);
        field(h, "sector", Ui.SECTOR.in(l), "text", "", false);
        field(h, "assessor", Ui.ASSESSOR.in(l), "text", "", false);
        field(h, "assessed_on", Ui.DATE.in(l), "date", LocalDate.now().toString(), false);
        h.raw("<p><button type=\"submit\">").text(Ui.START.in(l)).raw("</button></p>\n</form>\n");
        // the workbook goes as the request body of POST /api/assess (app.js): no multipart parsing,
        // and the same bounded, in-memory reading as the API
        h.raw("<h2>").text(Ui.IMPORT_TITLE.in(l)).raw("</h2>\n<p>").text(Ui.IMPORT_HELP.in(l)).raw("</p>\n")
                .raw("<form id=\"import\" class=\"import\"").attr("data-lang", l.code()).raw(">\n<p><label for=\"workbook\">")
                .text(Ui.IMPORT_FILE.in(l)).raw("</label><input type=\"file\" id=\"workbook\" name=\"workbook\" required")
                .attr("accept", ".xlsx," + dev.tenken.excel.ExcelAnswers.MEDIA_TYPE).raw("></p>\n<p><button type=\"submit\">")
                .text(Ui.IMPORT.in(l)).raw("</button></p>\n<noscript><p>").text(Ui.IMPORT_NEEDS_JS.in(l))
                .raw("</p></noscript>\n<ul id=\"import-problems\" class=\"problem\" role=\"alert\"></ul>\n</form>\n");
        h.raw("<h2>").text(Ui.DRAFTS.in(l)).raw("</h2>\n");
        table(h, routes.store.list(Optional.empty(), 200), l, true);
        close(x, h, error.isPresent() ? 400 : 200);
    }

    private static void field(Html h, String name, String label, String type, String value, boolean required) {
        h.raw("<p><label").attr("for", name).raw(">").text(label).raw("</label><input").attr("id", name).attr("name", name)
                .attr("type", type).attr("value", value).attr("maxlength", 500).flag("required", required).raw("></p>\n");
    }

    private static void table(Html h, List<Store.Row> rows, Language l, boolean organisationColumn) {
        if (rows.isEmpty()) {
            h.raw("<p>").text(Ui.NONE_YET.in(l)).raw("</p>\n");
            return;
        }
        h.raw("<table class=\"list\"><thead><tr>");
        if (organisationColumn) {
            h.raw("<th scope=\"col\">").text(Ui.ORGANISATION.in(l)).raw("</th>");
        }
        h.raw("<th scope=\"col\">").text(Ui.DATE.in(l)).raw("</th><th scope=\"col\">").text(Ui.CHECKLIST.in(l))
                .raw("</th><th scope=\"col\">").text(Ui.STATE.in(l)).raw("</th><th scope=\"col\">").text(Ui.GRADE.in(l))
                .raw("</th><th scope=\"col\">").text(Ui.SCORE.in(l)).raw("</th><th scope=\"col\">").text(Ui.ACTIONS.in(l))
                .raw("</th></tr></thead>\n<tbody>\n");
        for (Store.Row r : rows) {
            h.raw("<tr>");
            if (organisationColumn) {
                h.raw("<td><a").attr("href", "/history?org=" + java.net.URLEncoder.encode(r.organisation(), StandardCharsets.UTF_8))
                        .raw(">").text(r.organisation()).raw("</a></td>");
            }
            h.raw("<td>").text(r.assessedOn().map(LocalDate::toString).orElse("—")).raw("</td><td>").text(r.checklistId())
                    .raw("</td><td>").text((r.state() == Store.State.DRAFT ? Ui.STATE_DRAFT : Ui.STATE_FINAL).in(l))
                    .raw("</td><td>").text(r.grade().orElse("—")).raw("</td><td>").text(r.score().map(String::valueOf).orElse("—"))
                    .raw("</td><td><a").attr("href", "/assessments/" + r.id()).raw(">").text(Ui.RESULTS.in(l)).raw("</a> · <a")
                    .attr("href", "/assessments/" + r.id() + "/edit").raw(">").text(Ui.EDIT.in(l)).raw("</a></td></tr>\n");
        }
        h.raw("</tbody></table>\n");
    }

    void create(Exchange x) throws Exchange.Refused, IOException, SQLException {
        Language l = x.language();
        String org = x.field("organisation").strip();
        Optional<Checklist> c = routes.engine.checklist(x.field("checklist"));
        if (c.isEmpty()) {
            home(x, Optional.of(Ui.CHECKLIST_UNKNOWN.in(l)));
            return;
        }
        if (org.isEmpty() || org.length() > 500) {
            home(x, Optional.of(Ui.ORG_REQUIRED.in(l)));
            return;
        }
        Optional<LocalDate> day;
        try {
            day = Routes.date(x.field("assessed_on"));
        } catch (DateTimeParseException e) {
            home(x, Optional.of(Ui.DATE_BAD.in(l)));
            return;
        }
        String sector = limit(x.field("sector").strip());
        String assessor = limit(x.field("assessor").strip());
        ObjectNode doc = Answers.start(c.get().id(), org, sector, assessor, day.map(LocalDate::toString).orElse(""));
        long id = routes.store.insert(new Store.Fields(c.get().id(), org, sector, assessor, day, Answers.toJson(doc),
                Store.State.DRAFT, Optional.empty(), Optional.empty()));
        x.redirect("/assessments/" + id + "/edit");
    }

    private static String limit(String s) {
        return s.length() > 500 ? s.substring(0, 500) : s;
    }

    // ---------------------------------------------------------------- questionnaire

    void edit(Exchange x, Store.Row row, List<Problem> problems, Optional<String> notice) throws IOException, Exchange.Refused {
        Language l = x.language();
        Checklist c = routes.engine.checklist(row.checklistId())
                .orElseThrow(() -> new Exchange.Refused(404, Ui.CHECKLIST_UNKNOWN.in(l)));
        JsonNode doc = Answers.parse(row.answers());
        Html h = open(x, c.title().get(l));
        h.raw("<p class=\"meta\">").text(row.organisation());
        if (!row.sector().isEmpty()) {
            h.text(" · ").text(row.sector());
        }
        h.text(" · ").text(row.assessedOn().map(LocalDate::toString).orElse("—"));
        if (!row.assessor().isEmpty()) {
            h.text(" · ").text(row.assessor());
        }
        h.raw("</p>\n");
        notice.ifPresent(n -> h.raw("<p class=\"notice\" role=\"status\">").text(n).raw("</p>\n"));
        problems(h, problems, l, Ui.PROBLEMS);
        h.raw("<form method=\"post\" id=\"questionnaire\"").attr("action", "/assessments/" + row.id() + "/edit")
                .attr("data-checklist", c.id()).raw(">\n<input type=\"hidden\" name=\"csrf\"").attr("value", csrf(x))
                .raw(">\n<input type=\"hidden\" name=\"version\"").attr("value", row.version()).raw(">\n");
        // organisation details, editable
        h.raw("<details class=\"org\"><summary>").text(Ui.ORGANISATION.in(l)).text(" / ").text(Ui.SECTOR.in(l)).text(" / ")
                .text(Ui.ASSESSOR.in(l)).text(" / ").text(Ui.DATE.in(l)).raw("</summary>\n");
        field(h, "organisation", Ui.ORGANISATION.in(l), "text", row.organisation(), true);
        field(h, "sector", Ui.SECTOR.in(l), "text", row.sector(), false);
        field(h, "assessor", Ui.ASSESSOR.in(l), "text", row.assessor(), false);
        field(h, "assessed_on", Ui.DATE.in(l), "date", row.assessedOn().map(LocalDate::toString).orElse(""), false);
        h.raw("</details>\n");
        // profile
        JsonNode profile = doc.path("profile");
        h.raw("<section id=\"profile\" aria-labelledby=\"profile-h\"><h2 id=\"profile-h\">").text(Ui.PROFILE_TITLE.in(l))
                .raw("</h2>\n<p>").text(Ui.PROFILE_HELP.in(l)).raw("</p>\n");
        for (ProfileFact f : c.profile()) {
            profileQuestion(h, f, profile.get(f.key()), l);
        }
        h.raw("<p><button type=\"submit\" name=\"action\" value=\"narrow\" class=\"secondary\">").text(Ui.APPLY_PROFILE.in(l))
                .raw("</button></p>\n</section>\n");
        // items
        Map<String, Applicability> app = routes.applicability(c, profile);
        long total = c.items().count();
        long shown = app.values().stream().filter(a -> a != Applicability.EXCLUDED).count();
        h.raw("<section id=\"items\" aria-labelledby=\"items-h\"><h2 id=\"items-h\">").text(Ui.ITEMS_TITLE.in(l)).raw("</h2>\n")
                .raw("<p id=\"shown\" role=\"status\" aria-live=\"polite\"").attr("data-template", Ui.ITEMS_SHOWN.in(l)).raw(">")
                .text(Ui.ITEMS_SHOWN.format(l, shown, total)).raw("</p>\n");
        for (Category cat : c.categories()) {
            boolean any = cat.items().stream().anyMatch(i -> app.get(i.id()) != Applicability.EXCLUDED);
            h.raw("<section class=\"category\"").attr("aria-labelledby", "cat-" + cat.id()).flag("hidden", !any)
                    .raw("><h3").attr("id", "cat-" + cat.id()).raw(">").text(cat.title().get(l)).raw("</h3>\n");
            for (Item item : cat.items()) {
                item(h, item, app.getOrDefault(item.id(), Applicability.APPLIES), Answers.answer(doc, item.id()), l);
            }
            h.raw("</section>\n");
        }
        h.raw("</section>\n<div class=\"actions\"><button type=\"submit\" name=\"action\" value=\"save\">").text(Ui.SAVE.in(l))
                .raw("</button> <button type=\"submit\" name=\"action\" value=\"finish\">").text(Ui.FINISH.in(l))
                .raw("</button></div>\n</form>\n");
        close(x, h, problems.isEmpty() ? 200 : 200);
    }

    private static void profileQuestion(Html h, ProfileFact f, JsonNode value, Language l) {
        String name = "p." + f.key();
        String id = "p-" + f.key().replace('.', '-');
        h.raw("<fieldset class=\"fact\"").attr("data-fact", f.key()).attr("data-type", f.type().key()).raw("><legend>")
                .text(f.question().get(l)).raw("</legend>\n");
        switch (f.type()) {
            case SET -> {
                h.raw("<input type=\"hidden\"").attr("name", "p0." + f.key()).attr("value", value != null ? "1" : "").raw(">");
                for (String v : f.values()) {
                    boolean on = value != null && value.isArray() && contains(value, v);
                    h.raw("<label class=\"choice\"><input type=\"checkbox\"").attr("name", name).attr("value", v).flag("checked", on)
                            .raw("> ").text(v).raw("</label>\n");
                }
            }
            case ENUM -> {
                String cur = value == null ? "" : value.asText();
                h.raw("<label class=\"choice\"><input type=\"radio\"").attr("name", name).attr("value", "").flag("checked", cur.isEmpty())
                        .raw("> ").text(Ui.UNANSWERED.in(l)).raw("</label>\n");
                for (String v : f.values()) {
                    h.raw("<label class=\"choice\"><input type=\"radio\"").attr("name", name).attr("value", v)
                            .flag("checked", cur.equals(v)).raw("> ").text(v).raw("</label>\n");
                }
            }
            case BOOLEAN -> {
                String cur = value == null || !value.isBoolean() ? "" : Boolean.toString(value.asBoolean());
                for (String[] o : new String[][] {{"true", Ui.YES.in(l)}, {"false", Ui.NO.in(l)}, {"", Ui.UNANSWERED.in(l)}}) {
                    h.raw("<label class=\"choice\"><input type=\"radio\"").attr("name", name).attr("value", o[0])
                            .flag("checked", cur.equals(o[0])).raw("> ").text(o[1]).raw("</label>\n");
                }
            }
            case NUMBER -> h.raw("<input type=\"number\" step=\"any\"").attr("id", id).attr("name", name)
                    .attr("aria-label", f.question().get(l)).attr("value", value == null ? "" : value.asText()).raw(">\n");
            default -> h.raw("<input type=\"text\" maxlength=\"500\"").attr("id", id).attr("name", name)
                    .attr("aria-label", f.question().get(l)).attr("value", value == null ? "" : value.asText()).raw(">\n");
        }
        h.raw("</fieldset>\n");
    }

    private static boolean contains(JsonNode array, String v) {
        for (JsonNode n : array) {
            if (n.asText().equals(v)) {
                return true;
            }
        }
        return false;
    }

    private static void item(Html h, Item item, Applicability app, Optional<ObjectNode> answer, Language l) {
        String id = item.id();
        String status = answer.map(a -> Answers.text(a, "status")).flatMap(AnswerStatus::parse).map(AnswerStatus::key).orElse("");
        boolean required = item.rank() == dev.tenken.checklist.Rank.REQUIRED;
        h.raw("<div class=\"item\"").attr("id", "item-" + id).attr("data-item", id).flag("hidden", app == Applicability.EXCLUDED)
                .raw("><fieldset><legend><span").attr("class", required ? "badge required" : "badge recommended").raw(">")
                .text(item.rank().label(l)).raw("</span> <span class=\"id\">").text(id).raw("</span> ").text(item.title().get(l))
                .raw(" <span class=\"assumed\"").flag("hidden", app != Applicability.ASSUMED).raw(">").text(Ui.MAY_APPLY.in(l))
                .raw("</span></legend>\n");
        item.description().ifPresent(d -> h.raw("<p class=\"desc\">").text(d.get(l)).raw("</p>\n"));
        h.raw("<details class=\"hint\"><summary>").text(Ui.HINT.in(l)).raw("</summary><p>").text(item.remediation().get(l))
                .raw("</p></details>\n<div class=\"statuses\" role=\"radiogroup\"").attr("aria-label", Ui.STATUS.in(l) + " " + id).raw(">");
        h.raw("<label class=\"choice\"><input type=\"radio\"").attr("name", "s." + id).attr("value", "")
                .flag("checked", status.isEmpty()).raw("> ").text(Ui.UNANSWERED.in(l)).raw("</label>");
        for (String s : Answers.STATUSES) {
            h.raw("<label class=\"choice\"><input type=\"radio\"").attr("name", "s." + id).attr("value", s)
                    .flag("checked", status.equals(s)).raw("> ").text(label(l, AnswerStatus.parse(s).orElseThrow())).raw("</label>");
        }
        h.raw("</div>\n<div class=\"texts\"><label>").text(Ui.NOTE.in(l)).raw(" <textarea rows=\"1\" maxlength=\"4000\"")
                .attr("name", "n." + id).raw(">").text(answer.map(a -> Answers.text(a, "note")).orElse("")).raw("</textarea></label>\n")
                .raw("<label>").text(Ui.EVIDENCE.in(l)).raw(" <input type=\"text\" maxlength=\"4000\"").attr("name", "e." + id)
                .attr("value", answer.map(a -> Answers.text(a, "evidence")).orElse("")).raw("></label></div>\n");
        String reason = answer.map(a -> Answers.text(a, "waiver", "reason")).orElse("");
        String approver = answer.map(a -> Answers.text(a, "waiver", "approved_by")).orElse("");
        String expires = answer.map(a -> Answers.text(a, "waiver", "expires")).orElse("");
        h.raw("<details class=\"waiver\"").flag("open", !(reason + approver + expires).isEmpty()).raw("><summary>")
                .text(Ui.WAIVER.in(l)).raw("</summary>\n<label>").text(Ui.WAIVER_REASON.in(l))
                .raw(" <input type=\"text\" maxlength=\"4000\"").attr("name", "wr." + id).attr("value", reason).raw("></label>\n<label>")
                .text(Ui.WAIVER_APPROVER.in(l)).raw(" <input type=\"text\" maxlength=\"500\"").attr("name", "wa." + id)
                .attr("value", approver).raw("></label>\n<label>").text(Ui.WAIVER_EXPIRES.in(l))
                .raw(" <input type=\"date\"").attr("name", "wx." + id).attr("value", expires).raw("></label>\n</details>\n")
                .raw("</fieldset></div>\n");
    }

    void save(Exchange x, Store.Row row) throws Exchange.Refused, IOException, SQLException {
        Language l = x.language();
        Checklist c = routes.engine.checklist(row.checklistId())
                .orElseThrow(() -> new Exchange.Refused(404, Ui.CHECKLIST_UNKNOWN.in(l)));
        int version;
        try {
            version = Integer.parseInt(x.field("version"));
        } catch (NumberFormatException e) {
            throw new Exchange.Refused(400, "missing version");
        }
        Answers.FormFields form = new Answers.FormFields() {
            @Override
            public String one(String name) throws Exchange.Refused {
                return x.field(name);
            }

            @Override
            public List<String> all(String name) throws Exchange.Refused {
                return x.fields(name);
            }
        };
        String org = limit(x.field("organisation").strip());
        if (org.isEmpty()) {
            org = row.organisation();
        }
        String sector = limit(x.field("sector").strip());
        String assessor = limit(x.field("assessor").strip());
        Optional<LocalDate> day;
        try {
            day = Routes.date(x.field("assessed_on"));
        } catch (DateTimeParseException e) {
            day = row.assessedOn();
        }
        ObjectNode doc = Answers.start(c.id(), org, sector, assessor, day.map(LocalDate::toString).orElse(""));
        doc.set("profile", Answers.profile(c, form));
        doc.set("answers", Answers.answers(c, form));
        Routes.Graded g = routes.grade(doc, "answers", l);
        boolean finish = x.field("action").equals("finish") && g.report().isPresent();
        Store.Fields f = new Store.Fields(c.id(), org, sector, assessor, day, Answers.toJson(doc),
                finish ? Store.State.FINAL : row.state(), g.report().map(r -> r.grade().name()),
                g.report().map(AssessmentReport::score));
        try {
            routes.store.update(row.id(), version, f);
        } catch (Store.Conflict e) {
            conflict(x, row, doc);
            return;
        }
        if (finish) {
            x.redirect("/assessments/" + row.id());
        } else if (g.problems().isEmpty()) {
            x.redirect("/assessments/" + row.id() + "/edit?saved=1");
        } else {
            edit(x, routes.store.find(row.id()).orElseThrow(), g.problems(), Optional.of(Ui.SAVED.in(l)));
        }
    }

    private void conflict(Exchange x, Store.Row row, JsonNode mine) throws IOException {
        Language l = x.language();
        Html h = open(x, Ui.CONFLICT_TITLE.in(l));
        h.raw("<p class=\"problem\" role=\"alert\">").text(Ui.CONFLICT_TEXT.in(l)).raw("</p>\n<p><a class=\"button\"")
                .attr("href", "/assessments/" + row.id() + "/edit").raw(">").text(Ui.OPEN_LATEST.in(l)).raw("</a></p>\n")
                .raw("<details><summary>").text(Ui.CONFLICT_YOURS.in(l)).raw("</summary><pre>").text(Answers.toYaml(mine))
                .raw("</pre></details>\n");
        close(x, h, 409);
    }

    // ---------------------------------------------------------------- results

    void results(Exchange x, Store.Row row) throws IOException {
        Language l = x.language();
        Routes.Graded g = routes.grade(row, l);
        Html h = open(x, Ui.RESULTS.in(l) + ": " + row.organisation());
        if (x.param("saved").isPresent()) {
            h.raw("<p class=\"notice\" role=\"status\">").text(Ui.SAVED.in(l)).raw("</p>\n");
        }
        h.raw("<dl class=\"summary\"><dt>").text(Ui.CHECKLIST.in(l)).raw("</dt><dd>")
                .text(routes.engine.checklist(row.checklistId()).map(c -> c.title().get(l)).orElse(row.checklistId()))
                .raw("</dd><dt>").text(Ui.DATE.in(l)).raw("</dt><dd>").text(row.assessedOn().map(LocalDate::toString).orElse("—"))
                .raw("</dd><dt>").text(Ui.ASSESSOR.in(l)).raw("</dt><dd>").text(row.assessor().isEmpty() ? "—" : row.assessor())
                .raw("</dd><dt>").text(Ui.STATE.in(l)).raw("</dt><dd>")
                .text((row.state() == Store.State.DRAFT ? Ui.STATE_DRAFT : Ui.STATE_FINAL).in(l)).raw("</dd>");
        if (g.report().isPresent()) {
            AssessmentReport r = g.report().get();
            h.raw("<dt>").text(Ui.GRADE.in(l)).raw("</dt><dd><strong class=\"grade\" id=\"grade\">").text(r.grade().name())
                    .raw("</strong> ").text(Wording.meaningOf(r.grade()).in(l)).raw("</dd><dt>").text(Ui.SCORE.in(l))
                    .raw("</dt><dd id=\"score\">").text(r.score()).raw("</dd>");
        } else {
            h.raw("<dt>").text(Ui.GRADE.in(l)).raw("</dt><dd>").text(Ui.NOT_GRADED.in(l)).raw("</dd>");
        }
        h.raw("</dl>\n");
        problems(h, g.problems(), l, Ui.PROBLEMS);
        String base = "/assessments/" + row.id();
        String api = "/api" + base;
        h.raw("<p class=\"links\"><a class=\"button\"").attr("href", base + "/report?lang=" + l.code()).attr("id", "report-link").raw(">")
                .text(Ui.REPORT.in(l)).raw("</a> <a").attr("href", base + "/edit").raw(">").text(Ui.EDIT.in(l)).raw("</a> <a")
                .attr("href", "/history?org=" + java.net.URLEncoder.encode(row.organisation(), StandardCharsets.UTF_8)).raw(">")
                .text(Ui.HISTORY.in(l)).raw("</a></p>\n<h2>").text(Ui.DOWNLOADS.in(l)).raw("</h2>\n<ul class=\"downloads\">")
                .raw("<li>").text(Ui.ANSWERS_DL.in(l)).raw(": <a").attr("href", api + "/answers?format=yaml").raw(">YAML</a> · <a")
                .attr("href", api + "/answers?format=json").raw(">JSON</a> · <a")
                .attr("href", api + "/answers?format=xlsx&lang=" + l.code()).raw(">Excel</a></li>\n");
        if (g.report().isPresent()) {
            h.raw("<li>").text(Ui.REPORT_DL.in(l)).raw(":");
            String[][] formats = {{"json", "JSON"}, {"csv", "CSV"}, {"markdown", "Markdown"}, {"html", "HTML"}};
            for (String[] f : formats) {
                h.raw(" <a").attr("href", api + "/report?format=" + f[0] + "&lang=" + l.code()).raw(">").text(f[1]).raw("</a>");
            }
            h.raw("</li>\n");
        }
        h.raw("</ul>\n");
        close(x, h, 200);
    }

    // ---------------------------------------------------------------- history and diff

    void history(Exchange x) throws IOException, SQLException {
        Language l = x.language();
        Optional<String> org = x.param("org").filter(s -> !s.isBlank());
        Html h = open(x, org.map(o -> Ui.HISTORY.in(l) + ": " + o).orElse(Ui.HISTORY.in(l)));
        List<Store.Row> rows = routes.store.list(org, 2000);
        table(h, rows, l, org.isEmpty());
        if (org.isPresent() && rows.size() >= 2) {
            h.raw("<h2>").text(Ui.COMPARE.in(l)).raw("</h2>\n<p>").text(Ui.COMPARE_HELP.in(l)).raw("</p>\n")
                    .raw("<form method=\"get\" action=\"/diff\" class=\"compare\">\n");
            for (String side : List.of("before", "after")) {
                h.raw("<p><label").attr("for", side).raw(">").text((side.equals("before") ? Ui.BEFORE : Ui.AFTER).in(l))
                        .raw("</label><select").attr("id", side).attr("name", side).raw(">\n");
                for (int i = 0; i < rows.size(); i++) {
                    Store.Row r = rows.get(i);
                    boolean sel = side.equals("before") ? i == rows.size() - 2 : i == rows.size() - 1;
                    h.raw("<option").attr("value", r.id()).flag("selected", sel).raw(">").text(r.assessedOn().map(LocalDate::toString)
                            .orElse("—")).text(" #" + r.id() + " " + r.checklistId() + " " + r.grade().orElse("")).raw("</option>\n");
                }
                h.raw("</select></p>\n");
            }
            h.raw("<p><button type=\"submit\">").text(Ui.SHOW_DIFF.in(l)).raw("</button></p>\n</form>\n");
        }
        close(x, h, 200);
    }

    void diff(Exchange x) throws IOException, SQLException, Exchange.Refused {
        Language l = x.language();
        long a;
        long b;
        try {
            a = Long.parseLong(x.param("before").orElse(""));
            b = Long.parseLong(x.param("after").orElse(""));
        } catch (NumberFormatException e) {
            throw new Exchange.Refused(400, Ui.COMPARE_HELP.in(l));
        }
        Store.Row before = routes.store.find(a).orElseThrow(() -> new Exchange.Refused(404, Ui.NOT_FOUND.in(l)));
        Store.Row after = routes.store.find(b).orElseThrow(() -> new Exchange.Refused(404, Ui.NOT_FOUND.in(l)));
        Routes.Graded gb = routes.grade(before, l);
        Routes.Graded ga = routes.grade(after, l);
        Html h = open(x, Ui.DIFF_TITLE.in(l) + ": " + after.organisation());
        if (gb.report().isEmpty() || ga.report().isEmpty()) {
            List<Problem> all = new ArrayList<>(gb.problems());
            all.addAll(ga.problems());
            problems(h, all, l, Ui.NOT_GRADED);
            close(x, h, 400);
            return;
        }
        ReportDiff d;
        try {
            d = ReportDiff.compare(gb.report().get().toJson().getBytes(StandardCharsets.UTF_8), "#" + a,
                    ga.report().get().toJson().getBytes(StandardCharsets.UTF_8), "#" + b);
        } catch (TenkenException e) {
            h.raw("<p class=\"problem\" role=\"alert\">").text(Ui.DIFF_OTHER_CHECKLIST.in(l)).raw("</p>\n");
            close(x, h, 400);
            return;
        }
        h.raw("<table class=\"list headline\"><thead><tr><th scope=\"col\"></th><th scope=\"col\">").text(Ui.BEFORE.in(l))
                .raw(" (#").text(a).raw(")</th><th scope=\"col\">").text(Ui.AFTER.in(l)).raw(" (#").text(b).raw(")</th></tr></thead><tbody>")
                .raw("<tr><th scope=\"row\">").text(Ui.DATE.in(l)).raw("</th><td>")
                .text(d.before().assessedOn().map(LocalDate::toString).orElse("—")).raw("</td><td>")
                .text(d.after().assessedOn().map(LocalDate::toString).orElse("—")).raw("</td></tr>")
                .raw("<tr><th scope=\"row\">").text(Ui.GRADE.in(l)).raw("</th><td>").text(d.before().grade().name())
                .raw("</td><td>").text(d.after().grade().name()).raw("</td></tr><tr><th scope=\"row\">").text(Ui.SCORE.in(l))
                .raw("</th><td>").text(d.before().score()).raw("</td><td>").text(d.after().score()).raw("</td></tr></tbody></table>\n");
        if (d.changes().isEmpty() && d.waivers().isEmpty()) {
            h.raw("<p>").text(Ui.DIFF_NONE.in(l)).raw("</p>\n");
        }
        Map<ChangeKind, Ui> kinds = new LinkedHashMap<>();
        kinds.put(ChangeKind.REGRESSED, Ui.REGRESSED);
        kinds.put(ChangeKind.IMPROVED, Ui.IMPROVED);
        kinds.put(ChangeKind.NEWLY_APPLICABLE, Ui.NEWLY_APPLICABLE);
        kinds.put(ChangeKind.NO_LONGER_APPLICABLE, Ui.NO_LONGER_APPLICABLE);
        kinds.put(ChangeKind.RESTATED, Ui.RESTATED);
        kinds.put(ChangeKind.RERANKED, Ui.RERANKED);
        kinds.put(ChangeKind.ADDED, Ui.ADDED);
        kinds.put(ChangeKind.REMOVED, Ui.REMOVED);
        for (Map.Entry<ChangeKind, Ui> k : kinds.entrySet()) {
            List<ItemChange> cs = d.changes(k.getKey());
            if (cs.isEmpty()) {
                continue;
            }
            h.raw("<section").attr("class", "change " + k.getKey().key()).attr("id", k.getKey().key()).raw("><h2>")
                    .text(k.getValue().in(l)).raw(" (").text(cs.size()).raw(")</h2>\n<table class=\"list\"><thead><tr><th scope=\"col\">")
                    .text(Ui.ITEM.in(l)).raw("</th><th scope=\"col\">").text(Ui.RANK.in(l)).raw("</th><th scope=\"col\">")
                    .text(Ui.BEFORE.in(l)).raw("</th><th scope=\"col\">").text(Ui.AFTER.in(l)).raw("</th></tr></thead><tbody>\n");
            for (ItemChange c : cs) {
                h.raw("<tr><td><span class=\"id\">").text(c.item()).raw("</span> ").text(c.title()).raw("</td><td>")
                        .text(c.rank().label(l)).raw("</td><td>").text(c.before().map(s -> status(s, l)).orElse("—"))
                        .raw("</td><td>").text(c.after().map(s -> status(s, l)).orElse("—")).raw("</td></tr>\n");
            }
            h.raw("</tbody></table></section>\n");
        }
        if (!d.waivers().isEmpty()) {
            h.raw("<section class=\"change waivers\" id=\"waivers\"><h2>").text(Ui.WAIVERS_CHANGED.in(l))
                    .raw("</h2>\n<table class=\"list\"><thead><tr><th scope=\"col\">").text(Ui.ITEM.in(l))
                    .raw("</th><th scope=\"col\">").text(Ui.CHANGE.in(l)).raw("</th><th scope=\"col\">").text(Ui.EXPIRES.in(l))
                    .raw("</th></tr></thead><tbody>\n");
            for (WaiverChange w : d.waivers()) {
                Ui kind = switch (w.kind()) {
                    case ADDED -> Ui.W_ADDED;
                    case EXPIRED -> Ui.W_EXPIRED;
                    case REMOVED -> Ui.W_REMOVED;
                };
                h.raw("<tr><td><span class=\"id\">").text(w.item()).raw("</span> ").text(w.title()).raw("</td><td>")
                        .text(kind.in(l)).raw("</td><td>").text(w.expires().map(LocalDate::toString).orElse("—")).raw("</td></tr>\n");
            }
            h.raw("</tbody></table></section>\n");
        }
        close(x, h, 200);
    }

    private static String status(ItemStatus s, Language l) {
        return s.label(l);
    }
}
