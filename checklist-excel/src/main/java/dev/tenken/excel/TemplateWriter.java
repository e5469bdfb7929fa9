package dev.tenken.excel;

import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.Category;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.FactType;
import dev.tenken.checklist.FactValue;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.ProfileFact;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes the answers template as a workbook. */
final class TemplateWriter {
    private final Checklist checklist;
    private final Language l;
    private final XSSFWorkbook wb = new XSSFWorkbook();
    /** The answers to fill in, for a download of an assessment; empty for a template. */
    private final dev.tenken.checklist.SelfAssessment filled;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle key;
    private final CellStyle input;
    private final CellStyle dateInput;
    private final CellStyle title;
    private Sheet meta;
    private int listColumn = 3;

    private TemplateWriter(Checklist checklist, Language l, dev.tenken.checklist.SelfAssessment filled) {
        this.filled = filled;
        this.checklist = checklist;
        this.l = l;
        Font bold = font();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        border(header);
        text = wb.createCellStyle();
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        border(text);
        Font grey = font();
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        key = wb.createCellStyle();
        key.cloneStyleFrom(text);
        key.setFont(grey);
        input = wb.createCellStyle();
        input.cloneStyleFrom(text);
        input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        dateInput = wb.createCellStyle();
        dateInput.cloneStyleFrom(input);
        dateInput.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        Font big = font();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(big);
    }

    /** A font of the workbook's default face, so that every cell prints in the same one. */
    private Font font() {
        Font f = wb.createFont();
        f.setFontName(wb.getFontAt(0).getFontName());
        return f;
    }

    private static void border(CellStyle s) {
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
    }

    /** The workbook with an assessment's organisation, assessor, date, profile and answers filled in. */
    static void writeFilled(Checklist c, Language l, dev.tenken.checklist.SelfAssessment a, OutputStream out) throws IOException {
        new TemplateWriter(c, l, a).writeTo(a.profile(), Set.of(), false, out);
    }

    static void write(Checklist c, Language l, Map<String, FactValue> given, Set<String> leaveOut, boolean forProfile,
                      OutputStream out) throws IOException {
        new TemplateWriter(c, l, null).writeTo(given, leaveOut, forProfile, out);
    }

    private void writeTo(Map<String, FactValue> given, Set<String> leaveOut, boolean forProfile, OutputStream out)
            throws IOException {
        try (XSSFWorkbook book = wb) {
            instructions(forProfile);
            metaSheet();
            profile(given);
            answers(leaveOut);
            book.setActiveSheet(0);
            book.getProperties().getCoreProperties().setTitle(checklist.title().get(l));
            book.write(out);
        }
    }

    private void instructions(boolean forProfile) {
        Sheet s = wb.createSheet(Words.SHEET_INSTRUCTIONS.in(l));
        s.setColumnWidth(0, 120 * 256);
        int r = 0;
        cell(s.createRow(r++), 0, Words.INSTRUCTIONS_TITLE.in(l), title);
        cell(s.createRow(r++), 0, Words.CHECKLIST.in(l) + ": " + checklist.title().get(l) + " (" + checklist.id() + " "
                + checklist.version() + ")", null);
        if (forProfile) {
            cell(s.createRow(r++), 0, Words.FOR_PROFILE.in(l), text);
        }
        r++;
        CellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        for (Words step : List.of(Words.STEP_1, Words.STEP_2, Words.STEP_3, Words.STEP_4, Words.STEP_5, Words.STEP_6)) {
            cell(s.createRow(r++), 0, step.in(l), wrap);
        }
        fitHeights(s, new int[] {120});
        print(s, false);
    }

