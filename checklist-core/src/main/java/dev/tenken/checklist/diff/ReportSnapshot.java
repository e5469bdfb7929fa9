package dev.tenken.checklist.diff;

import dev.tenken.checklist.Language;
import dev.tenken.checklist.Rank;
import dev.tenken.checklist.report.Grade;
import dev.tenken.checklist.report.ItemStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What a diff needs from one JSON report. */
record ReportSnapshot(String source, String checklistId, String version, Optional<LocalDate> assessedOn, Language language,
                      Grade grade, int score, double requiredScore, double recommendedScore, List<Item> items) {

    record Item(String id, String title, Rank rank, ItemStatus status, boolean applicable, Optional<Waiver> waiver) {
    }

    /** A waiver as a report states it: when it ends, and whether it had ended on the report's date. */
    record Waiver(LocalDate expires, boolean expired) {
    }
}
