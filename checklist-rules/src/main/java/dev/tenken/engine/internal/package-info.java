/**
 * The Drools evaluation behind {@code TenkenEngine}: conditions become numbered comparison
 * leaves and generated rules ({@code RuleGenerator}), compiled with the fixed rules of
 * {@code evaluation.drl} into one rule base per checklist ({@code RuleCompiler},
 * {@code CompiledChecklist}), evaluated in three phases on pooled sessions ({@code Evaluator}).
 * Not exported; opened so that Drools' generated classes can reach the fact types.
 */
package dev.tenken.engine.internal;