    /** The very hidden sheet: the workbook's identity and the drop-down lists. */
    private void metaSheet() {
        meta = wb.createSheet(Layout.META_SHEET);
        String[][] rows = {{"format", Layout.FORMAT}, {"format_version", Integer.toString(Layout.FORMAT_VERSION)},
                {"checklist", checklist.id()}, {"checklist_version", checklist.version()}, {"language", l.code()}};
        for (int i = 0; i < rows.length; i++) {
            Row row = meta.createRow(i);
            row.createCell(0).setCellValue(rows[i][0]);
            row.createCell(1).setCellValue(rows[i][1]);
        }
        wb.setSheetVisibility(wb.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
    }

    /** Puts a list of choices in the next column of the meta sheet; returns a formula naming it. */
    private String list(List<String> values) {
        int col = listColumn++;
        for (int i = 0; i < values.size(); i++) {
            Row row = meta.getRow(i) == null ? meta.createRow(i) : meta.getRow(i);
            row.createCell(col).setCellValue(values.get(i));
        }
        String c = Layout.column(col);
        return Layout.META_SHEET + "!$" + c + "$1:$" + c + "$" + values.size();
    }

    private void profile(Map<String, FactValue> given) {
        Sheet s = wb.createSheet(Words.SHEET_PROFILE.in(l));
        headerRow(s, Layout.PROFILE_HEADER);
        int[] widths = {30, 60, 16, 36, 30};
        for (int i = 0; i < widths.length; i++) {
            s.setColumnWidth(i, widths[i] * 256);
        }
        DataValidationHelper dv = s.getDataValidationHelper();
        int r = 1;
        String[][] details = {{Layout.ORG_NAME, Words.ORG_NAME.in(l)}, {Layout.ORG_SECTOR, Words.ORG_SECTOR.in(l)},
                {Layout.ASSESSOR_NAME, Words.ASSESSOR_NAME.in(l)}, {Layout.ASSESSOR_ROLE, Words.ASSESSOR_ROLE.in(l)}};
        for (String[] d : details) {
            Row row = s.createRow(r++);
            cell(row, Layout.KEY, d[0], key);
            cell(row, Layout.QUESTION, d[1], text);
            cell(row, Layout.TYPE, Words.TYPE_TEXT.in(l), text);
            cell(row, Layout.VALUES, "", text);
            cell(row, Layout.ANSWER, filledDetail(d[0]), input);
        }
        Row dateRow = s.createRow(r++);
        cell(dateRow, Layout.KEY, Layout.ASSESSED_ON, key);
        cell(dateRow, Layout.QUESTION, Words.ASSESSED_ON.in(l), text);
        cell(dateRow, Layout.TYPE, Words.TYPE_DATE.in(l), text);
        cell(dateRow, Layout.VALUES, "", text);
        Cell date = dateRow.createCell(Layout.ANSWER);
        date.setCellStyle(dateInput);
        if (filled != null) {
            filled.assessedOn().ifPresent(date::setCellValue);
        }
        validate(s, dateConstraint(dv), dateRow.getRowNum(), Layout.ANSWER, Words.PROMPT_DATE);
        String yesNo = null;
        for (ProfileFact f : checklist.profile()) {
            Row row = s.createRow(r++);
            cell(row, Layout.KEY, Layout.PROFILE_PREFIX + f.key(), key);
            cell(row, Layout.QUESTION, f.question().get(l), text);
            Words type = switch (f.type()) {
                case BOOLEAN -> Words.TYPE_BOOLEAN;
                case NUMBER -> Words.TYPE_NUMBER;
                case STRING -> Words.TYPE_TEXT;
                case ENUM -> Words.TYPE_ENUM;
                case SET -> Words.TYPE_SET;
            };
            cell(row, Layout.TYPE, type.in(l), text);
            cell(row, Layout.VALUES, String.join(l == Language.JA ? "、" : ", ", f.values()), text);
            Cell answer = cell(row, Layout.ANSWER, shown(f, given.get(f.key())), input);
            FactValue v = given.get(f.key());
            if (v instanceof FactValue.Num n) {
                answer.setCellValue(n.value().doubleValue());
            }
            if (f.type() == FactType.BOOLEAN) {
                if (yesNo == null) {
                    yesNo = list(List.of(Words.YES.in(l), Words.NO.in(l), Words.NOT_ANSWERED.in(l)));
                }
                validate(s, dv.createFormulaListConstraint(yesNo), row.getRowNum(), Layout.ANSWER, Words.PROMPT_STATUS);
            } else if (f.type() == FactType.ENUM) {
                validate(s, dv.createFormulaListConstraint(list(f.values())), row.getRowNum(), Layout.ANSWER,
                        Words.PROMPT_STATUS);
            } else if (f.type() == FactType.NUMBER) {
                validate(s, dv.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "-1E15", "1E15"),
                        row.getRowNum(), Layout.ANSWER, Words.PROMPT_NUMBER);
            }
        }
        fitHeights(s, widths);
        s.createFreezePane(0, 1);
        print(s, true);
    }

