package dev.tenken.checklist.report;

import static dev.tenken.checklist.text.TerminalText.escape;

import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Writes a report as plain text for a terminal: header (date, assessor), summary, warnings,
 * findings with what was written beside them, then the items that carry notes, evidence,
 * waivers, reasons or answers not used. Every piece of data (titles, ids, organisation,
 * remediation, warnings, notes) goes through {@link dev.tenken.checklist.text.TerminalText}, so
 * the only control characters in the output are the line ends and colour codes written here.
 *
 * <p>The helpers {@link #details}, {@link #assessor} and {@link #waiver} are shared by the
 * text, Markdown, CSV and HTML writers, so that every format words the same facts the same
 * way; each writer passes its own escaper.
 */
final class ReportText {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";

    private ReportText() {
    }

    static String write(AssessmentReport r, boolean colour) {
        Language l = r.language();
        UnaryOperator<String> esc = dev.tenken.checklist.text.TerminalText::escape;
        StringBuilder b = new StringBuilder(4096);
        b.append(escape(r.checklistTitle())).append(" (").append(escape(r.checklistId())).append(' ').append(escape(r.checklistVersion())).append(")\n");
        String org = r.organisation().get("name");
        if (org != null) {
            b.append(Wording.ORGANISATION.in(l)).append(": ").append(escape(org)).append('\n');
        }
        b.append(Wording.ASSESSED_ON.in(l)).append(": ").append(r.assessedOn()).append('\n');
        if (!r.assessor().isEmpty()) {
            b.append(Wording.ASSESSOR.in(l)).append(": ").append(assessor(r.assessor(), l, esc)).append('\n');
        }
        b.append('\n');
        b.append(colour ? BOLD : "").append(Wording.GRADE.in(l)).append(": ").append(r.grade().name())
                .append("   ").append(Wording.SCORE.in(l)).append(": ").append(r.score()).append("/100")
                .append(colour ? RESET : "").append('\n');
        headline(r).forEach(s -> b.append(s).append('\n'));
        rank(b, Wording.REQUIRED.in(l), r.summary().required(), l);
        rank(b, Wording.RECOMMENDED.in(l), r.summary().recommended(), l);
        b.append(Wording.NOT_APPLICABLE.in(l)).append(": ").append(r.summary().notApplicable()).append('\n');
        counts(r).forEach((k, v) -> b.append(k).append(": ").append(v).append('\n'));

        if (!r.warnings().isEmpty()) {
            b.append('\n').append(Wording.WARNINGS.in(l)).append(" (").append(r.warnings().size()).append(")\n");
            r.warnings().forEach(w -> b.append("  - ").append(escape(w)).append('\n'));
        }

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
            if (f.waived()) {
                b.append('[').append(Wording.WAIVED.in(l)).append("] ");
            }
            if (f.item().isPresent()) {
                b.append(escape(f.item().get())).append(' ').append(f.rank().get().label(l)).append(' ')
                        .append(Wording.of(f.status().get()).in(l)).append(": ");
            } else {
                b.append(Wording.CONCERN.in(l)).append(": ");
            }
            b.append(escape(f.title())).append('\n');
            b.append("      ").append(Wording.REMEDIATION.in(l)).append(": ").append(escape(f.remediation())).append('\n');
            for (Detail d : details(f, l, esc)) {
                b.append("      ").append(d.label()).append(": ").append(d.value()).append('\n');
            }
        }

        List<ItemResult> noted = r.items().stream().filter(i -> !details(i, l, esc).isEmpty()).toList();
        if (!noted.isEmpty()) {
            b.append('\n').append(Wording.ITEMS_WITH_DETAILS.in(l)).append(" (").append(noted.size()).append(")\n");
            for (ItemResult i : noted) {
                b.append("  ").append(escape(i.item())).append(' ').append(i.rank().label(l)).append(' ')
                        .append(Wording.of(i.status()).in(l)).append(": ").append(escape(i.title())).append('\n');
                for (Detail d : details(i, l, esc)) {
                    b.append("      ").append(d.label()).append(": ").append(d.value()).append('\n');
                }
            }
        }
        b.append('\n').append(footer(r, esc)).append('\n');
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

    // ---- shared by every format ----

    /**
     * One fact written beside an item or a finding.
     *
     * @param kind  a stable key for styling: {@code note}, {@code evidence}, {@code waiver},
     *              {@code waiver-expired}, {@code assumed}, {@code declared}, {@code answer}
     * @param label the label in the report's language
     * @param value the value, already escaped by the writer's escaper
     */
    record Detail(String kind, String label, String value) {
    }

    /** What is written beside an item: why it is (not) graded, the answer not used, note, evidence, waiver. */
    static List<Detail> details(ItemResult i, Language l, UnaryOperator<String> esc) {
        List<Detail> out = new ArrayList<>();
        switch (i.applicability()) {
            case ASSUMED -> out.add(new Detail("assumed", Wording.APPLICABILITY.in(l),
                    Wording.ASSUMED_BECAUSE.format(l, esc.apply(String.join(Wording.LIST_SEPARATOR.in(l), i.missingFacts())))));
            case DECLARED -> out.add(new Detail("declared", Wording.DECLARED_REASON.in(l), esc.apply(i.note().orElse(""))));
            default -> {
            }
        }
        if (i.applicability() != Applicability.DECLARED) {
            i.answer().ifPresent(a -> out.add(new Detail("answer", Wording.ANSWER_GIVEN.in(l), answerNotUsed(i, a, l))));
            i.note().ifPresent(n -> out.add(new Detail("note", Wording.NOTE.in(l), esc.apply(n))));
        }
        i.evidence().ifPresent(e -> out.add(new Detail("evidence", Wording.EVIDENCE.in(l), esc.apply(e))));
        i.waiver().ifPresent(w -> out.add(new Detail(w.expired() ? "waiver-expired" : "waiver", Wording.WAIVER.in(l), waiver(w, l, esc))));
        return out;
    }

    /** What is written beside a finding: note, evidence, waiver. */
    static List<Detail> details(Finding f, Language l, UnaryOperator<String> esc) {
        List<Detail> out = new ArrayList<>();
        f.note().ifPresent(n -> out.add(new Detail("note", Wording.NOTE.in(l), esc.apply(n))));
        f.evidence().ifPresent(e -> out.add(new Detail("evidence", Wording.EVIDENCE.in(l), esc.apply(e))));
        f.waiver().ifPresent(w -> out.add(new Detail(w.expired() ? "waiver-expired" : "waiver", Wording.WAIVER.in(l), waiver(w, l, esc))));
        return out;
    }

    private static String answerNotUsed(ItemResult i, AnswerStatus a, Language l) {
        String word = Wording.of(a).in(l);
        if (i.statusFrom() == StatusSource.CHECK) {
            return Wording.ANSWER_FROM_CHECK.format(l, word);
        }
        if (i.applicability() == Applicability.EXCLUDED) {
            return Wording.ANSWER_EXCLUDED.format(l, word);
        }
        if (a == AnswerStatus.NOT_APPLICABLE) {
            return Wording.ANSWER_BARE_NOT_APPLICABLE.format(l, word);
        }
        return Wording.ANSWER_NOT_USED.format(l, word);
    }

    /** A waiver in words: state (in force or expired), reason, approver, expiry. */
    static String waiver(WaiverResult w, Language l, UnaryOperator<String> esc) {
        String sep = l == Language.JA ? "、" : "; ";
        StringBuilder b = new StringBuilder();
        b.append(w.expired() ? Wording.WAIVER_EXPIRED.in(l) : Wording.WAIVER_IN_FORCE.in(l)).append(sep)
                .append(Wording.WAIVER_REASON.in(l)).append(": ").append(esc.apply(w.reason()));
        w.approvedBy().ifPresent(a -> b.append(sep).append(Wording.APPROVED_BY.in(l)).append(": ").append(esc.apply(a)));
        b.append(sep).append(Wording.EXPIRES.in(l)).append(": ").append(w.expires());
        return b.toString();
    }

    /** The assessor as given: the name, then the other values (role, ...) in brackets. */
    static String assessor(Map<String, String> a, Language l, UnaryOperator<String> esc) {
        List<String> rest = new ArrayList<>();
        a.forEach((k, v) -> {
            if (!k.equals("name")) {
                rest.add(esc.apply(v));
            }
        });
        String name = a.containsKey("name") ? esc.apply(a.get("name")) : "";
        if (rest.isEmpty()) {
            return name;
        }
        String more = String.join(Wording.LIST_SEPARATOR.in(l), rest);
        if (name.isEmpty()) {
            return more;
        }
        return l == Language.JA ? name + "（" + more + "）" : name + " (" + more + ")";
    }

    /** The sentences under the grade: what it means, and the required items that fall short, counted. */
    static List<String> headline(AssessmentReport r) {
        Language l = r.language();
        List<String> out = new ArrayList<>();
        Grade g = r.grade();
        String meaning = g == Grade.C ? Wording.GRADE_MEANING_C_SHORT.in(l) : Wording.meaningOf(g).in(l);
        // the English meanings are clauses ("every required item is met"); on a line of their own they start a sentence
        out.add(meaning.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + meaning.substring(1));
        RankSummary s = r.summary().required();
        List<String> parts = new ArrayList<>();
        if (s.partial() > 0) {
            parts.add(Wording.COUNT_OF.format(l, s.partial(), Wording.PARTIAL.in(l)));
        }
        if (s.unmet() > 0) {
            parts.add(Wording.COUNT_OF.format(l, s.unmet(), Wording.UNMET.in(l)));
        }
        if (s.unanswered() > 0) {
            parts.add(Wording.COUNT_OF.format(l, s.unanswered(), Wording.UNANSWERED.in(l)));
        }
        if (!parts.isEmpty()) {
            out.add(Wording.REQUIRED_SHORTFALL.format(l, String.join(Wording.LIST_SEPARATOR.in(l), parts)));
        }
        return out;
    }

    /** The version 2 counts worth a line of their own (only those that are not zero), label to count. */
    static Map<String, Integer> counts(AssessmentReport r) {
        Language l = r.language();
        Summary s = r.summary();
        Map<String, Integer> m = new java.util.LinkedHashMap<>();
        if (s.declaredNotApplicable() > 0) {
            m.put(Wording.DECLARED_COUNT.in(l), s.declaredNotApplicable());
        }
        if (s.assumed() > 0) {
            m.put(Wording.ASSUMED_COUNT.in(l), s.assumed());
        }
        if (s.waived() > 0) {
            m.put(Wording.WAIVED_COUNT.in(l), s.waived());
        }
        if (s.expiredWaivers() > 0) {
            m.put(Wording.EXPIRED_WAIVERS_COUNT.in(l), s.expiredWaivers());
        }
        return m;
    }

    /** The closing line: the checklist and the Tenken version that made the report. */
    static String footer(AssessmentReport r, UnaryOperator<String> esc) {
        Language l = r.language();
        return Wording.CHECKLIST.in(l) + ": " + esc.apply(r.checklistId()) + ' ' + esc.apply(r.checklistVersion())
                + " · " + Wording.MADE_WITH.in(l) + ": tenken " + esc.apply(r.tenkenVersion());
    }
}
