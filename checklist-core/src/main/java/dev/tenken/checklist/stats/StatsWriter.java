package dev.tenken.checklist.stats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.Rank;
import dev.tenken.checklist.report.Grade;
import dev.tenken.checklist.report.Wording;
import dev.tenken.checklist.stats.StatsReport.Group;
import dev.tenken.checklist.stats.StatsReport.ItemStats;
import dev.tenken.checklist.stats.StatsReport.LineNote;
import dev.tenken.checklist.stats.StatsReport.Quartiles;
import dev.tenken.checklist.text.HtmlText;
import dev.tenken.checklist.text.JsonStyle;
import dev.tenken.checklist.text.MarkdownText;
import dev.tenken.checklist.text.TerminalText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Writes a {@link StatsReport} as text, Markdown, JSON or HTML, every fixed word in the given
 * language and every piece of text from the reports (sectors, titles, ids, messages) escaped for
 * the format.
 *
 * @since 0.3
 */
public final class StatsWriter {
    /** Most-often-short 必須 items shown per sector in text, Markdown and HTML. */
    static final int TOP_PER_SECTOR = 5;
    /** Items drawn in the HTML chart. */
    static final int TOP_IN_CHART = 15;
    private static final JsonFactory JSON = new JsonFactory();

    private StatsWriter() {
    }

    /**
     * The statistics in {@code format}; JSON keys are English whatever the language.
     *
     * @param s        the statistics
     * @param format   the format
     * @param language the language of every fixed word
     * @return the text (for HTML, a whole page)
     */
    public static String write(StatsReport s, StatsFormat format, Language language) {
        return switch (format) {
            case TEXT -> text(s, language);
            case MARKDOWN -> markdown(s, language);
            case JSON -> json(s, language);
            case HTML -> html(s, language);
        };
    }

    // --- shared ---

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static boolean manyChecklists(StatsReport s) {
        return s.overall().items().stream().map(ItemStats::checklist).distinct().count() > 1;
    }

    private static String itemName(ItemStats i, boolean many) {
        return many ? i.checklist() + ":" + i.item() : i.item();
    }

    static String groupName(Group g, Language l) {
        return switch (g.kind()) {
            case ALL -> Wording.ORGANISATION.in(l);
            case SECTOR -> g.sector().orElseThrow();
            case NO_SECTOR -> StatsWording.NO_SECTOR.in(l);
            case OTHER_SECTORS -> StatsWording.OTHER_SECTORS.in(l);
        };
    }

    private static String quartiles(Quartiles q, Language l) {
        return StatsWording.MIN.in(l) + " " + q.min() + " / " + StatsWording.Q1.in(l) + " " + q.lower() + " / "
                + StatsWording.MEDIAN.in(l) + " " + q.median() + " / " + StatsWording.Q3.in(l) + " " + q.upper() + " / "
                + StatsWording.MAX.in(l) + " " + q.max();
    }

    private static String grades(Group g) {
        StringBuilder b = new StringBuilder();
        for (Grade grade : Grade.values()) {
            b.append(b.length() == 0 ? "" : "  ").append(grade.name()).append(' ').append(g.grades().get(grade));
        }
        return b.toString();
    }

    private static List<ItemStats> topRequired(Group g, int n) {
        return g.items().stream().filter(i -> i.rank() == Rank.REQUIRED && i.shortCount() > 0).limit(n).toList();
    }

    private static String note(LineNote n, Language l) {
        return StatsWording.LINE_AT.format(l, n.line(), n.message());
    }

    private static String counts(StatsReport s, Language l) {
        return StatsWording.ORGANISATIONS.in(l) + ": " + s.reports() + "   " + StatsWording.ERROR_LINES.in(l) + ": "
                + s.errorLines() + "   " + StatsWording.MALFORMED.in(l) + ": " + s.malformedLines();
    }

    private static String itemHeader(Language l) {
        return String.join("|", Wording.ITEM.in(l), Wording.RANK.in(l), StatsWording.APPLIES.in(l),
                StatsWording.SHORT.in(l), Wording.UNMET.in(l), Wording.PARTIAL.in(l), Wording.UNANSWERED.in(l),
                Wording.TITLE.in(l));
    }

    private static String[] itemCells(ItemStats i, boolean many, Language l, UnaryOperator<String> esc) {
        return new String[] {esc.apply(itemName(i, many)), i.rank().label(l), percent(i.share(i.applies())),
            percent(i.share(i.shortCount())), percent(i.share(i.unmet())), percent(i.share(i.partial())),
            percent(i.share(i.unanswered())), esc.apply(i.title())};
    }

    // --- text ---

