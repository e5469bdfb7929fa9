/**
 * Batch assessment without the command line: {@link dev.tenken.engine.batch.Batch#run} reads one
 * JSON self-assessment per line from a stream and writes one report per line (JSON lines) or
 * one CSV row per organisation, in input order, byte-identical whatever the thread count, with
 * flat memory however long the input.
 *
 * @since 0.3
 */
package dev.tenken.engine.batch;
