package dev.tenken.excel;

import java.util.List;

/** Where things are in a Tenken answers workbook: shared by the writer and the reader. */
final class Layout {
    private Layout() {
    }

    /** The very hidden sheet that marks the workbook as Tenken's and holds the drop-down lists. */
    static final String META_SHEET = "tenken";
    /** Cell B1 of the meta sheet. */
    static final String FORMAT = "tenken-answers-xlsx";
    /** Cell B2 of the meta sheet. */
    static final int FORMAT_VERSION = 1;
    /** Meta sheet rows (0-based) of the checklist id, its version and the workbook's language. */
    static final int META_CHECKLIST_ROW = 2;
    static final int META_LANGUAGE_ROW = 4;

    // answers sheet columns (0-based); the header is row 1, items start on row 2
    static final int ID = 0;
    static final int CATEGORY = 1;
    static final int RANK = 2;
    static final int TITLE = 3;
    static final int DESCRIPTION = 4;
    static final int STATUS = 5;
    static final int NOTE = 6;
    static final int EVIDENCE = 7;
    static final int WAIVER_REASON = 8;
    static final int APPROVED_BY = 9;
    static final int EXPIRES = 10;
    static final int HINT = 11;

    /** The answers sheet's header, column by column. */
    static final List<Words> ANSWER_HEADER = List.of(Words.COL_ID, Words.COL_CATEGORY, Words.COL_RANK, Words.COL_TITLE,
            Words.COL_DESCRIPTION, Words.COL_STATUS, Words.COL_NOTE, Words.COL_EVIDENCE, Words.COL_WAIVER_REASON,
            Words.COL_APPROVED_BY, Words.COL_EXPIRES, Words.COL_HINT);

    // profile sheet columns (0-based)
    static final int KEY = 0;
    static final int QUESTION = 1;
    static final int TYPE = 2;
    static final int VALUES = 3;
    static final int ANSWER = 4;

    /** The profile sheet's header, column by column. */
    static final List<Words> PROFILE_HEADER = List.of(Words.COL_KEY, Words.COL_QUESTION, Words.COL_TYPE, Words.COL_VALUES,
            Words.COL_ANSWER);

    /** Profile sheet keys of the details above the profile questions; a question's key is {@code profile.<key>}. */
    static final String ORG_NAME = "organisation.name";
    static final String ORG_SECTOR = "organisation.sector";
    static final String ASSESSOR_NAME = "assessor.name";
    static final String ASSESSOR_ROLE = "assessor.role";
    static final String ASSESSED_ON = "assessed_on";
    static final String PROFILE_PREFIX = "profile.";

    /** A1-style column letters for a 0-based column. */
    static String column(int col) {
        StringBuilder b = new StringBuilder();
        int c = col + 1;
        while (c > 0) {
            int r = (c - 1) % 26;
            b.insert(0, (char) ('A' + r));
            c = (c - 1) / 26;
        }
        return b.toString();
    }

    /** A1-style reference of a 0-based column and 1-based row. */
    static String ref(int col, int row) {
        return column(col) + row;
    }
}
