/**
 * JMH benchmarks of the engine, the plain-Java baseline evaluator they compare against (kept
 * independent of the engine's code on purpose), and seeded workload generators. Not a library.
 */
package dev.tenken.bench;
