package dev.tenken.checklist.report;

import static dev.tenken.checklist.text.TerminalText.escape;

import dev.tenken.checklist.Language;

/**
 * Writes a report as plain text for a terminal: summary first, then findings. Every piece of
 * data (titles, ids, organisation, remediation, warnings) goes through {@link
 * dev.tenken.checklist.text.TerminalText}, so the only control characters in the output are
 * the line ends and colour codes written here.
 */
final class ReportText {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";

    private ReportText() {
    }

    static String write(AssessmentReport r, boolean colour) {
        Language l = r.language();
        StringBuilder b = new StringBuilder(2048);
        b.append(escape(r.checklistTitle())).append(" (").append(escape(r.checklistId())).append(' ').append(escape(r.checklistVersion())).append(")\n");
        String org = r.organisation().get("name");
        if (org != null) {
            b.append(Wording.ORGANISATION.in(l)).append(": ").append(escape(org)).append('\n');
        }
        b.append('\n');
        b.append(colour ? BOLD : "").append(Wording.GRADE.in(l)).append(": ").append(r.grade().name())
                .append("   ").append(Wording.SCORE.in(l)).append(": ").append(r.score()).append("/100")
                .append(colour ? RESET : "").append('\n');
        rank(b, Wording.REQUIRED.in(l), r.summary().required(), l);
        rank(b, Wording.RECOMMENDED.in(l), r.summary().recommended(), l);
        b.append(Wording.NOT_APPLICABLE.in(l)).append(": ").append(r.summary().notApplicable()).append('\n');

        b.append('\n').append(Wording.CATEGORIES.in(l)).append('\n');
        for (CategoryScore c : r.categories()) {
            b.append(String.format("  %3d  %s%n", c.score(), escape(c.title())));
        }

        b.append('\n').append(Wording.FINDINGS.in(l)).append(" (").append(r.findings().size()).append(")\n");
        if (r.findings().isEmpty()) {
            b.append("  ").append(Wording.NO_FINDINGS.in(l)).append('\n');
        }
        for (Finding f : r.findings()) {
            String sev = Wording.of(f.severity()).in(l);
            if (colour) {
                sev = colourFor(f.severity()) + sev + RESET;
            }
            b.append("  [").append(sev).append("] ");
            if (f.item().isPresent()) {
                b.append(escape(f.item().get())).append(' ').append(f.rank().get().label(l)).append(' ')
                        .append(Wording.of(f.status().get()).in(l)).append(": ");
            } else {
                b.append(Wording.CONCERN.in(l)).append(": ");
            }
            b.append(escape(f.title())).append('\n');
            b.append("      ").append(Wording.REMEDIATION.in(l)).append(": ").append(escape(f.remediation())).append('\n');
        }
        if (!r.warnings().isEmpty()) {
            b.append('\n').append(Wording.WARNINGS.in(l)).append('\n');
            r.warnings().forEach(w -> b.append("  - ").append(escape(w)).append('\n'));
        }
        return b.toString();
    }

    private static void rank(StringBuilder b, String name, RankSummary s, Language l) {
        b.append(name).append(": ").append(Wording.APPLICABLE.in(l)).append(' ').append(s.applicable())
                .append(", ").append(Wording.MET.in(l)).append(' ').append(s.met())
                .append(", ").append(Wording.PARTIAL.in(l)).append(' ').append(s.partial())
                .append(", ").append(Wording.UNMET.in(l)).append(' ').append(s.unmet())
                .append(", ").append(Wording.UNANSWERED.in(l)).append(' ').append(s.unanswered())
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
