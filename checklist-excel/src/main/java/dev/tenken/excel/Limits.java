package dev.tenken.excel;

/**
 * How much of an untrusted workbook is read: a filled answers template is far below every
 * limit (a 200-item checklist makes a workbook of about 30 KB); anything beyond is refused with
 * a problem before it can use much memory or time.
 */
final class Limits {
    private Limits() {
    }

    /** The workbook file itself. */
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    /** Entries in the zip. */
    static final int MAX_ENTRIES = 1_000;
    /** One zip entry, uncompressed. */
    static final long MAX_ENTRY_BYTES = 20L * 1024 * 1024;
    /** All zip entries together, uncompressed. */
    static final long MAX_TOTAL_BYTES = 50L * 1024 * 1024;
    /** Rows read in one sheet (counting empty rows the file lists). */
    static final int MAX_ROWS = 10_000;
    /** Cells read in one sheet. */
    static final int MAX_CELLS = 200_000;
    /** Characters in one cell (Excel's own limit is 32,767). */
    static final int MAX_CELL_CHARS = 32_767;
    /** Shared strings in the workbook. */
    static final int MAX_SHARED_STRINGS = 200_000;
    /** Characters in all shared strings together. */
    static final long MAX_SHARED_CHARS = 8L * 1024 * 1024;
}
