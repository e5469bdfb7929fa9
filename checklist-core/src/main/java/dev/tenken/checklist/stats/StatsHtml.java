package dev.tenken.checklist.stats;

import dev.tenken.checklist.Language;
import dev.tenken.checklist.report.Grade;
import dev.tenken.checklist.report.Wording;
import dev.tenken.checklist.stats.StatsReport.Group;
import dev.tenken.checklist.stats.StatsReport.ItemStats;
import dev.tenken.checklist.stats.StatsReport.LineNote;
import dev.tenken.checklist.stats.StatsReport.Quartiles;
import java.util.List;
import java.util.Locale;

/** The statistics as one self-contained HTML page: inline CSS and SVG, no scripts, A4 print. */
final class StatsHtml {
    private static final String[] GRADE_COLOURS = {"#1b7f3b", "#5a9e2f", "#c99a06", "#d9650b", "#c0392b"};
    private static final String CSS = """
            body{font-family:"Noto Sans CJK JP","Noto Sans JP",sans-serif;margin:24px;color:#222;max-width:1000px}
            h1{font-size:22px;margin:0 0 8px}h2{font-size:17px;margin:22px 0 8px;border-bottom:2px solid #345}
            .counts{display:flex;gap:16px;flex-wrap:wrap;margin:8px 0}
            .count{border:1px solid #ccd;border-radius:6px;padding:6px 12px}.count b{display:block;font-size:20px}
            .charts{display:flex;gap:24px;flex-wrap:wrap}.chart{flex:1 1 420px;min-width:0}
            svg{max-width:100%;height:auto}svg text{font-size:12px;fill:#222}
            table{border-collapse:collapse;width:100%;font-size:12px;margin:6px 0}
            th,td{border:1px solid #bbc;padding:3px 6px;text-align:left;vertical-align:top;overflow-wrap:break-word}
            th{background:#eef1f5;white-space:nowrap}td.n{text-align:right;white-space:nowrap}td.t{overflow-wrap:anywhere}td.k{white-space:nowrap}
            .note{font-size:12px;color:#555}ul.notes{font-size:12px;color:#8a1c1c}
            @page{size:A4;margin:14mm}
            @media print{body{margin:0;max-width:none}h2{break-after:avoid}tr,svg,.count{break-inside:avoid}}
            """;

    private StatsHtml() {
    }