    /** A stated profile value as the person would type it. */
    private String shown(ProfileFact f, FactValue v) {
        if (v == null) {
            return "";
        }
        if (v instanceof FactValue.Bool b) {
            return (b.value() ? Words.YES : Words.NO).in(l);
        }
        if (v instanceof FactValue.Members m) {
            return String.join(l == Language.JA ? "、" : ", ", m.members());
        }
        if (v instanceof FactValue.Text t) {
            return t.value();
        }
        return v.toString();
    }

    private void answers(Set<String> leaveOut) {
        Sheet s = wb.createSheet(Words.SHEET_ANSWERS.in(l));
        headerRow(s, Layout.ANSWER_HEADER);
        int[] widths = {8, 14, l == Language.JA ? 6 : 12, 28, 40, 10, 20, 14, 16, 10, 11, 40};
        for (int i = 0; i < widths.length; i++) {
            s.setColumnWidth(i, widths[i] * 256);
        }
        List<String> statuses = new ArrayList<>();
        for (AnswerStatus st : AnswerStatus.values()) {
            statuses.add(st.label(l));
        }
        String statusList = list(statuses);
        int r = 1;
        for (Category cat : checklist.categories()) {
            for (Item i : cat.items()) {
                if (leaveOut.contains(i.id())) {
                    continue;
                }
                Row row = s.createRow(r++);
                cell(row, Layout.ID, i.id(), key);
                cell(row, Layout.CATEGORY, cat.title().get(l), text);
                cell(row, Layout.RANK, i.rank().label(l), text);
                cell(row, Layout.TITLE, i.title().get(l), text);
                cell(row, Layout.DESCRIPTION, i.description().map(d -> d.get(l)).orElse(""), text);
                dev.tenken.checklist.Answer a = filled == null ? null : filled.answers().get(i.id());
                cell(row, Layout.STATUS, a == null ? "" : a.status().label(l), input);
                cell(row, Layout.NOTE, a == null ? "" : a.note().orElse(""), input);
                cell(row, Layout.EVIDENCE, a == null ? "" : a.evidence().orElse(""), input);
                cell(row, Layout.WAIVER_REASON, a == null ? "" : a.waiver().map(w -> w.reason()).orElse(""), input);
                cell(row, Layout.APPROVED_BY, a == null ? "" : a.waiver().flatMap(w -> w.approvedBy()).orElse(""), input);
                Cell expires = row.createCell(Layout.EXPIRES);
                expires.setCellStyle(dateInput);
                if (a != null) {
                    a.waiver().ifPresent(w -> expires.setCellValue(w.expires()));
                }
                String hint = i.remediation().get(l);
                if (i.check().isPresent()) {
                    hint = Words.DECIDED_BY_PROFILE.in(l) + "\n" + hint;
                }
                cell(row, Layout.HINT, hint, text);
            }
        }
        int last = Math.max(1, r - 1);
        if (r > 1) {
            DataValidationHelper dv = s.getDataValidationHelper();
            validateRange(s, dv.createFormulaListConstraint(statusList), 1, last, Layout.STATUS, Words.PROMPT_STATUS);
            validateRange(s, dateConstraint(dv), 1, last, Layout.EXPIRES, Words.PROMPT_DATE);
        }
        fitHeights(s, widths);
        s.createFreezePane(Layout.TITLE + 1, 1);
        s.setAutoFilter(new CellRangeAddress(0, last, 0, Layout.ANSWER_HEADER.size() - 1));
        print(s, true);
    }

