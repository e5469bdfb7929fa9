package dev.tenken.checklist.diff;

import static dev.tenken.checklist.internal.MarkdownText.cell;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.Rank;
import dev.tenken.checklist.internal.JsonStyle;
import dev.tenken.checklist.report.ItemStatus;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes a {@link ReportDiff} as text, JSON or Markdown. */
final class DiffWriter {
    private static final JsonFactory JSON = new JsonFactory();
    private static final Map<String, String[]> LABELS = Map.ofEntries(
            Map.entry("title", new String[] {"前回との比較", "Changes since the last assessment"}),
            Map.entry("grade", new String[] {"評価", "Grade"}),
            Map.entry("score", new String[] {"スコア", "Score"}),
            Map.entry("required", new String[] {"必須の実施率", "Required compliance"}),
            Map.entry("recommended", new String[] {"推奨の実施率", "Recommended compliance"}),
            Map.entry("version", new String[] {"チェックリストの版", "Checklist version"}),
            Map.entry("verdict_regressed", new String[] {"後退があります", "Something regressed"}),
            Map.entry("verdict_ok", new String[] {"後退はありません", "Nothing regressed"}),
            Map.entry("no_changes", new String[] {"項目の変化はありません。", "No item changed."}),
            Map.entry("regressed", new String[] {"後退した項目", "Regressed"}),
            Map.entry("improved", new String[] {"改善した項目", "Improved"}),
            Map.entry("newly_applicable", new String[] {"新たに対象となった項目", "Newly applicable"}),
            Map.entry("no_longer_applicable", new String[] {"対象外となった項目", "No longer applicable"}),
            Map.entry("restated", new String[] {"状況の記載が変わった項目（得点は同じ）", "Restated (same credit)"}),
            Map.entry("reranked", new String[] {"区分が変わった項目", "Rank changed"}),
            Map.entry("added", new String[] {"追加された項目", "Added to the checklist"}),
            Map.entry("removed", new String[] {"削除された項目", "Removed from the checklist"}),
            Map.entry("before", new String[] {"前回", "before"}),
            Map.entry("after", new String[] {"今回", "after"}),
            Map.entry("item", new String[] {"項目", "Item"}),
            Map.entry("change", new String[] {"変化", "Change"}),
            Map.entry("content", new String[] {"内容", "Title"}));

    private DiffWriter() {
    }

    private static String label(String key, Language l) {
        String[] t = LABELS.get(key);
        return t[l == Language.JA ? 0 : 1];
    }

    static String text(ReportDiff d) {
        Language l = d.language();
        StringBuilder b = new StringBuilder(2048);
        b.append(label("title", l)).append(": ").append(d.checklistId());
        version(b, d).append('\n');
        b.append(label("grade", l)).append(": ").append(d.before().grade()).append(" → ").append(d.after().grade())
                .append("   ").append(label("score", l)).append(": ").append(d.before().score()).append(" → ")
                .append(d.after().score()).append(" (").append(signed(d.after().score() - d.before().score())).append(")\n");
        b.append(label("required", l)).append(": ").append(pct(d.before().requiredScore())).append(" → ")
                .append(pct(d.after().requiredScore())).append("   ").append(label("recommended", l)).append(": ")
                .append(pct(d.before().recommendedScore())).append(" → ").append(pct(d.after().recommendedScore())).append('\n');
        b.append(label(d.hasRegression() ? "verdict_regressed" : "verdict_ok", l)).append('\n');
        if (d.changes().isEmpty()) {
            b.append('\n').append(label("no_changes", l)).append('\n');
        }
        for (ChangeKind kind : ChangeKind.values()) {
            List<ItemChange> cs = d.changes(kind);
            if (cs.isEmpty()) {
                continue;
            }
            b.append('\n').append(label(kind.key(), l)).append(" (").append(cs.size()).append(")\n");
            for (ItemChange c : cs) {
                b.append("  ").append(c.item()).append(' ').append(c.rank().label(l)).append("  ")
                        .append(transition(c, l)).append("  ").append(c.title()).append('\n');
            }
        }
        return b.toString();
    }

    static String markdown(ReportDiff d) {
        Language l = d.language();
        StringBuilder b = new StringBuilder(2048);
        b.append("# ").append(label("title", l)).append(": ").append(d.checklistId());
        version(b, d).append("\n\n");
        b.append("| | ").append(label("grade", l)).append(" | ").append(label("score", l)).append(" | ")
                .append(label("required", l)).append(" | ").append(label("recommended", l)).append(" |\n|---|---|---:|---:|---:|\n");
        b.append("| ").append(label("before", l)).append(" | ").append(d.before().grade()).append(" | ").append(d.before().score()).append(" | ")
                .append(pct(d.before().requiredScore())).append(" | ").append(pct(d.before().recommendedScore())).append(" |\n");
        b.append("| ").append(label("after", l)).append(" | ").append(d.after().grade()).append(" | ").append(d.after().score()).append(" (")
                .append(signed(d.after().score() - d.before().score())).append(") | ").append(pct(d.after().requiredScore()))
                .append(" | ").append(pct(d.after().recommendedScore())).append(" |\n\n");
        b.append("**").append(label(d.hasRegression() ? "verdict_regressed" : "verdict_ok", l)).append("**\n");
        if (d.changes().isEmpty()) {
            b.append('\n').append(label("no_changes", l)).append('\n');
        }
        for (ChangeKind kind : ChangeKind.values()) {
            List<ItemChange> cs = d.changes(kind);
            if (cs.isEmpty()) {
                continue;
            }
            b.append("\n## ").append(label(kind.key(), l)).append(" (").append(cs.size()).append(")\n\n| ")
                    .append(label("item", l)).append(" | | ").append(label("change", l)).append(" | ")
                    .append(label("content", l)).append(" |\n|---|---|---|---|\n");
            for (ItemChange c : cs) {
                b.append("| ").append(cell(c.item())).append(" | ").append(c.rank().label(l)).append(" | ")
                        .append(transition(c, l)).append(" | ").append(cell(c.title())).append(" |\n");
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
        g.writeEndObject();
    }

    private static void nullable(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        } else {
            g.writeNullField(name);
        }
    }

    private static StringBuilder version(StringBuilder b, ReportDiff d) {
        if (d.before().version().equals(d.after().version())) {
            return b.append(' ').append(d.after().version());
        }
        return b.append(' ').append(d.before().version()).append(" → ").append(d.after().version());
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