    static String write(StatsReport s, Language l) {
        StringBuilder b = new StringBuilder(16_384);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(l.code()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width\"><title>").append(StatsWording.TITLE.in(l))
                .append("</title><style>").append(CSS).append("</style></head><body>\n");
        b.append("<h1>").append(StatsWording.TITLE.in(l)).append("</h1>\n<div class=\"counts\">");
        count(b, StatsWording.ORGANISATIONS.in(l), s.reports());
        count(b, StatsWording.ERROR_LINES.in(l), s.errorLines());
        count(b, StatsWording.MALFORMED.in(l), s.malformedLines());
        b.append("</div>\n");
        if (!s.notes().isEmpty()) {
            b.append("<ul class=\"notes\">");
            for (LineNote n : s.notes()) {
                b.append("<li>").append(StatsWriter.esc(StatsWriter.noteText(n, l))).append("</li>");
            }
            b.append("</ul>\n");
        }
        if (s.droppedItemResults() > 0) {
            b.append("<p class=\"note\">").append(StatsWording.ITEMS_DROPPED.format(l, s.droppedItemResults())).append("</p>\n");
        }
        Group o = s.overall();
        if (o.organisations() == 0) {
            return b.append("<p>").append(StatsWording.NO_REPORTS.in(l)).append("</p>\n</body></html>\n").toString();
        }
        boolean many = StatsWriter.many(s);
        b.append("<div class=\"charts\"><div class=\"chart\"><h2>").append(StatsWording.GRADE_DISTRIBUTION.in(l))
                .append("</h2>\n");
        gradeChart(b, o, l);
        b.append("</div><div class=\"chart\"><h2>").append(StatsWording.SCORES.in(l)).append("</h2>\n");
        boxPlot(b, o.scores().orElseThrow(), l);
        b.append("<p class=\"note\">").append(StatsWriter.esc(StatsWriter.quartileText(o.scores().orElseThrow(), l)))
                .append("</p></div></div>\n");
        List<ItemStats> top = StatsWriter.top(o, StatsWriter.TOP_IN_CHART);
        if (!top.isEmpty()) {
            b.append("<h2>").append(StatsWording.MOST_SHORT.in(l)).append("</h2>\n");
            shortChart(b, top, many, l);
        }
        b.append("<h2>").append(StatsWording.ITEMS.in(l)).append("</h2>\n<p class=\"note\">")
                .append(StatsWording.ITEMS_NOTE.in(l)).append("</p>\n<table><thead><tr>");
        String[] head = StatsWriter.itemHeaderCells(l).split("\\|");
        for (String h : head) {
            b.append("<th>").append(StatsWriter.esc(h)).append("</th>");
        }
        b.append("</tr></thead><tbody>\n");
        for (ItemStats i : o.items()) {
            String[] c = StatsWriter.cells(i, many, l);
            b.append("<tr>");
            for (int k = 0; k < c.length; k++) {
                b.append(k >= 2 && k <= 6 ? "<td class=\"n\">" : k == 7 ? "<td class=\"t\">" : "<td class=\"k\">").append(c[k]).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table>\n");
        if (!s.sectors().isEmpty()) {
            b.append("<h2>").append(StatsWording.BY_SECTOR.in(l)).append("</h2>\n<table><thead><tr><th>")
                    .append(Wording.SECTOR.in(l)).append("</th><th>").append(StatsWording.ORGANISATIONS.in(l)).append("</th>");
            for (Grade g : Grade.values()) {
                b.append("<th>").append(g.name()).append("</th>");
            }
            b.append("<th>").append(StatsWording.MEDIAN.in(l)).append("</th><th>").append(StatsWording.MOST_SHORT.in(l))
                    .append("</th></tr></thead><tbody>\n");
            for (Group g : s.sectors()) {
                b.append("<tr><td class=\"t\">").append(StatsWriter.esc(StatsWriter.groupName(g, l))).append("</td><td class=\"n\">")
                        .append(g.organisations()).append("</td>");
                for (Grade grade : Grade.values()) {
                    b.append("<td class=\"n\">").append(g.grades().get(grade)).append("</td>");
                }
                b.append("<td class=\"n\">").append(g.scores().orElseThrow().median()).append("</td><td class=\"t\">");
                List<ItemStats> t = StatsWriter.top(g, StatsWriter.TOP_PER_SECTOR);
                for (int k = 0; k < t.size(); k++) {
                    b.append(k == 0 ? "" : Wording.LIST_SEPARATOR.in(l)).append(StatsWriter.esc(t.get(k).item()))
                            .append(' ').append(StatsWriter.pct(t.get(k).share(t.get(k).shortCount())));
                }
                b.append("</td></tr>\n");
            }
            b.append("</tbody></table>\n");
        }
        return b.append("<p class=\"note\">").append(Wording.GENERATED_BY.in(l)).append("</p>\n</body></html>\n").toString();
    }

    private static void count(StringBuilder b, String label, long n) {
        b.append("<div class=\"count\">").append(label).append("<b>").append(n).append("</b></div>");
    }

    /** Vertical bars A to E, with counts and shares. */
    private static void gradeChart(StringBuilder b, Group o, Language l) {
        long max = 1;
        for (Grade g : Grade.values()) {
            max = Math.max(max, o.grades().get(g));
        }
        int w = 420;
        int h = 220;
        int base = 180;
        b.append("<svg viewBox=\"0 0 ").append(w).append(' ').append(h).append("\" width=\"").append(w)
                .append("\" role=\"img\" aria-label=\"").append(StatsWording.GRADE_DISTRIBUTION.in(l)).append("\">");
        b.append("<line x1=\"20\" y1=\"").append(base).append("\" x2=\"").append(w - 10).append("\" y2=\"").append(base)
                .append("\" stroke=\"#888\"/>");
        for (Grade g : Grade.values()) {
            long n = o.grades().get(g);
            int x = 30 + g.ordinal() * 78;
            int bh = (int) Math.round(140.0 * n / max);
            b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"56\" height=\"%d\" fill=\"%s\"/>",
                    x, base - bh, bh, GRADE_COLOURS[g.ordinal()]));
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d (%s)</text>",
                    x + 28, base - bh - 6, n, StatsWriter.pct((double) n / o.organisations())));
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-weight=\"bold\">%s</text>",
                    x + 28, base + 18, g.name()));
        }
        b.append("</svg>\n");
    }

    /** A box plot on a 0 to 100 axis. */
    private static void boxPlot(StringBuilder b, Quartiles q, Language l) {
        int left = 20;
        double scale = 3.8;
        b.append("<svg viewBox=\"0 0 420 120\" width=\"420\" role=\"img\" aria-label=\"").append(StatsWording.SCORES.in(l))
                .append("\">");
        b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"90\" x2=\"%.1f\" y2=\"90\" stroke=\"#888\"/>", left, left + 100 * scale));
        for (int t = 0; t <= 100; t += 20) {
            b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"87\" x2=\"%.1f\" y2=\"93\" stroke=\"#888\"/>"
                    + "<text x=\"%.1f\" y=\"108\" text-anchor=\"middle\">%d</text>", left + t * scale, left + t * scale, left + t * scale, t));
        }
        double x0 = left + q.min() * scale;
        double x1 = left + q.lower() * scale;
        double xm = left + q.median() * scale;
        double x3 = left + q.upper() * scale;
        double x4 = left + q.max() * scale;
        b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"45\" x2=\"%.1f\" y2=\"45\" stroke=\"#345\"/>", x0, x1));
        b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"45\" x2=\"%.1f\" y2=\"45\" stroke=\"#345\"/>", x3, x4));
        b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"33\" x2=\"%.1f\" y2=\"57\" stroke=\"#345\"/>", x0, x0));
        b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"33\" x2=\"%.1f\" y2=\"57\" stroke=\"#345\"/>", x4, x4));
        b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"25\" width=\"%.1f\" height=\"40\" fill=\"#cfe0f3\" stroke=\"#345\"/>",
                x1, Math.max(1, x3 - x1)));
        b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"25\" x2=\"%.1f\" y2=\"65\" stroke=\"#c0392b\" stroke-width=\"3\"/>", xm, xm));
        b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"18\" text-anchor=\"middle\">%s %d</text>", xm,
                StatsWording.MEDIAN.in(l), q.median()));
        b.append("</svg>\n");
    }

    /** Horizontal stacked bars: unmet, partial, unanswered shares of the most-often-short 必須 items. */
    private static void shortChart(StringBuilder b, List<ItemStats> top, boolean many, Language l) {
        int row = 22;
        int label = 150;
        int width = 560;
        int h = top.size() * row + 40;
        b.append("<svg viewBox=\"0 0 ").append(label + width + 70).append(' ').append(h).append("\" width=\"")
                .append(label + width + 70).append("\" role=\"img\" aria-label=\"").append(StatsWording.MOST_SHORT.in(l))
                .append("\">");
        String[] colours = {"#c0392b", "#e0a30b", "#9aa5b1"};
        String[] names = {Wording.UNMET.in(l), Wording.PARTIAL.in(l), Wording.UNANSWERED.in(l)};
        for (int k = 0; k < 3; k++) {
            int x = label + k * 130;
            b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"4\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"15\">%s</text>", x, colours[k], x + 16, names[k]));
        }
        for (int r = 0; r < top.size(); r++) {
            ItemStats i = top.get(r);
            int y = 26 + r * row;
            String name = StatsWriter.esc(many ? i.checklist() + ":" + i.item() : i.item());
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", label - 6, y + 14, name));
            double x = label;
            long[] parts = {i.unmet(), i.partial(), i.unanswered()};
            for (int k = 0; k < 3; k++) {
                double w = width * i.share(parts[k]);
                if (w > 0) {
                    b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"/>",
                            x, y + 2, w, colours[k]));
                }
                x += w;
            }
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>", x + 4, y + 14,
                    StatsWriter.pct(i.share(i.shortCount()))));
        }
        b.append("</svg>\n");
    }
}