    /**
     * Sets each row's height to fit its wrapped text: spreadsheet programs keep the stored height
     * when they open a file, so a row left at the default would cut the text off on screen and paper.
     */
    private static void fitHeights(Sheet s, int[] widths) {
        for (Row row : s) {
            if (row.getRowNum() == 0) {
                continue;
            }
            int lines = 1;
            for (Cell c : row) {
                if (c.getColumnIndex() < widths.length && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    lines = Math.max(lines, lines(c.getStringCellValue(), widths[c.getColumnIndex()] - 3));
                }
            }
            row.setHeightInPoints((float) Math.min(409, 4 + 17.5 * lines));
        }
    }

    /**
     * Lines a text takes in a column this many characters wide: a Japanese character is about two
     * digits wide, a Latin letter about 0.9 of one.
     */
    static int lines(String text, int width) {
        int lines = 0;
        int room = 10 * Math.max(1, width);
        for (String paragraph : text.split("\n", -1)) {
            int w = 0;
            for (int i = 0; i < paragraph.length(); i++) {
                w += paragraph.charAt(i) < 0x2E80 ? 9 : 20;
            }
            lines += Math.max(1, (w + room - 1) / room);
        }
        return lines;
    }

    private static DataValidationConstraint dateConstraint(DataValidationHelper dv) {
        return dv.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN, "DATE(1900,1,1)", "DATE(9999,12,31)",
                "yyyy-mm-dd");
    }

    private void validate(Sheet s, DataValidationConstraint c, int row, int col, Words prompt) {
        validateRange(s, c, row, row, col, prompt);
    }

    private void validateRange(Sheet s, DataValidationConstraint c, int first, int last, int col, Words prompt) {
        DataValidation v = s.getDataValidationHelper().createValidation(c, new CellRangeAddressList(first, last, col, col));
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox(Words.ERROR_TITLE.in(l), prompt.in(l));
        v.setShowPromptBox(true);
        v.createPromptBox((col == Layout.STATUS ? Words.COL_STATUS : col == Layout.EXPIRES ? Words.COL_EXPIRES
                : Words.COL_ANSWER).in(l), prompt.in(l));
        v.setEmptyCellAllowed(true);
        s.addValidationData(v);
    }

    private void headerRow(Sheet s, List<Words> columns) {
        Row h = s.createRow(0);
        h.setHeightInPoints(30);
        for (int i = 0; i < columns.size(); i++) {
            cell(h, i, columns.get(i).in(l), header);
        }
    }

    /** Landscape A4, fit to the page width, header row repeated on every page. */
    private static void print(Sheet s, boolean repeatHeader) {
        PrintSetup p = s.getPrintSetup();
        p.setLandscape(true);
        p.setPaperSize(PrintSetup.A4_PAPERSIZE);
        p.setFitWidth((short) 1);
        p.setFitHeight((short) 0);
        s.setFitToPage(true);
        s.setAutobreaks(true);
        s.setHorizontallyCenter(true);
        s.setMargin(PageMargin.LEFT, 0.4);
        s.setMargin(PageMargin.RIGHT, 0.4);
        s.setMargin(PageMargin.TOP, 0.5);
        s.setMargin(PageMargin.BOTTOM, 0.5);
        if (repeatHeader) {
            s.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        }
    }

    /** The filled value of an organisation or assessor row ({@code organisation.name} ...), or "". */
    private String filledDetail(String key) {
        if (filled == null) {
            return "";
        }
        int dot = key.indexOf('.');
        Map<String, String> from = key.startsWith("organisation.") ? filled.organisation() : filled.assessor();
        return from.getOrDefault(key.substring(dot + 1), "");
    }

    private static Cell cell(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        if (!value.isEmpty()) {
            // a cell holds at most 32,767 characters
            c.setCellValue(value.length() > 32_767 ? value.substring(0, 32_766) + "…" : value);
        }
        if (style != null) {
            c.setCellStyle(style);
        }
        return c;
    }
}
