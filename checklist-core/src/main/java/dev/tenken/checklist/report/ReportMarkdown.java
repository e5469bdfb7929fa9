package dev.tenken.checklist.report;

import static dev.tenken.checklist.text.MarkdownText.escape;

import dev.tenken.checklist.Language;
import dev.tenken.checklist.text.MarkdownText;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Writes a report as GitHub-flavoured Markdown for tickets and wikis: header (date, assessor),
 * summary, warnings, category scores, findings with what was written beside them, every item
 * with its details, and a footer with the versions. All data goes through {@link MarkdownText}.
 */
final class ReportMarkdown {
    private ReportMarkdown() {
    }

    static String write(AssessmentReport r) {
        Language l = r.language();
        UnaryOperator<String> esc = MarkdownText::escape;
        StringBuilder b = new StringBuilder(8192);
        b.append("# ").append(escape(r.checklistTitle())).append("\n\n");
        String org = r.organisation().get("name");
        if (org != null) {
            b.append("**").append(Wording.ORGANISATION.in(l)).append(":** ").append(escape(org)).append("  \n");
        }
        b.append("**").append(Wording.ASSESSED_ON.in(l)).append(":** ").append(r.assessedOn()).append("  \n");
        if (!r.assessor().isEmpty()) {
            b.append("**").append(Wording.ASSESSOR.in(l)).append(":** ").append(ReportText.assessor(r.assessor(), l, esc)).append("  \n");
        }
        b.append("**").append(Wording.GRADE.in(l)).append(":** ").append(r.grade().name()).append("  \n")
                .append("**").append(Wording.SCORE.in(l)).append(":** ").append(r.score()).append(" / 100\n\n");
        b.append(String.join("  \n", ReportText.headline(r))).append("\n\n");
        b.append("| | ").append(Wording.APPLICABLE.in(l)).append(" | ").append(Wording.MET.in(l)).append(" | ")
                .append(Wording.PARTIAL.in(l)).append(" | ").append(Wording.UNMET.in(l)).append(" | ")
                .append(Wording.UNANSWERED.in(l)).append(" | % |\n|---|---:|---:|---:|---:|---:|---:|\n");
        row(b, Wording.REQUIRED.in(l), r.summary().required());
        row(b, Wording.RECOMMENDED.in(l), r.summary().recommended());
        b.append('\n').append(Wording.NOT_APPLICABLE.in(l)).append(": ").append(r.summary().notApplicable());
        ReportText.counts(r).forEach((k, v) -> b.append("  \n").append(k).append(": ").append(v));
        b.append("\n\n");
        if (!r.warnings().isEmpty()) {
            b.append("## ").append(Wording.WARNINGS.in(l)).append(" (").append(r.warnings().size()).append(")\n\n");
            r.warnings().forEach(w -> b.append("- ").append(escape(w)).append('\n'));
            b.append('\n');
        }
        b.append("## ").append(Wording.CATEGORIES.in(l)).append("\n\n| ").append(Wording.CATEGORY.in(l)).append(" | ")
                .append(Wording.SCORE.in(l)).append(" |\n|---|---:|\n");
        r.categories().forEach(c -> b.append("| ").append(escape(c.title())).append(" | ").append(c.score()).append(" |\n"));
        b.append("\n## ").append(Wording.FINDINGS.in(l)).append(" (").append(r.findings().size()).append(")\n\n");
        if (r.findings().isEmpty()) {
            b.append(Wording.NO_FINDINGS.in(l)).append('\n');
        } else {
            b.append("| ").append(Wording.SEVERITY.in(l)).append(" | ").append(Wording.ITEM.in(l)).append(" | ")
                    .append(Wording.RANK.in(l)).append(" | ").append(Wording.STATUS.in(l)).append(" | ")
                    .append(Wording.TITLE.in(l)).append(" | ").append(Wording.REMEDIATION.in(l))
                    .append(" |\n|---|---|---|---|---|---|\n");
            for (Finding f : r.findings()) {
                b.append("| ").append(Wording.of(f.severity()).in(l)).append(" | ")
                        .append(f.item().map(MarkdownText::escape).orElse("—")).append(" | ")
                        .append(f.rank().map(x -> x.label(l)).orElse(Wording.CONCERN.in(l))).append(" | ")
                        .append(f.status().map(s -> Wording.of(s).in(l)).orElse("")).append(" | ");
                if (f.waived()) {
                    b.append("**").append(Wording.WAIVED.in(l)).append("** · ");
                }
                b.append(escape(f.title())).append(" | ").append(escape(f.remediation()));
                details(b, ReportText.details(f, l, esc));
                b.append(" |\n");
            }
        }
        b.append("\n## ").append(Wording.ITEMS_BY_CATEGORY.in(l)).append("\n\n| ").append(Wording.ITEM.in(l)).append(" | ")
                .append(Wording.CATEGORY.in(l)).append(" | ").append(Wording.RANK.in(l)).append(" | ")
                .append(Wording.STATUS.in(l)).append(" | ").append(Wording.TITLE.in(l)).append(" | ")
                .append(Wording.DETAILS.in(l)).append(" |\n|---|---|---|---|---|---|\n");
        Map<String, String> titles = categoryTitles(r);
        for (ItemResult i : r.items()) {
            b.append("| ").append(escape(i.item())).append(" | ").append(escape(titles.getOrDefault(i.category(), i.category())))
                    .append(" | ").append(i.rank().label(l)).append(" | ").append(Wording.of(i.status()).in(l));
            if (i.waived()) {
                b.append(" (").append(Wording.WAIVED.in(l)).append(')');
            }
            b.append(" | ").append(escape(i.title())).append(" | ");
            List<ReportText.Detail> ds = ReportText.details(i, l, esc);
            for (int k = 0; k < ds.size(); k++) {
                b.append(k == 0 ? "" : " · ").append("**").append(ds.get(k).label()).append(":** ").append(ds.get(k).value());
            }
            b.append(" |\n");
        }
        b.append("\n---\n\n").append(ReportText.footer(r, esc)).append('\n');
        return b.toString();
    }

    private static void details(StringBuilder b, List<ReportText.Detail> ds) {
        for (ReportText.Detail d : ds) {
            b.append(" · **").append(d.label()).append(":** ").append(d.value());
        }
    }

    /** Category id to its title in the report's language. */
    static Map<String, String> categoryTitles(AssessmentReport r) {
        Map<String, String> m = new java.util.HashMap<>();
        r.categories().forEach(c -> m.put(c.id(), c.title()));
        return m;
    }

    private static void row(StringBuilder b, String name, RankSummary s) {
        b.append("| ").append(name).append(" | ").append(s.applicable()).append(" | ").append(s.met()).append(" | ")
                .append(s.partial()).append(" | ").append(s.unmet()).append(" | ").append(s.unanswered()).append(" | ")
                .append(Math.round(s.score() * 100)).append(" |\n");
    }
}
