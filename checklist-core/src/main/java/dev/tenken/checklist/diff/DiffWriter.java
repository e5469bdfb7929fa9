package dev.tenken.checklist.diff;


import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.report.Wording;
import dev.tenken.checklist.Rank;
import dev.tenken.checklist.text.JsonStyle;
import dev.tenken.checklist.text.MarkdownText;
import dev.tenken.checklist.text.TerminalText;
import dev.tenken.checklist.report.ItemStatus;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Writes a {@link ReportDiff} as text, JSON or Markdown. Ids, versions and titles come from the
 * reports read: text escapes them with {@link TerminalText}, Markdown with {@link MarkdownText},
 * JSON with {@link JsonStyle}.
 */
final class DiffWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private DiffWriter() {
    }

    static String text(ReportDiff d) {
        Language l = d.language();
        StringBuilder b = new StringBuilder(2048);
        b.append(Wording.DIFF_TITLE.in(l)).append(": ").append(TerminalText.escape(d.checklistId()));
        version(b, d, TerminalText::escape).append('\n');
        b.append(dates(d, l)).append('\n');
        b.append(Wording.GRADE.in(l)).append(": ").append(d.before().grade()).append(" → ").append(d.after().grade())
                .append("   ").append(Wording.SCORE.in(l)).append(": ").append(d.before().score()).append(" → ")
                .append(d.after().score()).append(" (").append(signed(d.after().score() - d.before().score())).append(")\n");
        b.append(Wording.DIFF_REQUIRED.in(l)).append(": ").append(pct(d.before().requiredScore())).append(" → ")
                .append(pct(d.after().requiredScore())).append("   ").append(Wording.DIFF_RECOMMENDED.in(l)).append(": ")
                .append(pct(d.before().recommendedScore())).append(" → ").append(pct(d.after().recommendedScore())).append('\n');
        b.append((d.hasRegression() ? Wording.DIFF_VERDICT_REGRESSED : Wording.DIFF_VERDICT_OK).in(l)).append('\n');
        if (d.changes().isEmpty()) {
            b.append('\n').append(Wording.DIFF_NO_CHANGES.in(l)).append('\n');
        }
        for (ChangeKind kind : ChangeKind.values()) {
            List<ItemChange> cs = d.changes(kind);
            if (cs.isEmpty()) {
                continue;
            }
            b.append('\n').append(Wording.valueOf("DIFF_" + kind.name()).in(l)).append(" (").append(cs.size()).append(")\n");
            for (ItemChange c : cs) {
                b.append("  ").append(TerminalText.escape(c.item())).append(' ').append(c.rank().label(l)).append("  ")
                        .append(transition(c, l)).append("  ").append(TerminalText.escape(c.title())).append('\n');
            }
        }
        if (!d.waivers().isEmpty()) {
            b.append('\n').append(Wording.DIFF_WAIVERS.in(l)).append(" (").append(d.waivers().size()).append(")\n");
            for (WaiverChange w : d.waivers()) {
                b.append("  ").append(TerminalText.escape(w.item())).append("  ").append(waiverWords(w, l)).append("  ")
                        .append(TerminalText.escape(w.title())).append('\n');
            }
        }
        return b.toString();
    }

    /** "前回 2026-10-01 → 今回 2026-11-24": the dates of the two reports, when they state them. */
    private static String dates(ReportDiff d, Language l) {
        return Wording.DIFF_BEFORE.in(l) + " " + date(d.before(), l) + " → " + Wording.DIFF_AFTER.in(l) + " " + date(d.after(), l);
    }

    private static String date(ReportDiff.Side s, Language l) {
        return s.assessedOn().map(Object::toString).orElse(Wording.DIFF_NO_DATE.in(l));
    }

    private static String waiverWords(WaiverChange w, Language l) {
        Wording kind = switch (w.kind()) {
            case ADDED -> Wording.DIFF_WAIVER_ADDED;
            case EXPIRED -> Wording.DIFF_WAIVER_EXPIRED;
            case REMOVED -> Wording.DIFF_WAIVER_REMOVED;
        };
        return kind.in(l) + w.expires().map(e -> " (" + Wording.DIFF_WAIVER_EXPIRES.format(l, e) + ")").orElse("");
    }

    static String markdown(ReportDiff d) {
        Language l = d.language();
        StringBuilder b = new StringBuilder(2048);
        b.append("# ").append(Wording.DIFF_TITLE.in(l)).append(": ").append(MarkdownText.escape(d.checklistId()));
        version(b, d, MarkdownText::escape).append("\n\n");
        b.append(dates(d, l)).append("\n\n");
        b.append("| | ").append(Wording.GRADE.in(l)).append(" | ").append(Wording.SCORE.in(l)).append(" | ")
                .append(Wording.DIFF_REQUIRED.in(l)).append(" | ").append(Wording.DIFF_RECOMMENDED.in(l)).append(" |\n|---|---|---:|---:|---:|\n");
        b.append("| ").append(Wording.DIFF_BEFORE.in(l)).append(" | ").append(d.before().grade()).append(" | ").append(d.before().score()).append(" | ")
                .append(pct(d.before().requiredScore())).append(" | ").append(pct(d.before().recommendedScore())).append(" |\n");
        b.append("| ").append(Wording.DIFF_AFTER.in(l)).append(" | ").append(d.after().grade()).append(" | ").append(d.after().score()).append(" (")
                .append(signed(d.after().score() - d.before().score())).append(") | ").append(pct(d.after().requiredScore()))
                .append(" | ").append(pct(d.after().recommendedScore())).append(" |\n\n");
        b.append("**").append((d.hasRegression() ? Wording.DIFF_VERDICT_REGRESSED : Wording.DIFF_VERDICT_OK).in(l)).append("**\n");
        if (d.changes().isEmpty()) {
            b.append('\n').append(Wording.DIFF_NO_CHANGES.in(l)).append('\n');
        }
        for (ChangeKind kind : ChangeKind.values()) {
            List<ItemChange> cs = d.changes(kind);
            if (cs.isEmpty()) {
                continue;
            }
            b.append("\n## ").append(Wording.valueOf("DIFF_" + kind.name()).in(l)).append(" (").append(cs.size()).append(")\n\n| ")
                    .append(Wording.ITEM.in(l)).append(" | | ").append(Wording.DIFF_CHANGE.in(l)).append(" | ")
                    .append(Wording.TITLE.in(l)).append(" |\n|---|---|---|---|\n");
            for (ItemChange c : cs) {
                b.append("| ").append(MarkdownText.escape(c.item())).append(" | ").append(c.rank().label(l)).append(" | ")
                        .append(transition(c, l)).append(" | ").append(MarkdownText.escape(c.title())).append(" |\n");
            }
        }
        if (!d.waivers().isEmpty()) {
            b.append("\n## ").append(Wording.DIFF_WAIVERS.in(l)).append(" (").append(d.waivers().size()).append(")\n\n| ")
                    .append(Wording.ITEM.in(l)).append(" | ").append(Wording.DIFF_CHANGE.in(l)).append(" | ")
                    .append(Wording.TITLE.in(l)).append(" |\n|---|---|---|\n");
            for (WaiverChange w : d.waivers()) {
                b.append("| ").append(MarkdownText.escape(w.item())).append(" | ").append(waiverWords(w, l)).append(" | ")
                        .append(MarkdownText.escape(w.title())).append(" |\n");
            }
        }
        return b.toString();
    }

    static String json(ReportDiff d) {
        StringWriter out = new StringWriter(2048);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            JsonStyle.pretty(g);
            g.writeStartObject();
            g.writeStringField("checklist", d.checklistId());
            g.writeStringField("language", d.language().code());
            side(g, "before", d.before());
            side(g, "after", d.after());
            g.writeNumberField("score_change", d.after().score() - d.before().score());
            g.writeBooleanField("regressed", d.hasRegression());
            g.writeObjectFieldStart("counts");
            for (ChangeKind k : ChangeKind.values()) {
                g.writeNumberField(k.key(), d.changes(k).size());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("changes");
            for (ItemChange c : d.changes()) {
                g.writeStartObject();
                g.writeStringField("item", c.item());
                g.writeStringField("kind", c.kind().key());
                nullable(g, "rank_before", c.rankBefore().map(Rank::label));
                nullable(g, "rank_after", c.rankAfter().map(Rank::label));
                nullable(g, "before", c.before().map(ItemStatus::key));
                nullable(g, "after", c.after().map(ItemStatus::key));
                g.writeStringField("title", c.title());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("waivers");
            for (WaiverChange w : d.waivers()) {
                g.writeStartObject();
                g.writeStringField("item", w.item());
                g.writeStringField("kind", w.kind().key());
                nullable(g, "expires", w.expires().map(Object::toString));
                g.writeStringField("title", w.title());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void side(JsonGenerator g, String name, ReportDiff.Side s) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("version", s.version());
        g.writeStringField("grade", s.grade().name());
        g.writeNumberField("score", s.score());
        g.writeNumberField("required_score", s.requiredScore());
        g.writeNumberField("recommended_score", s.recommendedScore());
        if (s.assessedOn().isPresent()) {
            g.writeStringField("assessed_on", s.assessedOn().get().toString());
        }
        g.writeEndObject();
    }

    private static void nullable(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        } else {
            g.writeNullField(name);
        }
    }

    private static StringBuilder version(StringBuilder b, ReportDiff d, UnaryOperator<String> escape) {
        if (d.before().version().equals(d.after().version())) {
            return b.append(' ').append(escape.apply(d.after().version()));
        }
        return b.append(' ').append(escape.apply(d.before().version())).append(" → ").append(escape.apply(d.after().version()));
    }

    private static String transition(ItemChange c, Language l) {
        String from = c.before().map(s -> s.label(l)).orElse("—");
        String to = c.after().map(s -> s.label(l)).orElse("—");
        String text = from + " → " + to;
        if (c.rankBefore().isPresent() && c.rankAfter().isPresent() && c.rankBefore().get() != c.rankAfter().get()) {
            text += " (" + c.rankBefore().get().label(l) + " → " + c.rankAfter().get().label(l) + ")";
        }
        return text;
    }

    private static String pct(double score) {
        return Math.round(score * 100) + "%";
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : Integer.toString(n);
    }
}
