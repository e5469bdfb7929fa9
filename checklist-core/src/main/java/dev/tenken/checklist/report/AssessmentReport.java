package dev.tenken.checklist.report;

import dev.tenken.checklist.Language;
import dev.tenken.checklist.Rank;
import dev.tenken.checklist.Severity;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The graded result of one self-assessment (SPEC section 6). Immutable; the same input gives
 * the same report, byte for byte.
 *
 * @param checklistId      checklist id
 * @param checklistVersion checklist version
 * @param checklistTitle   checklist title in the report's language
 * @param organisation     organisation details as given
 * @param assessedOn       the day the assessment describes (as given, else the day the report was made)
 * @param assessor         who made the assessment, as given
 * @param tenkenVersion    the version of Tenken that made the report
 * @param language         the report's language
 * @param grade            A to E
 * @param score            0 to 100
 * @param summary          per-rank counts and scores
 * @param categories       category scores in checklist order
 * @param findings         by severity, then checklist order
 * @param items            every item in checklist order
 * @param missingFacts     profile keys that made some condition unknown, sorted
 * @param warnings         what the reader should know first (questions not answered, answers not
 *                         used, waivers), worded for a person
 * @since 0.1
 */
public record AssessmentReport(
        String checklistId,
        String checklistVersion,
        String checklistTitle,
        Map<String, String> organisation,
        LocalDate assessedOn,
        Map<String, String> assessor,
        String tenkenVersion,
        Language language,
        Grade grade,
        int score,
        Summary summary,
        List<CategoryScore> categories,
        List<Finding> findings,
        List<ItemResult> items,
        List<String> missingFacts,
        List<String> warnings) {

    /**
     * Copies the collections.
     *
     * @param checklistId      checklist id
     * @param checklistVersion checklist version
     * @param checklistTitle   checklist title in the report's language
     * @param organisation     organisation details as given
     * @param assessedOn       the day the assessment describes (as given, else the day the report was made)
     * @param assessor         who made the assessment, as given
     * @param tenkenVersion    the version of Tenken that made the report
     * @param language         the report's language
     * @param grade            A to E
     * @param score            0 to 100
     * @param summary          per-rank counts and scores
     * @param categories       category scores in checklist order
     * @param findings         by severity, then checklist order
     * @param items            every item in checklist order
     * @param missingFacts     profile keys that made some condition unknown, sorted
     * @param warnings         what the reader should know first (questions not answered, answers not
     *                         used, waivers), worded for a person
     */
    public AssessmentReport {
        Objects.requireNonNull(checklistId, "checklistId");
        organisation = Collections.unmodifiableMap(new LinkedHashMap<>(organisation));
        Objects.requireNonNull(assessedOn, "assessedOn");
        assessor = Collections.unmodifiableMap(new LinkedHashMap<>(assessor));
        Objects.requireNonNull(tenkenVersion, "tenkenVersion");
        missingFacts = List.copyOf(missingFacts);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(grade, "grade");
        categories = List.copyOf(categories);
        findings = List.copyOf(findings);
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }

    /**
     * Whether an applicable 必須 item is unmet, partial or unanswered and not under a waiver that
     * holds (SPEC section 7: a caller that gates on the result, such as a build step, should fail
     * then). An expired waiver does not count.
     *
     * @return true when a required shortfall is left that no valid waiver covers
     */
    public boolean hasRequiredShortfall() {
        return items.stream().anyMatch(i -> i.rank() == Rank.REQUIRED && i.status().isShortfall() && !i.waived());
    }

    /**
     * Findings of the given severity.
     *
     * @param severity the severity wanted
     * @return those findings in report order, waived ones included; empty when there are none
     */
    public List<Finding> findings(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /**
     * The report as pretty-printed JSON with the keys of SPEC section 6, ending in a newline.
     *
     * @return the JSON text
     */
    public String toJson() {
        return ReportJson.write(this, true);
    }

    /**
     * The report as one line of JSON (for JSON Lines), with no trailing newline.
     *
     * @return the JSON text on one line
     */
    public String toJsonLine() {
        return ReportJson.write(this, false);
    }

    /**
     * The same text as {@link #toJsonLine()}, as UTF-8 bytes, written without building a String
     * first: for services and batch jobs that write many reports.
     *
     * @return a new array holding the UTF-8 encoding of {@link #toJsonLine()}
     */
    public byte[] toJsonLineUtf8() {
        return ReportJson.writeUtf8Line(this);
    }

    /**
     * The report as Markdown (summary, category scores, findings table, warnings).
     *
     * @return the Markdown text
     */
    public String toMarkdown() {
        return ReportMarkdown.write(this);
    }

    /**
     * The report as one self-contained HTML page (inline CSS and SVG, no scripts or external
     * resources) that prints well on A4.
     *
     * @return the HTML document
     */
    public String toHtml() {
        return ReportHtml.write(this);
    }

    /**
     * Item results as CSV: UTF-8 with a byte-order mark, CRLF line ends, one row per item.
     *
     * @return the CSV text, starting with the byte-order mark and a header row
     */
    public String toCsv() {
        return ReportCsv.write(this);
    }

    /**
     * A plain-text report for a terminal, summary first.
     *
     * @return the text, with no ANSI colour
     */
    public String toText() {
        return ReportText.write(this, false);
    }

    /**
     * A text report for a terminal, with ANSI colour for grade and severities when {@code colour}
     * is true. Callers decide: colour belongs only on an interactive terminal.
     *
     * @param colour whether to add ANSI colour codes
     * @return the text
     */
    public String toText(boolean colour) {
        return ReportText.write(this, colour);
    }
}
