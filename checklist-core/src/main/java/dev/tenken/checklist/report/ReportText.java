package dev.tenken.checklist.report;

import dev.tenken.checklist.Language;

/** Writes a report as plain text for a terminal: summary first, then findings. */
final class ReportText {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";

    private ReportText() {
    }

    static String write(AssessmentReport r, boolean colour) {
        Language l = r.language();
        StringBuilder b = new StringBuilder(2048);
        b.append(r.checklistTitle()).append(" (").append(r.checklistId()).append(' ').append(r.checklistVersion()).append(")\n");
        String org = r.organisation().get("name");
        if (org != null) {
            b.append(Labels.get("organisation", l)).append(": ").append(org).append('\n');
        }
        b.append('\n');
        b.append(colour ? BOLD : "").append(Labels.get("grade", l)).append(": ").append(r.grade().name())
                .append("   ").append(Labels.get("score", l)).append(": ").append(r.score()).append("/100")
                .append(colour ? RESET : "").append('\n');
        rank(b, Labels.get("required", l), r.summary().required(), l);
        rank(b, Labels.get("recommended", l), r.summary().recommended(), l);
        b.append(Labels.get("not_applicable", l)).append(": ").append(r.summary().notApplicable()).append('\n');

        b.append('\n').append(Labels.get("categories", l)).append('\n');
        for (CategoryScore c : r.categories()) {
            b.append(String.format("  %3d  %s%n", c.score(), c.title()));
        }

        b.append('\n').append(Labels.get("findings", l)).append(" (").append(r.findings().size()).append(")\n");
        if (r.findings().isEmpty()) {
            b.append("  ").append(Labels.get("no_findings", l)).append('\n');
        }
        for (Finding f : r.findings()) {
            String sev = Labels.get(f.severity().key(), l);
            if (colour) {
                sev = colourFor(f.severity()) + sev + RESET;
            }
            b.append("  [").append(sev).append("] ");
            if (f.item().isPresent()) {
                b.append(f.item().get()).append(' ').append(f.rank().get().label(l)).append(' ')
                        .append(Labels.get(f.status().get().key(), l)).append(": ");
            } else {
                b.append(Labels.get("concern", l)).append(": ");
            }
            b.append(f.title()).append('\n');
            b.append("      ").append(Labels.get("remediation", l)).append(": ").append(f.remediation()).append('\n');
        }
        if (!r.warnings().isEmpty()) {
            b.append('\n').append(Labels.get("warnings", l)).append('\n');
            r.warnings().forEach(w -> b.append("  - ").append(w).append('\n'));
        }
        return b.toString();
    }

    private static void rank(StringBuilder b, String name, RankSummary s, Language l) {
        b.append(name).append(": ").append(Labels.get("applicable", l)).append(' ').append(s.applicable())
                .append(", ").append(Labels.get("met", l)).append(' ').append(s.met())
                .append(", ").append(Labels.get("partial", l)).append(' ').append(s.partial())
                .append(", ").append(Labels.get("unmet", l)).append(' ').append(s.unmet())
                .append(", ").append(Labels.get("unanswered", l)).append(' ').append(s.unanswered())
                .append(String.format(" (%.0f%%)%n", s.score() * 100));
    }

    private static String colourFor(dev.tenken.checklist.Severity s) {
        return switch (s) {
            case HIGH -> "\u001b[31m";
            case MEDIUM -> "\u001b[33m";
            case LOW -> "\u001b[36m";
        };
    }
}
