/**
 * The load path, one way: bytes (read within bounds by {@code BoundedFiles}) become a located
 * tree ({@code TreeReader}, {@code Node}), the tree is bound with every problem collected
 * ({@code Binder}, {@code ChecklistBinder}, {@code ConditionBinder}, {@code AssessmentBinder})
 * into a {@code RawChecklist}, and {@code ChecklistResolver} applies {@code extends} and
 * {@code tailor} to give the model's {@code Checklist}. Where checklists come from is
 * {@code ChecklistSources}. Not exported: the entry points are in {@code dev.tenken.checklist}.
 */
package dev.tenken.checklist.load;
