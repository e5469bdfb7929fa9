package dev.tenken.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.TenkenException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Every mistake in a filled workbook is found in one read, each located as file!sheet!cell with its item. */
class LocatedProblemsTest {

    private static byte[] edit(Language l, Consumer<XSSFWorkbook> change) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Workbooks.template(l)))) {
            change.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static Row row(Sheet s, int oneBased) {
        return s.getRow(oneBased - 1);
    }

    private static String id(Sheet s, int oneBased) {
        return row(s, oneBased).getCell(Layout.ID).getStringCellValue();
    }

    private static void has(List<String> messages, String expected) {
        assertTrue(messages.stream().anyMatch(m -> m.startsWith(expected)), "no message starting with\n  " + expected
                + "\nin\n  " + String.join("\n  ", messages));
    }

    @Test
    void reportsEveryMistakeAtItsCell() throws Exception {
        String[] ids = new String[12];
        byte[] wb = edit(Language.JA, w -> {
            Sheet s = Filler.sheet(w, Words.SHEET_ANSWERS);
            for (int r = 2; r <= 11; r++) {
                ids[r] = id(s, r);
            }
            row(s, 2).getCell(Layout.STATUS).setCellValue("済");
            row(s, 3).getCell(Layout.STATUS).setCellValue("実施済み");
            row(s, 3).getCell(Layout.WAIVER_REASON).setCellValue("予算待ち");
            row(s, 3).getCell(Layout.EXPIRES).setCellValue("2027-13-45");
            row(s, 4).getCell(Layout.STATUS).setCellValue("未実施");
            row(s, 4).getCell(Layout.EXPIRES).setCellValue(LocalDate.of(2027, 3, 31));
            row(s, 5).getCell(Layout.STATUS).setCellFormula("\"実施済み\"");
            row(s, 6).getCell(Layout.ID).setCellValue("NOPE-1");
            row(s, 6).getCell(Layout.STATUS).setCellValue("実施済み");
            row(s, 7).getCell(Layout.ID).setCellValue(ids[8]);
            row(s, 9).getCell(Layout.NOTE).setCellValue("確認中");
            row(s, 10).getCell(Layout.STATUS).setCellValue(3.0);
            row(s, 11).getCell(Layout.STATUS).setCellValue("一部実施");
            Sheet p = Filler.sheet(w, Words.SHEET_PROFILE);
            row(p, 6).getCell(Layout.ANSWER).setCellValue("来週");
            row(p, 2).getCell(Layout.ANSWER).setCellFormula("\"株式会社\"&\"テスト\"");
        });
        SelfAssessment.Reading r = Workbooks.read(wb);
        List<String> m = Workbooks.messages(r);
        has(m, "answers.xlsx!回答!F2: item '" + ids[2] + "': unknown status '済'; choose one of 実施済み");
        assertTrue(m.get(m.indexOf(m.stream().filter(x -> x.contains("!F2:")).findFirst().orElseThrow()))
                .endsWith("(did you mean '実施済み'?)"), m.toString());
        has(m, "answers.xlsx!回答!K3: item '" + ids[3] + "': the waiver's expiry must be a date such as 2027-03-31; found '2027-13-45'");
        has(m, "answers.xlsx!回答!I4: item '" + ids[4] + "': a waiver needs a reason");
        has(m, "answers.xlsx!回答!F5: item '" + ids[5] + "': this cell holds a formula; Tenken never runs formulas");
        has(m, "answers.xlsx!回答!A6: item 'NOPE-1': checklist '" + Workbooks.checklist().id() + "' has no item 'NOPE-1'");
        has(m, "answers.xlsx!回答!A8: item '" + ids[8] + "': item '" + ids[8] + "' is also on row 7");
        has(m, "answers.xlsx!回答!F9: item '" + ids[9] + "': a note, evidence or waiver is given but no status");
        has(m, "answers.xlsx!回答!F10: item '" + ids[10] + "': a status must be a word from the list, such as 実施済み or met; found '3'");
        has(m, "answers.xlsx!プロファイル!E6: the assessment date must be a date such as 2027-03-31; found '来週'");
        has(m, "answers.xlsx!プロファイル!E2: this cell holds a formula");
        assertEquals(10, m.size(), String.join("\n", m));
        // what was right is still read, so the problems are all there is to fix
        SelfAssessment a = r.assessment().orElseThrow();
        assertEquals(AnswerStatus.PARTIAL, a.answers().get(ids[11]).status());
        assertEquals(1, a.answers().size(), a.answers().toString());
        TenkenException e = assertThrows(TenkenException.class, () -> Workbooks.engine().assess(r, Language.JA));
        assertEquals(10, e.problems().size());
    }

    @Test
    void readsAnEnglishTemplateAndLocatesInItsSheetNames() throws Exception {
        String[] id = new String[1];
        byte[] wb = edit(Language.EN, w -> {
            Sheet s = Filler.sheet(w, Words.SHEET_ANSWERS);
            id[0] = id(s, 2);
            row(s, 2).getCell(Layout.STATUS).setCellValue("met");
            row(s, 3).getCell(Layout.STATUS).setCellValue("done-ish");
        });
        SelfAssessment.Reading r = Workbooks.read(wb);
        List<String> m = Workbooks.messages(r);
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).startsWith("answers.xlsx!Answers!F3: "), m.get(0));
        assertEquals(AnswerStatus.MET, r.assessment().orElseThrow().answers().get(id[0]).status());
    }

    @Test
    void aWorkbookThatIsNotOursSaysHowToMakeOne() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("hello");
            wb.write(out);
        }
        List<String> m = Workbooks.messages(Workbooks.read(out.toByteArray()));
        assertEquals(List.of("answers.xlsx: this workbook is not a Tenken answers workbook (it has no 'tenken' sheet saying so);"
                + " make one with: tenken template <checklist> --format xlsx --output answers.xlsx"), m);
    }

    @Test
    void aMissingSheetAndAMovedColumnAreNamed() throws Exception {
        byte[] wb = edit(Language.JA, w -> {
            w.removeSheetAt(w.getSheetIndex(Words.SHEET_PROFILE.in(Language.JA)));
            Sheet s = Filler.sheet(w, Words.SHEET_ANSWERS);
            s.shiftColumns(Layout.STATUS, Layout.HINT, 1);
        });
        List<String> m = Workbooks.messages(Workbooks.read(wb));
        has(m, "answers.xlsx: the workbook has no sheet named 'プロファイル' (or 'Profile')");
        has(m, "answers.xlsx!回答!F1: the header here must read '状況' or 'Status', found nothing;"
                + " do not insert, delete or move the template's columns");
    }

    @Test
    void acceptsCellsTypedAsAPersonWould() throws Exception {
        String[] ids = new String[4];
        byte[] wb = edit(Language.JA, w -> {
            Sheet s = Filler.sheet(w, Words.SHEET_ANSWERS);
            for (int r = 2; r <= 3; r++) {
                ids[r] = id(s, r);
            }
            row(s, 2).getCell(Layout.STATUS).setCellValue(" ＭＥＴ ");
            row(s, 2).getCell(Layout.NOTE).setCellValue(12.0);
            row(s, 2).getCell(Layout.WAIVER_REASON).setCellValue("移行中");
            row(s, 2).getCell(Layout.EXPIRES).setCellValue("２０２７／３／３１");
            row(s, 3).getCell(Layout.STATUS).setCellValue("該当なし");
            row(s, 3).getCell(Layout.NOTE).setCellValue(true);
            row(s, 3).getCell(Layout.EXPIRES).setCellValue(46477.0); // a date typed into a cell without a date format
            row(s, 3).getCell(Layout.WAIVER_REASON).setCellValue("x");
        });
        SelfAssessment.Reading r = Workbooks.read(wb);
        assertEquals(List.of(), Workbooks.messages(r));
        SelfAssessment a = r.assessment().orElseThrow();
        assertEquals(AnswerStatus.MET, a.answers().get(ids[2]).status());
        assertEquals("12", a.answers().get(ids[2]).note().orElseThrow());
        assertEquals(LocalDate.of(2027, 3, 31), a.answers().get(ids[2]).waiver().orElseThrow().expires());
        assertEquals("TRUE", a.answers().get(ids[3]).note().orElseThrow());
        assertEquals(LocalDate.of(2027, 3, 31), a.answers().get(ids[3]).waiver().orElseThrow().expires());
    }
}