    private static String text(StatsReport s, Language l) {
        UnaryOperator<String> e = TerminalText::escape;
        StringBuilder b = new StringBuilder();
        b.append(StatsWording.TITLE.in(l)).append('\n').append(counts(s, l)).append('\n');
        for (LineNote n : s.notes()) {
            b.append("  ").append(e.apply(note(n, l))).append('\n');
        }
        dropped(s, l, b);
        Group o = s.overall();
        if (o.organisations() == 0) {
            return b.append(StatsWording.NO_REPORTS.in(l)).append('\n').toString();
        }
        b.append('\n').append(StatsWording.GRADE_DISTRIBUTION.in(l)).append('\n');
        for (Grade g : Grade.values()) {
            long n = o.grades().get(g);
            double share = (double) n / o.organisations();
            b.append(String.format(Locale.ROOT, "  %s %8d %7s  ", g.name(), n, percent(share)))
                    .append("#".repeat((int) Math.round(share * 40))).append('\n');
        }
        b.append('\n').append(StatsWording.SCORES.in(l)).append(": ").append(quartiles(o.scores().orElseThrow(), l)).append('\n');
        b.append('\n').append(StatsWording.ITEMS.in(l)).append('\n').append(StatsWording.ITEMS_NOTE.in(l)).append('\n');
        boolean many = manyChecklists(s);
        List<String[]> rows = new java.util.ArrayList<>(o.items().size() + 1);
        rows.add(itemHeader(l).split("\\|"));
        for (ItemStats i : o.items()) {
            rows.add(itemCells(i, many, l, e));
        }
        table(rows, b);
        if (!s.sectors().isEmpty()) {
            b.append('\n').append(StatsWording.BY_SECTOR.in(l)).append('\n');
            for (Group g : s.sectors()) {
                b.append("  ").append(e.apply(groupName(g, l))).append(": ").append(StatsWording.ORGANISATIONS.in(l))
                        .append(' ').append(g.organisations()).append("   ").append(grades(g)).append('\n');
                b.append("    ").append(StatsWording.SCORES.in(l)).append(": ")
                        .append(quartiles(g.scores().orElseThrow(), l)).append('\n');
                List<ItemStats> top = topRequired(g, TOP_PER_SECTOR);
                if (!top.isEmpty()) {
                    b.append("    ").append(StatsWording.MOST_SHORT.in(l)).append(": ");
                    for (int k = 0; k < top.size(); k++) {
                        b.append(k == 0 ? "" : Wording.LIST_SEPARATOR.in(l)).append(e.apply(itemName(top.get(k), many)))
                                .append(' ').append(percent(top.get(k).share(top.get(k).shortCount())));
                    }
                    b.append('\n');
                }
            }
        }
        return b.toString();
    }

