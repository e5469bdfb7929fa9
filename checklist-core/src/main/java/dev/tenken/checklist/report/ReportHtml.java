package dev.tenken.checklist.report;

import dev.tenken.checklist.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a report as one self-contained HTML page: no scripts, no external fonts, styles or
 * images, so it opens offline and can be mailed or archived as it is. The chart is inline SVG;
 * print CSS keeps colours and avoids breaking table rows across pages. Every piece of text
 * from a checklist or an answers file is escaped.
 */
final class ReportHtml {
    private static final String CSS = """
            :root{--ink:#1f2328;--muted:#57606a;--line:#d0d7de;--bg:#f6f8fa;--high:#c62828;--medium:#b26a00;--low:#1565c0;--ok:#2e7d32}
            *{box-sizing:border-box}
            body{margin:0 auto;max-width:980px;padding:24px;color:var(--ink);line-height:1.55;
              font-family:"Hiragino Kaku Gothic ProN","Hiragino Sans","Yu Gothic","Meiryo","Noto Sans CJK JP","Noto Sans JP",system-ui,sans-serif}
            h1{font-size:1.5rem;margin:0 0 4px}
            h2{font-size:1.2rem;border-bottom:2px solid var(--line);padding-bottom:4px;margin-top:32px}
            h3{font-size:1rem;margin:20px 0 6px}
            .meta{color:var(--muted);margin:0}
            .headline{display:flex;gap:24px;align-items:center;margin:20px 0;padding:16px;background:var(--bg);border-radius:8px}
            .grade{font-size:3.2rem;font-weight:700;width:96px;height:96px;border-radius:12px;color:#fff;
              display:flex;align-items:center;justify-content:center}
            .grade-A{background:#2e7d32}.grade-B{background:#00796b}.grade-C{background:#b26a00}.grade-D{background:#d84315}.grade-E{background:#c62828}
            .score{font-size:2rem;font-weight:700}.score small{font-size:1rem;color:var(--muted);font-weight:400}
            table{border-collapse:collapse;width:100%;margin:8px 0;font-size:.92rem}
            th,td{border:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
            th{background:var(--bg)}
            td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
            .sev{display:inline-block;min-width:3.5em;text-align:center;border-radius:4px;color:#fff;padding:0 6px;font-weight:700}
            .sev-high{background:var(--high)}.sev-medium{background:var(--medium)}.sev-low{background:var(--low)}
            .st-met{color:var(--ok)}.st-partial{color:var(--medium)}.st-unmet,.st-unanswered{color:var(--high);font-weight:700}
            .st-not_applicable{color:var(--muted)}
            td.nw{white-space:nowrap}
            table.items,table.findings{table-layout:fixed}
            td.bar{white-space:nowrap}
            .hint{margin:0}.refs,.rules{color:var(--muted);font-size:.85rem;margin:4px 0 0}
            svg text{font-family:inherit}
            footer{margin-top:40px;color:var(--muted);font-size:.8rem;border-top:1px solid var(--line);padding-top:8px}
            @page{size:A4;margin:14mm}
            @media print{
              body{max-width:none;padding:0;font-size:9.5pt}
              *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
              h2{break-after:avoid}
              tr,.headline,figure{break-inside:avoid}
              thead{display:table-header-group}
              #items{break-before:page}
            }
            """;

    private static final int CHART_WIDTH = 720;
    private static final int LABEL_WIDTH = 260;
    private static final int ROW_HEIGHT = 26;

    private ReportHtml() {
    }

