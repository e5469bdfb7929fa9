/**
 * The checklist model and its entry points. A {@link dev.tenken.checklist.Checklist} is an
 * immutable record tree (categories, items ranked 必須 or 推奨, profile facts, structured
 * conditions, concerns), validated on construction; {@link dev.tenken.checklist.ChecklistLibrary}
 * loads checklists from YAML or JSON, resolving {@code extends} and {@code tailor};
 * {@link dev.tenken.checklist.SelfAssessment} is an organisation's answers and profile;
 * {@link dev.tenken.checklist.AssessmentCheck} checks one against its checklist. Every loading
 * problem is a located {@link dev.tenken.checklist.Problem}, all of them carried by one
 * {@link dev.tenken.checklist.TenkenException}.
 *
 * <p>The model's own rules live here, in one place each: id patterns in
 * {@link dev.tenken.checklist.Ids}, the typing of conditions in
 * {@link dev.tenken.checklist.Condition.Comparison#typeProblems}.
 *
 * @since 0.1
 */
package dev.tenken.checklist;
