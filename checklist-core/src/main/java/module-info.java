/**
 * Tenken's core: the checklist model, loading and validating checklists and self-assessments,
 * grading, reports and report diffs. It knows nothing of Drools; {@code dev.tenken.engine}
 * evaluates with it.
 *
 * <p>Exported: {@code dev.tenken.checklist} (the model and the entry points that load it),
 * {@code dev.tenken.checklist.report} (graded reports and their formats) and
 * {@code dev.tenken.checklist.diff} (what changed between two reports). The loader
 * ({@code .load}) and text helpers ({@code .text}) are not part of the API.
 */
module dev.tenken.checklist {
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    requires org.apache.commons.lang3;
    requires org.apache.commons.text;

    exports dev.tenken.checklist;
    exports dev.tenken.checklist.report;
    exports dev.tenken.checklist.diff;
    exports dev.tenken.checklist.stats;
}