    /**
     * The item table: the id and rank columns padded at the end, the shares at the start, each
     * as wide as its widest cell in terminal columns (Japanese characters take two), the title last.
     */
    private static void table(List<String[]> rows, StringBuilder b) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns - 1];
        for (String[] r : rows) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], TerminalText.width(r[c]));
            }
        }
        for (String[] r : rows) {
            b.append("  ").append(TerminalText.padEnd(r[0], widths[0])).append(' ').append(TerminalText.padEnd(r[1], widths[1]));
            for (int c = 2; c < widths.length; c++) {
                b.append(' ').append(TerminalText.padStart(r[c], Math.max(7, widths[c])));
            }
            b.append("  ").append(r[columns - 1]).append('\n');
        }
    }

    private static void dropped(StatsReport s, Language l, StringBuilder b) {
        if (s.droppedItemResults() > 0) {
            b.append(StatsWording.ITEMS_DROPPED.format(l, s.droppedItemResults())).append('\n');
        }
    }

    // --- Markdown ---

    private static String markdown(StatsReport s, Language l) {
        UnaryOperator<String> e = MarkdownText::escape;
        StringBuilder b = new StringBuilder();
        b.append("# ").append(StatsWording.TITLE.in(l)).append("\n\n").append(counts(s, l)).append("\n\n");
        for (LineNote n : s.notes()) {
            b.append("- ").append(e.apply(note(n, l))).append('\n');
        }
        if (!s.notes().isEmpty()) {
            b.append('\n');
        }
        if (s.droppedItemResults() > 0) {
            b.append(StatsWording.ITEMS_DROPPED.format(l, s.droppedItemResults())).append("\n\n");
        }
        Group o = s.overall();
        if (o.organisations() == 0) {
            return b.append(StatsWording.NO_REPORTS.in(l)).append('\n').toString();
        }
        b.append("## ").append(StatsWording.GRADE_DISTRIBUTION.in(l)).append("\n\n| ").append(Wording.GRADE.in(l))
                .append(" | ").append(StatsWording.ORGANISATIONS.in(l)).append(" | % |\n|---|---:|---:|\n");
        for (Grade g : Grade.values()) {
            long n = o.grades().get(g);
            b.append("| ").append(g.name()).append(" | ").append(n).append(" | ")
                    .append(percent((double) n / o.organisations())).append(" |\n");
        }
        b.append("\n## ").append(StatsWording.SCORES.in(l)).append("\n\n").append(quartiles(o.scores().orElseThrow(), l))
                .append("\n\n## ").append(StatsWording.ITEMS.in(l)).append("\n\n").append(StatsWording.ITEMS_NOTE.in(l))
                .append("\n\n");
        boolean many = manyChecklists(s);
        itemTable(b, o.items(), many, l);
        if (!s.sectors().isEmpty()) {
            b.append("\n## ").append(StatsWording.BY_SECTOR.in(l)).append("\n\n| ").append(Wording.SECTOR.in(l))
                    .append(" | ").append(StatsWording.ORGANISATIONS.in(l));
            for (Grade g : Grade.values()) {
                b.append(" | ").append(g.name());
            }
            b.append(" | ").append(StatsWording.MEDIAN.in(l)).append(" | ").append(StatsWording.MOST_SHORT.in(l))
                    .append(" |\n|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
            for (Group g : s.sectors()) {
                b.append("| ").append(e.apply(groupName(g, l))).append(" | ").append(g.organisations());
                for (Grade grade : Grade.values()) {
                    b.append(" | ").append(g.grades().get(grade));
                }
                b.append(" | ").append(g.scores().orElseThrow().median()).append(" | ");
                List<ItemStats> top = topRequired(g, TOP_PER_SECTOR);
                for (int k = 0; k < top.size(); k++) {
                    b.append(k == 0 ? "" : Wording.LIST_SEPARATOR.in(l)).append(e.apply(itemName(top.get(k), many)))
                            .append(' ').append(percent(top.get(k).share(top.get(k).shortCount())).replace("%", "\\%"));
                }
                b.append(" |\n");
            }
        }
        return b.toString();
    }

    private static void itemTable(StringBuilder b, List<ItemStats> items, boolean many, Language l) {
        b.append("| ").append(itemHeader(l).replace("|", " | ")).append(" |\n|---|---|---:|---:|---:|---:|---:|---|\n");
        for (ItemStats i : items) {
            b.append("| ").append(String.join(" | ", itemCells(i, many, l, MarkdownText::escape))).append(" |\n");
        }
    }

    // --- JSON ---

    private static String json(StatsReport s, Language l) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            JsonStyle.pretty(g);
            g.writeStartObject();
            g.writeStringField("language", l.code());
            g.writeNumberField("lines", s.lines());
            g.writeNumberField("reports", s.reports());
            g.writeNumberField("error_lines", s.errorLines());
            g.writeNumberField("malformed_lines", s.malformedLines());
            g.writeArrayFieldStart("notes");
            for (LineNote n : s.notes()) {
                g.writeStartObject();
                g.writeNumberField("line", n.line());
                g.writeStringField("kind", n.errorLine() ? "error" : "malformed");
                g.writeStringField("message", n.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("dropped_item_results", s.droppedItemResults());
            g.writeFieldName("overall");
            group(g, s.overall());
            g.writeArrayFieldStart("sectors");
            for (Group x : s.sectors()) {
                group(g, x);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w + "\n";
    }

    private static void group(JsonGenerator g, Group x) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", x.kind().name().toLowerCase(Locale.ROOT));
        if (x.sector().isPresent()) {
            g.writeStringField("sector", x.sector().get());
        }
        g.writeNumberField("organisations", x.organisations());
        g.writeObjectFieldStart("grades");
        for (Grade grade : Grade.values()) {
            g.writeNumberField(grade.name(), x.grades().get(grade));
        }
        g.writeEndObject();
        if (x.scores().isPresent()) {
            Quartiles q = x.scores().get();
            g.writeObjectFieldStart("scores");
            g.writeNumberField("min", q.min());
            g.writeNumberField("lower_quartile", q.lower());
            g.writeNumberField("median", q.median());
            g.writeNumberField("upper_quartile", q.upper());
            g.writeNumberField("max", q.max());
            g.writeEndObject();
        } else {
            g.writeNullField("scores");
        }
        g.writeArrayFieldStart("items");
        for (ItemStats i : x.items()) {
            g.writeStartObject();
            g.writeStringField("checklist", i.checklist());
            g.writeStringField("item", i.item());
            g.writeStringField("rank", i.rank().label());
            g.writeStringField("title", i.title());
            g.writeNumberField("organisations", i.organisations());
            g.writeNumberField("applies", i.applies());
            g.writeNumberField("unmet", i.unmet());
            g.writeNumberField("partial", i.partial());
            g.writeNumberField("unanswered", i.unanswered());
            g.writeNumberField("short", i.shortCount());
            g.writeNumberField("short_share", Math.round(i.share(i.shortCount()) * 10000) / 10000.0);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    // --- HTML ---

    private static String html(StatsReport s, Language l) {
        return StatsHtml.write(s, l);
    }

    static String esc(String s) {
        return HtmlText.escape(s);
    }

    static String[] cells(ItemStats i, boolean many, Language l) {
        return itemCells(i, many, l, HtmlText::escape);
    }

    static String itemHeaderCells(Language l) {
        return itemHeader(l);
    }

    static boolean many(StatsReport s) {
        return manyChecklists(s);
    }

    static String pct(double share) {
        return percent(share);
    }

    static List<ItemStats> top(Group g, int n) {
        return topRequired(g, n);
    }

    static String noteText(LineNote n, Language l) {
        return note(n, l);
    }

    static String quartileText(Quartiles q, Language l) {
        return quartiles(q, l);
    }
}