    static String write(AssessmentReport r) {
        Language l = r.language();
        StringBuilder b = new StringBuilder(32 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(l.code()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"tenken\">\n<title>").append(esc(r.checklistTitle()))
                .append(" — ").append(Wording.GRADE.in(l)).append(' ').append(r.grade().name()).append("</title>\n<style>")
                .append(CSS).append("</style>\n</head>\n<body>\n");
        header(b, r, l);
        summary(b, r, l);
        categories(b, r, l);
        findings(b, r, l);
        items(b, r, l);
        references(b, r, l);
        if (!r.warnings().isEmpty()) {
            b.append("<section id=\"warnings\">\n<h2>").append(Wording.WARNINGS.in(l)).append("</h2>\n<ul>\n");
            r.warnings().forEach(w -> b.append("<li>").append(esc(w)).append("</li>\n"));
            b.append("</ul>\n</section>\n");
        }
        b.append("<footer>").append(Wording.GENERATED_BY.in(l)).append(" · ").append(esc(r.checklistId())).append(' ')
                .append(esc(r.checklistVersion())).append("</footer>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void header(StringBuilder b, AssessmentReport r, Language l) {
        b.append("<header>\n<h1>").append(esc(r.checklistTitle())).append("</h1>\n<p class=\"meta\">")
                .append(esc(r.checklistId())).append(' ').append(esc(r.checklistVersion()));
        for (Map.Entry<String, String> e : r.organisation().entrySet()) {
            String key = e.getKey().equals("name") ? Wording.ORGANISATION.in(l) : e.getKey();
            b.append(" · ").append(esc(key)).append(": ").append(esc(e.getValue()));
        }
        b.append("</p>\n</header>\n");
    }

    private static void summary(StringBuilder b, AssessmentReport r, Language l) {
        String g = r.grade().name();
        b.append("<section id=\"summary\" class=\"headline\">\n<div class=\"grade grade-").append(g)
                .append("\" aria-label=\"").append(Wording.GRADE.in(l)).append(' ').append(g).append("\">")
                .append(g).append("</div>\n<div>\n<div class=\"score\">").append(r.score())
                .append(" <small>/ 100 ").append(Wording.SCORE.in(l)).append("</small></div>\n<p class=\"meta\">")
                .append(Wording.meaningOf(r.grade()).in(l)).append("</p>\n</div>\n</section>\n");
        b.append("<table id=\"compliance\">\n<thead><tr><th></th><th class=\"num\">").append(Wording.APPLICABLE.in(l))
                .append("</th><th class=\"num\">").append(Wording.MET.in(l)).append("</th><th class=\"num\">")
                .append(Wording.PARTIAL.in(l)).append("</th><th class=\"num\">").append(Wording.UNMET.in(l))
                .append("</th><th class=\"num\">").append(Wording.UNANSWERED.in(l)).append("</th><th>")
                .append(Wording.COMPLIANCE.in(l)).append("</th></tr></thead>\n<tbody>\n");
        rankRow(b, Wording.REQUIRED.in(l), r.summary().required());
        rankRow(b, Wording.RECOMMENDED.in(l), r.summary().recommended());
        b.append("</tbody>\n</table>\n<p class=\"meta\">").append(Wording.NOT_APPLICABLE.in(l)).append(": ")
                .append(r.summary().notApplicable()).append("</p>\n");
    }

    private static void rankRow(StringBuilder b, String name, RankSummary s) {
        long pct = Math.round(s.score() * 100);
        b.append("<tr><th>").append(name).append("</th><td class=\"num\">").append(s.applicable())
                .append("</td><td class=\"num\">").append(s.met()).append("</td><td class=\"num\">").append(s.partial())
                .append("</td><td class=\"num\">").append(s.unmet()).append("</td><td class=\"num\">").append(s.unanswered())
                .append("</td><td class=\"bar\">").append(bar(pct, 160, 14)).append(' ').append(pct).append("%</td></tr>\n");
    }

    /** A small inline SVG bar for a percentage. */
    private static String bar(long pct, int width, int height) {
        long w = Math.round(width * pct / 100.0);
        return "<svg width=\"" + width + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height
                + "\" role=\"img\" aria-hidden=\"true\"><rect width=\"" + width + "\" height=\"" + height
                + "\" fill=\"#eaeef2\"/><rect width=\"" + w + "\" height=\"" + height + "\" fill=\"" + colourFor(pct)
                + "\"/></svg>";
    }

    private static void categories(StringBuilder b, AssessmentReport r, Language l) {
        List<CategoryScore> cs = r.categories();
        int plot = CHART_WIDTH - LABEL_WIDTH - 50;
        int height = ROW_HEIGHT * cs.size() + 24;
        b.append("<section id=\"categories\">\n<h2>").append(Wording.CATEGORIES.in(l)).append("</h2>\n<figure>\n")
                .append("<svg class=\"chart\" width=\"100%\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"chart-title\" xmlns=\"http://www.w3.org/2000/svg\">\n")
                .append("<title id=\"chart-title\">").append(Wording.CATEGORIES.in(l)).append("</title>\n");
        for (int tick = 0; tick <= 100; tick += 25) {
            int x = LABEL_WIDTH + plot * tick / 100;
            b.append("<line x1=\"").append(x).append("\" y1=\"0\" x2=\"").append(x).append("\" y2=\"")
                    .append(height - 18).append("\" stroke=\"#d0d7de\" stroke-dasharray=\"3 3\"/>")
                    .append("<text x=\"").append(x).append("\" y=\"").append(height - 4)
                    .append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#57606a\">").append(tick).append("</text>\n");
        }
        for (int i = 0; i < cs.size(); i++) {
            CategoryScore c = cs.get(i);
            int y = i * ROW_HEIGHT;
            int w = plot * c.score() / 100;
            b.append("<g><title>").append(esc(c.title())).append(": ").append(c.score()).append("</title>")
                    .append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 17)
                    .append("\" font-size=\"13\" text-anchor=\"end\" fill=\"#1f2328\">").append(esc(shorten(c.title(), 30)))
                    .append("</text><rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 4).append("\" width=\"")
                    .append(w).append("\" height=\"").append(ROW_HEIGHT - 8).append("\" rx=\"3\" fill=\"")
                    .append(colourFor(c.score())).append("\"/><text x=\"").append(LABEL_WIDTH + w + 6).append("\" y=\"")
                    .append(y + 17).append("\" font-size=\"13\" fill=\"#1f2328\">").append(c.score()).append("</text></g>\n");
        }
        b.append("</svg>\n</figure>\n</section>\n");
    }

    private static void findings(StringBuilder b, AssessmentReport r, Language l) {
        b.append("<section id=\"findings\">\n<h2>").append(Wording.FINDINGS.in(l)).append(" (").append(r.findings().size())
                .append(")</h2>\n");
        if (r.findings().isEmpty()) {
            b.append("<p>").append(Wording.NO_FINDINGS.in(l)).append("</p>\n</section>\n");
            return;
        }
        b.append("<table class=\"findings\">\n<colgroup><col style=\"width:9%\"><col style=\"width:12%\">"
                + "<col style=\"width:10%\"><col style=\"width:27%\"><col></colgroup>\n<thead><tr><th>").append(Wording.SEVERITY.in(l)).append("</th><th>")
                .append(Wording.ITEM.in(l)).append("</th><th>").append(Wording.STATUS.in(l)).append("</th><th>")
                .append(Wording.TITLE.in(l)).append("</th><th>").append(Wording.REMEDIATION.in(l))
                .append("</th></tr></thead>\n<tbody>\n");
        for (Finding f : r.findings()) {
            String sev = f.severity().key();
            b.append("<tr class=\"finding\" data-item=\"").append(esc(f.item().orElse(""))).append("\"><td class=\"nw\"><span class=\"sev sev-")
                    .append(sev).append("\">").append(Wording.of(f.severity()).in(l)).append("</span></td><td class=\"nw\">");
            if (f.item().isPresent()) {
                b.append("<a href=\"#item-").append(esc(f.item().get())).append("\">").append(esc(f.item().get()))
                        .append("</a><br>").append(f.rank().map(x -> x.label(l)).orElse(""));
            } else {
                b.append(Wording.CONCERN.in(l));
            }
            b.append("</td><td class=\"nw\">").append(f.status().map(s -> "<span class=\"st-" + s.key() + "\">" + Wording.of(s).in(l)
                    + "</span>").orElse("")).append("</td><td>").append(esc(f.title())).append("</td><td><p class=\"hint\">")
                    .append(esc(f.remediation())).append("</p>");
            if (!f.references().isEmpty()) {
                b.append("<p class=\"refs\">").append(Wording.REFERENCES.in(l)).append(": ")
                        .append(esc(String.join(" / ", f.references()))).append("</p>");
            }
            // only the reasons for a raised severity: the base status and severity rules add nothing a reader needs
            List<String> reasons = f.rules().stream().filter(x -> x.contains("severity raised")).toList();
            if (!reasons.isEmpty()) {
                b.append("<p class=\"rules\">").append(Wording.REASONS.in(l)).append(": ")
                        .append(esc(String.join(" / ", reasons))).append("</p>");
            }
            b.append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n</section>\n");
    }

    private static void items(StringBuilder b, AssessmentReport r, Language l) {
        Map<String, List<ItemResult>> byCategory = new LinkedHashMap<>();
        r.categories().forEach(c -> byCategory.put(c.id(), new ArrayList<>()));
        r.items().forEach(i -> byCategory.computeIfAbsent(i.category(), k -> new ArrayList<>()).add(i));
        Map<String, CategoryScore> scores = new LinkedHashMap<>();
        r.categories().forEach(c -> scores.put(c.id(), c));
        b.append("<section id=\"items\">\n<h2>").append(Wording.ITEMS_BY_CATEGORY.in(l)).append("</h2>\n");
        for (Map.Entry<String, List<ItemResult>> e : byCategory.entrySet()) {
            CategoryScore c = scores.get(e.getKey());
            b.append("<h3>").append(esc(c == null ? e.getKey() : c.title()));
            if (c != null) {
                b.append(" — ").append(c.score());
            }
            b.append("</h3>\n<table class=\"items\">\n<colgroup><col style=\"width:9%\"><col style=\"width:14%\">"
                    + "<col style=\"width:15%\"><col></colgroup>\n<thead><tr><th>").append(Wording.ITEM.in(l)).append("</th><th>")
                    .append(Wording.RANK.in(l)).append("</th><th>").append(Wording.STATUS.in(l)).append("</th><th>")
                    .append(Wording.TITLE.in(l)).append("</th></tr></thead>\n<tbody>\n");
            for (ItemResult i : e.getValue()) {
                b.append("<tr id=\"item-").append(esc(i.item())).append("\"><td class=\"nw\">").append(esc(i.item())).append("</td><td class=\"nw\">")
                        .append(i.rank().label(l)).append("</td><td class=\"nw st-").append(i.status().key()).append("\">")
                        .append(Wording.of(i.status()).in(l)).append("</td><td>").append(esc(i.title())).append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n");
        }
        b.append("</section>\n");
    }

    private static void references(StringBuilder b, AssessmentReport r, Language l) {
        Set<String> refs = new LinkedHashSet<>();
        r.findings().forEach(f -> refs.addAll(f.references()));
        if (refs.isEmpty()) {
            return;
        }
        b.append("<section id=\"references\">\n<h2>").append(Wording.REFERENCES.in(l)).append("</h2>\n<ul>\n");
        refs.forEach(x -> b.append("<li>").append(esc(x)).append("</li>\n"));
        b.append("</ul>\n</section>\n");
    }

    private static String colourFor(long pct) {
        return pct >= 80 ? "#2e7d32" : pct >= 50 ? "#b26a00" : "#c62828";
    }

    /** Cuts a label to about {@code width} columns, counting wide (CJK) characters as two. */
    static String shorten(String s, int width) {
        if (columns(s) <= width) {
            return s;
        }
        int cols = 1; // the ellipsis
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            cols += columns(cp);
            if (cols > width) {
                break;
            }
            i += Character.charCount(cp);
        }
        return s.substring(0, i) + "…";
    }

    private static int columns(String s) {
        return s.codePoints().map(ReportHtml::columns).sum();
    }

    private static int columns(int codePoint) {
        return codePoint >= 0x1100 ? 2 : 1;
    }

    /** Escapes text for HTML element content and attributes ({@link dev.tenken.checklist.text.HtmlText}). */
    static String esc(String s) {
        return dev.tenken.checklist.text.HtmlText.escape(s);
    }
}
