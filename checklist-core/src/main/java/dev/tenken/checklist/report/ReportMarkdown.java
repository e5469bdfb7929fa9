package dev.tenken.checklist.report;

import static dev.tenken.checklist.text.MarkdownText.escape;

import dev.tenken.checklist.Language;
import dev.tenken.checklist.text.MarkdownText;

/** Writes a report as GitHub-flavoured Markdown for tickets and wikis; all data goes through {@link MarkdownText}. */
final class ReportMarkdown {
    private ReportMarkdown() {
    }

    static String write(AssessmentReport r) {
        Language l = r.language();
        StringBuilder b = new StringBuilder(4096);
        b.append("# ").append(escape(r.checklistTitle())).append("\n\n");
        String org = r.organisation().get("name");
        if (org != null) {
            b.append("**").append(Wording.ORGANISATION.in(l)).append(":** ").append(escape(org)).append("  \n");
        }
        b.append("**").append(Wording.GRADE.in(l)).append(":** ").append(r.grade().name()).append("  \n")
                .append("**").append(Wording.SCORE.in(l)).append(":** ").append(r.score()).append(" / 100\n\n");
        b.append("| | ").append(Wording.APPLICABLE.in(l)).append(" | ").append(Wording.MET.in(l)).append(" | ")
                .append(Wording.PARTIAL.in(l)).append(" | ").append(Wording.UNMET.in(l)).append(" | ")
                .append(Wording.UNANSWERED.in(l)).append(" | % |\n|---|---:|---:|---:|---:|---:|---:|\n");
        row(b, Wording.REQUIRED.in(l), r.summary().required());
        row(b, Wording.RECOMMENDED.in(l), r.summary().recommended());
        b.append('\n').append(Wording.NOT_APPLICABLE.in(l)).append(": ").append(r.summary().notApplicable()).append("\n\n");
        b.append("## ").append(Wording.CATEGORIES.in(l)).append("\n\n| | ").append(Wording.SCORE.in(l))
                .append(" |\n|---|---:|\n");
        r.categories().forEach(c -> b.append("| ").append(escape(c.title())).append(" | ").append(c.score()).append(" |\n"));
        b.append("\n## ").append(Wording.FINDINGS.in(l)).append(" (").append(r.findings().size()).append(")\n\n");
        if (r.findings().isEmpty()) {
            b.append(Wording.NO_FINDINGS.in(l)).append('\n');
        } else {
            b.append("| | ID | | ").append(Wording.FINDINGS.in(l)).append(" | ").append(Wording.REMEDIATION.in(l))
                    .append(" |\n|---|---|---|---|---|\n");
            for (Finding f : r.findings()) {
                b.append("| ").append(Wording.of(f.severity()).in(l)).append(" | ")
                        .append(f.item().map(MarkdownText::escape).orElse("—")).append(" | ")
                        .append(f.rank().map(x -> x.label(l)).orElse(Wording.CONCERN.in(l))).append(" | ")
                        .append(escape(f.title())).append(" | ").append(escape(f.remediation())).append(" |\n");
            }
        }
        if (!r.warnings().isEmpty()) {
            b.append("\n## ").append(Wording.WARNINGS.in(l)).append("\n\n");
            r.warnings().forEach(w -> b.append("- ").append(escape(w)).append('\n'));
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String name, RankSummary s) {
        b.append("| ").append(name).append(" | ").append(s.applicable()).append(" | ").append(s.met()).append(" | ")
                .append(s.partial()).append(" | ").append(s.unmet()).append(" | ").append(s.unanswered()).append(" | ")
                .append(Math.round(s.score() * 100)).append(" |\n");
    }
}
