/**
 * {@link dev.tenken.engine.TenkenEngine}: built once from checklists (built-in, directories,
 * files, text), it compiles each checklist's rules once and then assesses self-assessments,
 * thread-safely, into graded reports. It also validates checklist files and writes answers
 * templates.
 *
 * @since 0.1
 */
package dev.tenken.engine;
