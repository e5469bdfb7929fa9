package dev.tenken.checklist.report;

import dev.tenken.checklist.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
            body{margin:0 auto;max-width:980px;padding:24px;color:var(--ink);line-height:1.5;
              font-family:"Hiragino Kaku Gothic ProN","Hiragino Sans","Yu Gothic","Meiryo","Noto Sans CJK JP","Noto Sans JP",system-ui,sans-serif}
            h1{font-size:1.5rem;margin:0 0 4px}
            h2{font-size:1.2rem;border-bottom:2px solid var(--line);padding-bottom:4px;margin:28px 0 8px}
            .meta{color:var(--muted);margin:0}
            .meta span{white-space:nowrap}
            .headline{display:flex;flex-wrap:wrap;gap:12px 24px;align-items:center;margin:16px 0;padding:14px;background:var(--bg);border-radius:8px}
            .grade{font-size:3.2rem;font-weight:700;width:96px;height:96px;border-radius:12px;color:#fff;flex:none;
              display:flex;align-items:center;justify-content:center}
            .grade-A{background:#2e7d32}.grade-B{background:#00796b}.grade-C{background:#b26a00}.grade-D{background:#d84315}.grade-E{background:#c62828}
            .said{flex:1 1 16em;min-width:0}.said p{margin:2px 0}
            .score{font-size:2rem;font-weight:700}.score small{font-size:1rem;color:var(--muted);font-weight:400}
            .legend{flex:1 1 17em;min-width:0;margin:0;font-size:.8rem;color:var(--muted);border-collapse:collapse}
            .legend caption{text-align:left;font-weight:700;padding-bottom:2px}
            .legend th,.legend td{border:0;padding:0 6px 0 0;background:none;vertical-align:top}
            .legend tr.this{color:var(--ink);font-weight:700}
            table{border-collapse:collapse;width:100%;margin:8px 0;font-size:.92rem}
            th,td{border:1px solid var(--line);padding:5px 7px;text-align:left;vertical-align:top}
            th{background:var(--bg)}
            td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
            .nw{white-space:nowrap}
            th.min{width:1%}
            html[lang=ja] td.who{min-width:7.5em}
            .sev{display:inline-block;text-align:center;border-radius:4px;color:#fff;padding:0 6px;font-weight:700;white-space:nowrap}
            .sev-high{background:var(--high)}.sev-medium{background:var(--medium)}.sev-low{background:var(--low)}
            .waived{display:inline-block;border:1px solid var(--muted);border-radius:4px;padding:0 4px;font-size:.8rem;color:var(--muted);white-space:nowrap}
            .st-met{color:var(--ok)}.st-partial{color:var(--medium)}.st-unmet,.st-unanswered{color:var(--high);font-weight:700}
            .st-not_applicable{color:var(--muted)}
            td.text{overflow-wrap:anywhere}
            .id{white-space:nowrap;font-variant-numeric:tabular-nums}
            td.bar{white-space:nowrap}
            .ttl{font-weight:700;margin:0}.hint{margin:0}.refs,.rules{color:var(--muted);font-size:.85rem;margin:2px 0 0}
            .d{margin:2px 0 0;font-size:.85rem}.d b{font-weight:700;color:var(--muted)}
            .d-waiver-expired{color:var(--high)}.d-assumed,.d-declared,.d-answer{color:var(--muted)}
            tr.cat th{background:#eaeef2;font-size:.95rem}
            tr.cat th span{float:right;font-weight:400}
            #warnings ul{margin:4px 0;padding-left:1.4em}
            #references ol{margin:4px 0;padding-left:2.2em;font-size:.8rem;color:var(--muted);columns:2;column-gap:28px}
            #references li{break-inside:avoid}
            .refs a{color:inherit}
            figure{margin:8px 0}
            .chart{display:grid;grid-template-columns:fit-content(45%) minmax(0,1fr) 2.2em;gap:5px 10px;align-items:center}
            .crow{display:contents}
            .clabel{text-align:right;font-size:.88rem;line-height:1.25;overflow-wrap:anywhere}
            .ctrack{height:16px;padding:1px 0;background:linear-gradient(to right,#d0d7de 1px,transparent 1px) 0 0/25% 100% repeat-x,#f6f8fa;border-right:1px solid #d0d7de}
            .ctrack svg{display:block;width:100%;height:14px}
            .cval{font-size:.88rem;font-variant-numeric:tabular-nums}
            footer{margin-top:28px;color:var(--muted);font-size:.8rem;border-top:1px solid var(--line);padding-top:6px}
            @page{size:A4;margin:12mm}
            @media print{
              body{max-width:none;padding:0 1px;font-size:9pt;line-height:1.35}
              *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
              h2{break-after:avoid;margin-top:18px}
              tr,.headline,.chart,.legend{break-inside:avoid}
              thead{display:table-header-group}
              th,td{padding:2px 5px}
              .chart{gap:3px 10px}
              table.items{font-size:.86rem}
              #references ol{font-size:.75rem;line-height:1.25}
              .headline{margin:10px 0;padding:10px}
            }
            """;

    private ReportHtml() {
    }

    static String write(AssessmentReport r) {
        Language l = r.language();
        StringBuilder b = new StringBuilder(48 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(l.code()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"tenken\">\n<title>").append(esc(r.checklistTitle()))
                .append(" — ").append(Wording.GRADE.in(l)).append(' ').append(r.grade().name()).append("</title>\n<style>")
                .append(CSS).append("</style>\n</head>\n<body>\n");
        header(b, r, l);
        summary(b, r, l);
        warnings(b, r, l);
        categories(b, r, l);
        findings(b, r, l);
        items(b, r, l);
        references(b, r, l);
        b.append("<footer>").append(ReportText.footer(r, ReportHtml::esc)).append("</footer>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void header(StringBuilder b, AssessmentReport r, Language l) {
        b.append("<header>\n<h1>").append(esc(r.checklistTitle())).append("</h1>\n<p class=\"meta\">");
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, String> e : r.organisation().entrySet()) {
            String key = switch (e.getKey()) {
                case "name" -> Wording.ORGANISATION.in(l);
                case "sector" -> Wording.SECTOR.in(l);
                default -> e.getKey();
            };
            parts.add(esc(key) + ": " + esc(e.getValue()));
        }
        parts.add(Wording.ASSESSED_ON.in(l) + ": <time datetime=\"" + r.assessedOn() + "\">" + r.assessedOn() + "</time>");
        if (!r.assessor().isEmpty()) {
            parts.add(Wording.ASSESSOR.in(l) + ": " + ReportText.assessor(r.assessor(), l, ReportHtml::esc));
        }
        b.append(String.join(" · ", parts.stream().map(x -> "<span>" + x + "</span>").toList()));
        b.append("</p>\n</header>\n");
    }

    private static void summary(StringBuilder b, AssessmentReport r, Language l) {
        String g = r.grade().name();
        b.append("<section id=\"summary\" class=\"headline\">\n<div class=\"grade grade-").append(g)
                .append("\" aria-label=\"").append(Wording.GRADE.in(l)).append(' ').append(g).append("\">")
                .append(g).append("</div>\n<div class=\"said\">\n<div class=\"score\">").append(r.score())
                .append(" <small>/ 100 ").append(Wording.SCORE.in(l)).append("</small></div>\n");
        ReportText.headline(r).forEach(s -> b.append("<p class=\"meta\">").append(esc(s)).append("</p>\n"));
        b.append("</div>\n<table class=\"legend\"><caption>").append(Wording.GRADE_LEGEND.in(l)).append("</caption>\n");
        for (Grade x : Grade.values()) {
            b.append("<tr").append(x == r.grade() ? " class=\"this\"" : "").append("><th>").append(x.name()).append("</th><td>")
                    .append(Wording.legendOf(x).in(l)).append("</td></tr>\n");
        }
        b.append("</table>\n</section>\n");
        b.append("<table id=\"compliance\">\n<thead><tr><th></th><th class=\"num\">").append(Wording.APPLICABLE.in(l))
                .append("</th><th class=\"num\">").append(Wording.MET.in(l)).append("</th><th class=\"num\">")
                .append(Wording.PARTIAL.in(l)).append("</th><th class=\"num\">").append(Wording.UNMET.in(l))
                .append("</th><th class=\"num\">").append(Wording.UNANSWERED.in(l)).append("</th><th>")
                .append(Wording.COMPLIANCE.in(l)).append("</th></tr></thead>\n<tbody>\n");
        rankRow(b, Wording.REQUIRED.in(l), r.summary().required());
        rankRow(b, Wording.RECOMMENDED.in(l), r.summary().recommended());
        b.append("</tbody>\n</table>\n<p class=\"meta\"><span>").append(Wording.NOT_APPLICABLE.in(l)).append(": ")
                .append(r.summary().notApplicable()).append("</span>");
        ReportText.counts(r).forEach((k, v) -> b.append(" · <span>").append(k).append(": ").append(v).append("</span>"));
        b.append("</p>\n");
    }

    private static void rankRow(StringBuilder b, String name, RankSummary s) {
        long pct = Math.round(s.score() * 100);
        b.append("<tr><th>").append(name).append("</th><td class=\"num\">").append(s.applicable())
                .append("</td><td class=\"num\">").append(s.met()).append("</td><td class=\"num\">").append(s.partial())
                .append("</td><td class=\"num\">").append(s.unmet()).append("</td><td class=\"num\">").append(s.unanswered())
                .append("</td><td class=\"bar\">").append(bar(pct, 120, 12)).append(' ').append(pct).append("%</td></tr>\n");
    }

    /** A small inline SVG bar for a percentage. */
    private static String bar(long pct, int width, int height) {
        long w = Math.round(width * pct / 100.0);
        return "<svg width=\"" + width + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height
                + "\" role=\"img\" aria-hidden=\"true\"><rect width=\"" + width + "\" height=\"" + height
                + "\" fill=\"#eaeef2\"/><rect width=\"" + w + "\" height=\"" + height + "\" fill=\"" + colourFor(pct)
                + "\"/></svg>";
    }

    /** Warnings come before the findings (SPEC section 6): they say what the findings rest on. */
    private static void warnings(StringBuilder b, AssessmentReport r, Language l) {
        if (r.warnings().isEmpty()) {
            return;
        }
        b.append("<section id=\"warnings\">\n<h2>").append(Wording.WARNINGS.in(l)).append(" (").append(r.warnings().size())
                .append(")</h2>\n<ul>\n");
        r.warnings().forEach(w -> b.append("<li>").append(esc(w)).append("</li>\n"));
        b.append("</ul>\n</section>\n");
    }

    /**
     * A bar chart of the category scores. The labels are HTML, not SVG text, so the browser
     * wraps a long title onto a second line instead of cutting it; each bar is a small inline
     * SVG with the category's title and score as its tooltip.
     */
    private static void categories(StringBuilder b, AssessmentReport r, Language l) {
        b.append("<section id=\"categories\">\n<h2>").append(Wording.CATEGORIES.in(l)).append("</h2>\n")
                .append("<figure class=\"chart\" role=\"img\" aria-label=\"").append(Wording.CATEGORIES.in(l)).append("\">\n");
        for (CategoryScore c : r.categories()) {
            b.append("<div class=\"crow\"><div class=\"clabel\">").append(esc(c.title()))
                    .append("</div><div class=\"ctrack\"><svg viewBox=\"0 0 100 14\" preserveAspectRatio=\"none\" aria-hidden=\"true\">")
                    .append("<g><title>").append(esc(c.title())).append(": ").append(c.score()).append("</title><rect width=\"")
                    .append(c.score()).append("\" height=\"14\" fill=\"").append(colourFor(c.score()))
                    .append("\"/></g></svg></div><div class=\"cval\">").append(c.score()).append("</div></div>\n");
        }
        b.append("</figure>\n</section>\n");
    }

    private static void findings(StringBuilder b, AssessmentReport r, Language l) {
        b.append("<section id=\"findings\">\n<h2>").append(Wording.FINDINGS.in(l)).append(" (").append(r.findings().size())
                .append(")</h2>\n");
        if (r.findings().isEmpty()) {
            b.append("<p>").append(Wording.NO_FINDINGS.in(l)).append("</p>\n</section>\n");
            return;
        }
        b.append("<table class=\"findings\">\n<thead><tr><th class=\"nw min\">").append(Wording.SEVERITY.in(l))
                .append("</th><th class=\"nw min\">").append(Wording.ITEM.in(l)).append("</th><th class=\"nw min\">")
                .append(Wording.STATUS.in(l)).append("</th><th>").append(Wording.TITLE.in(l)).append(" / ")
                .append(Wording.REMEDIATION.in(l)).append("</th></tr></thead>\n<tbody>\n");
        Map<String, Integer> refs = references(r);
        for (Finding f : r.findings()) {
            String sev = f.severity().key();
            b.append("<tr class=\"finding\" data-item=\"").append(esc(f.item().orElse(""))).append("\"><td><span class=\"sev sev-")
                    .append(sev).append("\">").append(Wording.of(f.severity()).in(l)).append("</span></td><td class=\"who\">");
            if (f.item().isPresent()) {
                b.append("<a class=\"id\" href=\"#item-").append(esc(f.item().get())).append("\">").append(esc(f.item().get()))
                        .append("</a><br>").append(f.rank().map(x -> x.label(l)).orElse(""));
            } else {
                b.append(Wording.CONCERN.in(l));
            }
            b.append("</td><td class=\"nw\">").append(f.status().map(s -> "<span class=\"st-" + s.key() + "\">" + Wording.of(s).in(l)
                    + "</span>").orElse("")).append("</td><td class=\"text\"><p class=\"ttl\">");
            if (f.waived()) {
                b.append("<span class=\"waived\">").append(Wording.WAIVED.in(l)).append("</span> ");
            }
            b.append(esc(f.title())).append("</p><p class=\"hint\">").append(esc(f.remediation())).append("</p>");
            if (!f.references().isEmpty()) {
                // cited by number: the references are listed once, at the end
                b.append("<p class=\"refs\">").append(Wording.REFERENCES.in(l)).append(':');
                f.references().forEach(x -> b.append(" <a href=\"#ref-").append(refs.get(x)).append("\">[").append(refs.get(x))
                        .append("]</a>"));
                b.append("</p>");
            }
            // only the reasons for a raised severity: the base status and severity rules add nothing a reader needs
            List<String> reasons = f.rules().stream().filter(x -> x.contains("severity raised") || x.contains("重要度を")).toList();
            if (!reasons.isEmpty()) {
                b.append("<p class=\"rules\">").append(Wording.REASONS.in(l)).append(": ")
                        .append(esc(String.join(" / ", reasons))).append("</p>");
            }
            details(b, ReportText.details(f, l, ReportHtml::esc));
            b.append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n</section>\n");
    }

    private static void details(StringBuilder b, List<ReportText.Detail> ds) {
        for (ReportText.Detail d : ds) {
            b.append("<p class=\"d d-").append(d.kind()).append("\"><b>").append(d.label()).append(":</b> ")
                    .append(d.value()).append("</p>");
        }
    }

    /** Every item, in one table with a heading row per category, so the columns line up across categories. */
    private static void items(StringBuilder b, AssessmentReport r, Language l) {
        Map<String, List<ItemResult>> byCategory = new LinkedHashMap<>();
        r.categories().forEach(c -> byCategory.put(c.id(), new ArrayList<>()));
        r.items().forEach(i -> byCategory.computeIfAbsent(i.category(), k -> new ArrayList<>()).add(i));
        Map<String, CategoryScore> scores = new LinkedHashMap<>();
        r.categories().forEach(c -> scores.put(c.id(), c));
        b.append("<section id=\"items\">\n<h2>").append(Wording.ITEMS_BY_CATEGORY.in(l)).append("</h2>\n")
                .append("<table class=\"items\">\n<thead><tr><th class=\"nw min\">").append(Wording.ITEM.in(l))
                .append("</th><th class=\"nw min\">").append(Wording.RANK.in(l)).append("</th><th class=\"nw min\">")
                .append(Wording.STATUS.in(l)).append("</th><th>").append(Wording.TITLE.in(l))
                .append("</th></tr></thead>\n");
        for (Map.Entry<String, List<ItemResult>> e : byCategory.entrySet()) {
            CategoryScore c = scores.get(e.getKey());
            b.append("<tbody>\n<tr class=\"cat\"><th colspan=\"4\">").append(esc(c == null ? e.getKey() : c.title()));
            if (c != null) {
                b.append(" <span>").append(Wording.SCORE.in(l)).append(' ').append(c.score()).append("</span>");
            }
            b.append("</th></tr>\n");
            for (ItemResult i : e.getValue()) {
                b.append("<tr id=\"item-").append(esc(i.item())).append("\"><td class=\"id\">").append(esc(i.item()))
                        .append("</td><td class=\"nw\">").append(i.rank().label(l)).append("</td><td class=\"nw st-").append(i.status().key())
                        .append("\">").append(Wording.of(i.status()).in(l));
                if (i.waived()) {
                    b.append("<br><span class=\"waived\">").append(Wording.WAIVED.in(l)).append("</span>");
                }
                b.append("</td><td class=\"text\">").append(esc(i.title()));
                details(b, ReportText.details(i, l, ReportHtml::esc));
                b.append("</td></tr>\n");
            }
            b.append("</tbody>\n");
        }
        b.append("</table>\n</section>\n");
    }

    /** Every reference cited by a finding, numbered from 1 in order of first citation. */
    private static Map<String, Integer> references(AssessmentReport r) {
        Map<String, Integer> refs = new LinkedHashMap<>();
        r.findings().forEach(f -> f.references().forEach(x -> refs.putIfAbsent(x, refs.size() + 1)));
        return refs;
    }

    private static void references(StringBuilder b, AssessmentReport r, Language l) {
        Map<String, Integer> refs = references(r);
        if (refs.isEmpty()) {
            return;
        }
        b.append("<section id=\"references\">\n<h2>").append(Wording.REFERENCES.in(l)).append("</h2>\n<ol>\n");
        refs.forEach((x, n) -> b.append("<li id=\"ref-").append(n).append("\">").append(esc(x)).append("</li>\n"));
        b.append("</ol>\n</section>\n");
    }

    private static String colourFor(long pct) {
        return pct >= 80 ? "#2e7d32" : pct >= 50 ? "#b26a00" : "#c62828";
    }

    /** Escapes text for HTML element content and attributes ({@link dev.tenken.checklist.text.HtmlText}). */
    static String esc(String s) {
        return dev.tenken.checklist.text.HtmlText.escape(s);
    }
}
