package dev.tenken.checklist.diff;

import dev.tenken.checklist.Language;
import dev.tenken.checklist.Rank;
import dev.tenken.checklist.report.Grade;
import dev.tenken.checklist.report.ItemStatus;
import java.util.List;

/** What a diff needs from one JSON report. */
record ReportSnapshot(String source, String checklistId, String version, Language language, Grade grade, int score,
                      double requiredScore, double recommendedScore, List<Item> items) {

    record Item(String id, String title, Rank rank, ItemStatus status, boolean applicable) {
    }
}
