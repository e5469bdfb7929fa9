/**
 * The {@code tenken} command (picocli): each command parses its options, calls the library,
 * picks the output format, prints, and sets the exit code (0 done, 1 a 必須 shortfall or a
 * regression, 2 bad input or usage). Nothing here is a library API.
 */
package dev.tenken.cli;
