/**
 * Small programs that embed Tenken, each run by a test; the README's Java snippets are taken
 * from the marked lines of these files.
 */
package dev.tenken.examples;
