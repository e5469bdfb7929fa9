package dev.tenken.checklist.report;

import dev.tenken.checklist.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a report as CSV (RFC 4180), UTF-8 with a byte-order mark so that Excel in Japan opens
 * it with the right encoding, CRLF line ends, every word in the report's language.
 *
 * <p>The file has two blocks, so that it shows the same facts as the other formats. Every row
 * has the same number of fields ({@link #COLUMNS}), so the file stays one rectangle for
 * spreadsheets and CSV readers:
 * <ol>
 *   <li>a header block of label and value rows (the other fields empty): checklist,
 *       organisation, assessment date, assessor, grade, score, the Tenken version, then one row
 *       per warning (label {@link Wording#WARNINGS}), so the warnings come before the items;
 *   <li>one row of empty fields, then the item table: a header row, then one row per item in checklist
 *       order (category by its title, rank, status and severity in words, whether it is graded,
 *       title, remediation, applicability, the answer not used, note, evidence, waiver and the
 *       waiver's state).
 * </ol>
 * A program that wants only the table starts reading after the first row of empty fields.
 */
final class ReportCsv {
    /** Fields in every row. */
    static final int COLUMNS = 14;

    private ReportCsv() {
    }

    static String write(AssessmentReport r) {
        Language l = r.language();
        StringBuilder b = new StringBuilder("\uFEFF");
        pair(b, Wording.CHECKLIST.in(l), r.checklistTitle() + " (" + r.checklistId() + " " + r.checklistVersion() + ")");
        String org = r.organisation().get("name");
        if (org != null) {
            pair(b, Wording.ORGANISATION.in(l), org);
        }
        pair(b, Wording.ASSESSED_ON.in(l), r.assessedOn().toString());
        if (!r.assessor().isEmpty()) {
            pair(b, Wording.ASSESSOR.in(l), ReportText.assessor(r.assessor(), l, s -> s));
        }
        pair(b, Wording.GRADE.in(l), r.grade().name());
        pair(b, Wording.SCORE.in(l), Integer.toString(r.score()));
        pair(b, Wording.MADE_WITH.in(l), "tenken " + r.tenkenVersion());
        r.warnings().forEach(w -> pair(b, Wording.WARNINGS.in(l), w));
        row(b, List.of());

        List<String> header = List.of(Wording.ITEM.in(l), Wording.CATEGORY.in(l), Wording.RANK.in(l), Wording.STATUS.in(l),
                Wording.APPLICABLE.in(l), Wording.SEVERITY.in(l), Wording.TITLE.in(l), Wording.REMEDIATION.in(l),
                Wording.APPLICABILITY.in(l), Wording.ANSWER_GIVEN.in(l), Wording.NOTE.in(l), Wording.EVIDENCE.in(l),
                Wording.WAIVER.in(l), Wording.WAIVER_STATE.in(l));
        row(b, header);
        Map<String, Finding> findings = new java.util.HashMap<>();
        r.findings().forEach(f -> f.item().ifPresent(id -> findings.put(id, f)));
        Map<String, String> titles = ReportMarkdown.categoryTitles(r);
        for (ItemResult i : r.items()) {
            Finding f = findings.get(i.item());
            List<String> cells = new ArrayList<>();
            cells.add(i.item());
            cells.add(titles.getOrDefault(i.category(), i.category()));
            cells.add(i.rank().label(l));
            cells.add(Wording.of(i.status()).in(l));
            cells.add((i.applicable() ? Wording.YES : Wording.NO).in(l));
            cells.add(f == null ? "" : Wording.of(f.severity()).in(l));
            cells.add(i.title());
            cells.add(f == null ? "" : f.remediation());
            cells.add(applicability(i, l));
            cells.add(i.applicability() == Applicability.DECLARED ? "" : i.answer().map(a -> Wording.of(a).in(l)).orElse(""));
            cells.add(i.note().orElse(""));
            cells.add(i.evidence().orElse(""));
            cells.add(i.waiver().map(w -> ReportText.waiver(w, l, s -> s)).orElse(""));
            cells.add(i.waiver().map(w -> (w.expired() ? Wording.WAIVER_EXPIRED : i.waived() ? Wording.WAIVED
                    : Wording.WAIVER_IN_FORCE).in(l)).orElse(""));
            row(b, cells);
        }
        return b.toString();
    }

    private static String applicability(ItemResult i, Language l) {
        return switch (i.applicability()) {
            case APPLIES -> Wording.APPLIES.in(l);
            case ASSUMED -> Wording.ASSUMED_BECAUSE.format(l, String.join(Wording.LIST_SEPARATOR.in(l), i.missingFacts()));
            case EXCLUDED -> Wording.EXCLUDED.in(l);
            case DECLARED -> Wording.DECLARED.in(l);
        };
    }

    private static void pair(StringBuilder b, String label, String value) {
        row(b, List.of(label, value));
    }

    /** One row of {@link #COLUMNS} fields (empty ones added); every cell goes through the one CSV escaper. */
    private static void row(StringBuilder b, List<String> cells) {
        for (int k = 0; k < COLUMNS; k++) {
            b.append(k == 0 ? "" : ",").append(k < cells.size() ? field(cells.get(k)) : "");
        }
        b.append("\r\n");
    }

    /** One field, through the one CSV escaper ({@link dev.tenken.checklist.text.CsvText}). */
    static String field(String s) {
        return dev.tenken.checklist.text.CsvText.field(s);
    }
}
