package dev.tenken.checklist.report;

import dev.tenken.checklist.Rank;
import dev.tenken.checklist.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures of one graded assessment without its words: what a batch's CSV row or a gate
 * (SPEC section 7) needs, and no titles, hints, findings text or warnings. Made by
 * {@link ReportBuilder#scorecard} from the same grading as {@link ReportBuilder#build}, so a
 * scorecard always equals {@link #of(AssessmentReport)} of the report built from the same input.
 * Immutable.
 *
 * @param checklistId        checklist id
 * @param organisationName   the organisation's {@code name}, as given; empty when not given
 * @param sector             the organisation's {@code sector}, as given; empty when not given
 * @param assessedOn         the day the assessment describes (as given, else the day it was graded)
 * @param grade              A to E
 * @param score              0 to 100
 * @param required           the 必須 items' counts and credit ({@link RankSummary#score()} is the compliance)
 * @param recommended        the 推奨 items' counts and credit
 * @param highFindings       findings of severity {@link Severity#HIGH}, waived ones included (of items,
 *                           concerns and trusted rules alike)
 * @param mediumFindings     findings of severity {@link Severity#MEDIUM}, waived ones included
 * @param requiredShortfalls ids of the applicable 必須 items that are unmet, partial or unanswered, waived or
 *                           not, in checklist order
 * @param hasRequiredShortfall whether one of {@code requiredShortfalls} is not under a waiver that holds on
 *                           {@code assessedOn} (as {@link AssessmentReport#hasRequiredShortfall()})
 * @since 0.3
 */
public record Scorecard(String checklistId, Optional<String> organisationName, Optional<String> sector,
                        LocalDate assessedOn, Grade grade, int score, RankSummary required, RankSummary recommended,
                        int highFindings, int mediumFindings, List<String> requiredShortfalls,
                        boolean hasRequiredShortfall) {

    /**
     * Copies the list; rejects nulls, a score outside 0 to 100, negative counts and a shortfall
     * flag with no short item.
     *
     * @param checklistId        checklist id
     * @param organisationName   the organisation's {@code name}, as given; empty when not given
     * @param sector             the organisation's {@code sector}, as given; empty when not given
     * @param assessedOn         the day the assessment describes
     * @param grade              A to E
     * @param score              0 to 100
     * @param required           the 必須 items' counts and credit
     * @param recommended        the 推奨 items' counts and credit
     * @param highFindings       findings of severity high
     * @param mediumFindings     findings of severity medium
     * @param requiredShortfalls ids of the applicable 必須 items that fall short, in checklist order
     * @param hasRequiredShortfall whether one of them is not under a waiver that holds
     * @throws IllegalArgumentException when a value is out of range or the flag contradicts the list
     */
    public Scorecard {
        Objects.requireNonNull(checklistId, "checklistId");
        Objects.requireNonNull(organisationName, "organisationName");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(assessedOn, "assessedOn");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(required, "required");
        Objects.requireNonNull(recommended, "recommended");
        requiredShortfalls = List.copyOf(requiredShortfalls);
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score " + score + " is outside 0 to 100");
        }
        if (highFindings < 0 || mediumFindings < 0) {
            throw new IllegalArgumentException("finding counts " + highFindings + " and " + mediumFindings
                    + " must not be negative");
        }
        if (hasRequiredShortfall && requiredShortfalls.isEmpty()) {
            throw new IllegalArgumentException("a required shortfall is flagged but no required item falls short");
        }
    }

    /**
     * The scorecard of a report that has been built already (for a caller that has both; a
     * caller that wants only the figures should ask {@link ReportBuilder#scorecard} and skip the
     * wording).
     *
     * @param report the report
     * @return its figures; equal to what {@link ReportBuilder#scorecard} gives for the same input
     */
    public static Scorecard of(AssessmentReport report) {
        int high = 0;
        int medium = 0;
        for (Finding f : report.findings()) {
            if (f.severity() == Severity.HIGH) {
                high++;
            } else if (f.severity() == Severity.MEDIUM) {
                medium++;
            }
        }
        List<String> shortIds = new ArrayList<>();
        for (ItemResult i : report.items()) {
            if (i.rank() == Rank.REQUIRED && i.applicable() && i.status().isShortfall()) {
                shortIds.add(i.item());
            }
        }
        return new Scorecard(report.checklistId(), Optional.ofNullable(report.organisation().get("name")),
                Optional.ofNullable(report.organisation().get("sector")), report.assessedOn(), report.grade(),
                report.score(), report.summary().required(), report.summary().recommended(), high, medium, shortIds,
                report.hasRequiredShortfall());
    }

    /**
     * 必須 compliance: credit over possible credit of the applicable 必須 items, as the report's
     * {@code summary.required.score}.
     *
     * @return 0 to 1, rounded to 4 places; 1 when no 必須 item applies
     */
    public double requiredCompliance() {
        return required.score();
    }

    /**
     * 推奨 compliance, as the report's {@code summary.recommended.score}.
     *
     * @return 0 to 1, rounded to 4 places; 1 when no 推奨 item applies
     */
    public double recommendedCompliance() {
        return recommended.score();
    }
}
