package dev.tenken.checklist.report;

import static dev.tenken.checklist.internal.MarkdownText.cell;

import dev.tenken.checklist.Language;

/** Writes a report as GitHub-flavoured Markdown for tickets and wikis. */
final class ReportMarkdown {
    private ReportMarkdown() {
    }

    static String write(AssessmentReport r) {
        Language l = r.language();
        StringBuilder b = new StringBuilder(4096);
        b.append("# ").append(cell(r.checklistTitle())).append("\n\n");
        String org = r.organisation().get("name");
        if (org != null) {
            b.append("**").append(Labels.get("organisation", l)).append(":** ").append(cell(org)).append("  \n");
        }
        b.append("**").append(Labels.get("grade", l)).append(":** ").append(r.grade().name()).append("  \n")
                .append("**").append(Labels.get("score", l)).append(":** ").append(r.score()).append(" / 100\n\n");
        b.append("| | ").append(Labels.get("applicable", l)).append(" | ").append(Labels.get("met", l)).append(" | ")
                .append(Labels.get("partial", l)).append(" | ").append(Labels.get("unmet", l)).append(" | ")
                .append(Labels.get("unanswered", l)).append(" | % |\n|---|---:|---:|---:|---:|---:|---:|\n");
        row(b, Labels.get("required", l), r.summary().required());
        row(b, Labels.get("recommended", l), r.summary().recommended());
        b.append('\n').append(Labels.get("not_applicable", l)).append(": ").append(r.summary().notApplicable()).append("\n\n");
        b.append("## ").append(Labels.get("categories", l)).append("\n\n| | ").append(Labels.get("score", l))
                .append(" |\n|---|---:|\n");
        r.categories().forEach(c -> b.append("| ").append(cell(c.title())).append(" | ").append(c.score()).append(" |\n"));
        b.append("\n## ").append(Labels.get("findings", l)).append(" (").append(r.findings().size()).append(")\n\n");
        if (r.findings().isEmpty()) {
            b.append(Labels.get("no_findings", l)).append('\n');
        } else {
            b.append("| | ID | | ").append(Labels.get("findings", l)).append(" | ").append(Labels.get("remediation", l))
                    .append(" |\n|---|---|---|---|---|\n");
            for (Finding f : r.findings()) {
                b.append("| ").append(Labels.get(f.severity().key(), l)).append(" | ")
                        .append(f.item().orElse("—")).append(" | ")
                        .append(f.rank().map(x -> x.label(l)).orElse(Labels.get("concern", l))).append(" | ")
                        .append(cell(f.title())).append(" | ").append(cell(f.remediation())).append(" |\n");
            }
        }
        if (!r.warnings().isEmpty()) {
            b.append("\n## ").append(Labels.get("warnings", l)).append("\n\n");
            r.warnings().forEach(w -> b.append("- ").append(cell(w)).append('\n'));
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String name, RankSummary s) {
        b.append("| ").append(name).append(" | ").append(s.applicable()).append(" | ").append(s.met()).append(" | ")
                .append(s.partial()).append(" | ").append(s.unmet()).append(" | ").append(s.unanswered()).append(" | ")
                .append(Math.round(s.score() * 100)).append(" |\n");
    }
}
