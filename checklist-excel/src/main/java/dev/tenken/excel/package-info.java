/**
 * Answers templates as Excel workbooks and reading filled workbooks back: see
 * {@link dev.tenken.excel.ExcelAnswers}.
 *
 * @since 0.3
 */
package dev.tenken.excel;
