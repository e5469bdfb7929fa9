/**
 * The Drools evaluation behind {@code TenkenEngine}: a checklist's conditions become numbered
 * three-valued leaves ({@code CompiledChecklist}), data for one fixed rule set ({@code FixedRules},
 * a Drools executable model shared by every untrusted checklist; the same rules in DRL,
 * {@code evaluation.drl}, are compiled with trusted rule files by {@code RuleCompiler}), evaluated
 * in three phases on pooled sessions ({@code Evaluator}).
 * Not exported; opened so that Drools' generated classes can reach the fact types.
 */
package dev.tenken.engine.internal;
