package dev.tenken.excel;

import dev.tenken.checklist.Answer;
import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.FactType;
import dev.tenken.checklist.FactValue;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.ProfileFact;
import dev.tenken.checklist.Problem;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.Waiver;
import dev.tenken.excel.SheetXml.Kind;
import dev.tenken.excel.SheetXml.XCell;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/** Reads a filled answers workbook into a {@link SelfAssessment.Reading}, collecting every problem. */
final class WorkbookReader {
    private static final String MAKE_ONE = "make one with: tenken template <checklist> --format xlsx --output answers.xlsx";
    private static final String UNREADABLE = "this is not a readable Excel workbook (.xlsx); save it from Excel or LibreOffice as"
            + " an Excel workbook, or " + MAKE_ONE;
    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{4})\\s*[/.年-]\\s*(\\d{1,2})\\s*[/.月-]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern SPLIT = Pattern.compile("\\s*[,、，;；\\n]\\s*");

    private final String name;
    private final List<Problem> problems = new ArrayList<>();

    private WorkbookReader(String name) {
        this.name = name;
    }

    static SelfAssessment.Reading read(byte[] bytes, String name, Function<String, Optional<Checklist>> checklists) {
        WorkbookReader r = new WorkbookReader(name);
        SelfAssessment a;
        try {
            a = r.read(bytes, checklists);
        } catch (RuntimeException | StackOverflowError e) {
            // whatever a broken or hostile file makes POI or the binding throw: one plain problem, no trace
            return fileProblem(name, UNREADABLE);
        }
        return new SelfAssessment.Reading(Optional.ofNullable(a), r.problems);
    }

    /** Reports a problem with the file as a whole. */
    static SelfAssessment.Reading fileProblem(String name, String message) {
        return new SelfAssessment.Reading(Optional.empty(), List.of(Problem.at(name, 0, 0, message)));
    }

    private void problem(String sheet, String ref, String itemId, String message) {
        problems.add(new Problem(name + "!" + sheet + "!" + ref, 0, 0, Optional.ofNullable(itemId), message));
    }

    private SelfAssessment read(byte[] bytes, Function<String, Optional<Checklist>> checklists) {
        if (bytes.length >= 4 && (bytes[0] & 0xff) == 0xD0 && (bytes[1] & 0xff) == 0xCF && (bytes[2] & 0xff) == 0x11) {
            problems.add(Problem.at(name, 0, 0, "this is an old Excel 97-2003 (.xls) file; save it as an Excel workbook (.xlsx) and try again"));
            return null;
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            problems.add(Problem.at(name, 0, 0, "this is not an Excel workbook (.xlsx): it does not start as a zip archive does; "
                    + MAKE_ONE));
            return null;
        }
        Optional<String> zip = ZipCheck.problem(bytes);
        if (zip.isPresent()) {
            problems.add(Problem.at(name, 0, 0, "cannot read this workbook: " + zip.get()));
            return null;
        }
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            XSSFReader x = new XSSFReader(pkg);
            SheetXml.Strings strings;
            try (InputStream in = x.getSharedStringsData()) {
                strings = SheetXml.strings(in);
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IllegalArgumentException e) {
                strings = new SheetXml.Strings(List.of(), List.of());
            }
            Map<String, SheetXml.Sheet> sheets = new LinkedHashMap<>();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) x.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    String sheetName = it.getSheetName();
                    boolean wanted = sheetName.equals(Layout.META_SHEET) || Words.SHEET_PROFILE.matches(sheetName)
                            || Words.SHEET_ANSWERS.matches(sheetName);
                    if (wanted && !sheets.containsKey(sheetName)) {
                        int columns = sheetName.equals(Layout.META_SHEET) ? 2 : Layout.ANSWER_HEADER.size();
                        try {
                            sheets.put(sheetName, SheetXml.sheet(in, strings, columns));
                        } catch (SheetXml.BrokenXmlException e) {
                            problems.add(Problem.at(name + "!" + sheetName, 0, 0, "cannot read this sheet: " + e.getMessage()
                                    + "; save the workbook again from Excel or LibreOffice"));
                            return null;
                        }
                    }
                }
            }
            return bind(sheets, checklists);
        } catch (SheetXml.BrokenXmlException e) {
            problems.add(Problem.at(name, 0, 0, "cannot read this workbook's texts: " + e.getMessage()
                    + "; save it again from Excel or LibreOffice"));
            return null;
        } catch (SheetXml.LimitException e) {
            problems.add(Problem.at(name, 0, 0, "cannot read this workbook: " + e.getMessage()
                    + ", far more than an answers workbook holds"));
            return null;
        } catch (Exception | StackOverflowError e) { // any exception POI throws for a file it cannot read
            problems.add(Problem.at(name, 0, 0, UNREADABLE));
            return null;
        } finally {
            if (pkg != null) {
                try {
                    pkg.revert();
                } catch (RuntimeException e) {
                    // nothing was written; a package that cannot be reverted holds only these bytes
                }
            }
        }
    }

    private SelfAssessment bind(Map<String, SheetXml.Sheet> sheets, Function<String, Optional<Checklist>> checklists) {
        SheetXml.Sheet meta = sheets.get(Layout.META_SHEET);
        if (meta == null || !Layout.FORMAT.equals(text(meta.cell(1, 1)))) {
            problems.add(Problem.at(name, 0, 0, "this workbook is not a Tenken answers workbook (it has no '" + Layout.META_SHEET
                    + "' sheet saying so); " + MAKE_ONE));
            return null;
        }
        String version = text(meta.cell(2, 1));
        if (!Integer.toString(Layout.FORMAT_VERSION).equals(version) && !(Layout.FORMAT_VERSION + ".0").equals(version)) {
            problem(Layout.META_SHEET, "B2", null, "this workbook is in format version '" + version + "', which this Tenken "
                    + "cannot read (it reads version " + Layout.FORMAT_VERSION + "); " + MAKE_ONE);
            return null;
        }
        String id = text(meta.cell(Layout.META_CHECKLIST_ROW + 1, 1));
        if (id == null || id.isBlank()) {
            problem(Layout.META_SHEET, "B3", null, "the workbook names no checklist; " + MAKE_ONE);
            return null;
        }
        Optional<Checklist> found = checklists.apply(id);
        if (found.isEmpty()) {
            problem(Layout.META_SHEET, "B3", null, "the workbook is for checklist '" + id + "', which is not loaded; give its"
                    + " file with --checklist or --checklist-dir");
            return null;
        }
        Checklist c = found.get();
        SelfAssessment.Builder out = SelfAssessment.builder(c.id()).source(name);
        String profileName = find(sheets, Words.SHEET_PROFILE);
        String answersName = find(sheets, Words.SHEET_ANSWERS);
        if (profileName != null) {
            profile(profileName, sheets.get(profileName), c, out);
        }
        if (answersName != null) {
            answers(answersName, sheets.get(answersName), c, out);
        }
        return out.build();
    }

    private String find(Map<String, SheetXml.Sheet> sheets, Words sheet) {
        for (String s : sheets.keySet()) {
            if (sheet.matches(s)) {
                return s;
            }
        }
        problems.add(Problem.at(name, 0, 0, "the workbook has no sheet named '" + sheet.in(dev.tenken.checklist.Language.JA)
                + "' (or '" + sheet.in(dev.tenken.checklist.Language.EN) + "'); do not rename or delete the template's sheets"));
        return null;
    }

    /** Reports a sheet that stopped at a limit, or whose header is not the template's; false when it cannot be read. */
    private boolean usable(String sheetName, SheetXml.Sheet s, List<Words> header) {
        if (!s.stopped().isEmpty()) {
            problem(sheetName, "A1", null, "cannot read this sheet: " + s.stopped().get(0)
                    + ", far more than an answers workbook holds");
            return false;
        }
        boolean ok = true;
        for (int i = 0; i < header.size(); i++) {
            String h = text(s.cell(1, i));
            if (!header.get(i).matches(h)) {
                problem(sheetName, Layout.ref(i, 1), null, "the header here must read '" + header.get(i).in(
                        dev.tenken.checklist.Language.JA) + "' or '" + header.get(i).in(dev.tenken.checklist.Language.EN)
                        + "', found " + (h == null ? "nothing" : "'" + h + "'")
                        + "; do not insert, delete or move the template's columns");
                ok = false;
            }
        }
        return ok;
    }

    private void profile(String sheet, SheetXml.Sheet s, Checklist c, SelfAssessment.Builder out) {
        if (!usable(sheet, s, Layout.PROFILE_HEADER)) {
            return;
        }
        Map<String, ProfileFact> facts = c.factsByKey();
        Map<String, Integer> seen = new HashMap<>();
        for (Map.Entry<Integer, java.util.TreeMap<Integer, XCell>> e : s.rows().tailMap(2).entrySet()) {
            int row = e.getKey();
            XCell keyCell = e.getValue().get(Layout.KEY);
            XCell answer = e.getValue().get(Layout.ANSWER);
            String key = text(keyCell);
            if (key == null || key.isBlank()) {
                if (answer != null) {
                    problem(sheet, answer.ref(), null, "this answer has no key in column A; do not clear the key column");
                }
                continue;
            }
            key = key.strip();
            Integer before = seen.putIfAbsent(key, row);
            if (before != null) {
                problem(sheet, keyCell.ref(), null, "key '" + key + "' is also on row " + before + "; keep one row per key");
                continue;
            }
            if (answer == null) {
                continue;
            }
            if (!value(sheet, answer, null)) {
                continue;
            }
            switch (key) {
                case Layout.ORG_NAME -> optionalText(answer).ifPresent(v -> out.organisation("name", v));
                case Layout.ORG_SECTOR -> optionalText(answer).ifPresent(v -> out.organisation("sector", v));
                case Layout.ASSESSOR_NAME -> optionalText(answer).ifPresent(v -> out.assessor("name", v));
                case Layout.ASSESSOR_ROLE -> optionalText(answer).ifPresent(v -> out.assessor("role", v));
                case Layout.ASSESSED_ON -> date(sheet, answer, null, "the assessment date").ifPresent(out::assessedOn);
                default -> {
                    ProfileFact f = key.startsWith(Layout.PROFILE_PREFIX)
                            ? facts.get(key.substring(Layout.PROFILE_PREFIX.length())) : null;
                    if (f == null) {
                        problem(sheet, keyCell.ref(), null, "checklist '" + c.id() + "' has no profile question '" + key
                                + "'; do not edit the key column (copy rows from a fresh template)");
                        continue;
                    }
                    fact(sheet, answer, f).ifPresent(v -> {
                        out.profile(f.key(), v);
                        out.position("profile." + f.key(), answer.row(), answer.col() + 1);
                    });
                }
            }
        }
    }

    /** Reports a cell Tenken cannot take a value from (formula, error, overlong); true when it can. */
    private boolean value(String sheet, XCell cell, String itemId) {
        if (cell.kind() == Kind.FORMULA) {
            problem(sheet, cell.ref(), itemId, "this cell holds a formula; Tenken never runs formulas: type the value itself");
            return false;
        }
        if (cell.kind() == Kind.ERROR) {
            problem(sheet, cell.ref(), itemId, "this cell holds an error value; type the value itself");
            return false;
        }
        if (cell.overlong()) {
            problem(sheet, cell.ref(), itemId, "this cell's text is longer than " + Limits.MAX_CELL_CHARS
                    + " characters; shorten it or refer to a document instead");
            return false;
        }
        return true;
    }

    private Optional<FactValue> fact(String sheet, XCell cell, ProfileFact f) {
        String what = "profile." + f.key();
        switch (f.type()) {
            case BOOLEAN: {
                if (cell.kind() == Kind.BOOLEAN) {
                    return Optional.of(FactValue.of(cell.text().strip().equals("1") || cell.text().strip().equalsIgnoreCase("true")));
                }
                String t = fold(cell.text());
                if (Words.YES.matches(t) || t.equals("true") || t.equals("y")) {
                    return Optional.of(FactValue.of(true));
                }
                if (Words.NO.matches(t) || t.equals("false") || t.equals("n")) {
                    return Optional.of(FactValue.of(false));
                }
                if (Words.NOT_ANSWERED.matches(t) || t.equals("不明") || t.equals("unknown")) {
                    return Optional.empty();
                }
                problem(sheet, cell.ref(), null, what + " must be はい or いいえ (yes or no), or 未回答 when not known; found '"
                        + cell.text() + "'");
                return Optional.empty();
            }
            case NUMBER: {
                Optional<BigDecimal> n = number(cell);
                if (n.isEmpty() || !FactValue.Num.inRange(n.get())) {
                    problem(sheet, cell.ref(), null, what + " must be a number such as 10"
                            + (n.isPresent() ? "; " + FactValue.Num.RANGE_WORDS : "") + "; found '" + cell.text() + "'");
                    return Optional.empty();
                }
                return Optional.of(FactValue.of(n.get()));
            }
            case SET: {
                Set<String> members = new LinkedHashSet<>();
                for (String m : SPLIT.split(plain(cell).strip())) {
                    if (!m.isBlank() && !members.add(m.strip())) {
                        problem(sheet, cell.ref(), null, what + " lists '" + m.strip() + "' twice");
                    }
                }
                return members.isEmpty() ? Optional.empty() : Optional.of(FactValue.of(members));
            }
            default: {
                String t = plain(cell).strip();
                if (f.type() == FactType.ENUM && Words.NOT_ANSWERED.matches(t)) {
                    return Optional.empty();
                }
                return t.isEmpty() ? Optional.empty() : Optional.of(FactValue.of(t));
            }
        }
    }

    private void answers(String sheet, SheetXml.Sheet s, Checklist c, SelfAssessment.Builder out) {
        if (!usable(sheet, s, Layout.ANSWER_HEADER)) {
            return;
        }
        Map<String, Item> items = c.itemsById();
        Map<String, Integer> seen = new HashMap<>();
        for (Map.Entry<Integer, java.util.TreeMap<Integer, XCell>> e : s.rows().tailMap(2).entrySet()) {
            Map<Integer, XCell> row = e.getValue();
            XCell idCell = row.get(Layout.ID);
            String id = text(idCell);
            boolean anyInput = false;
            for (int col = Layout.STATUS; col <= Layout.EXPIRES; col++) {
                anyInput |= row.get(col) != null;
            }
            if (id == null || id.isBlank()) {
                if (anyInput) {
                    problem(sheet, Layout.ref(Layout.ID, e.getKey()), null, "this row has answers but no item id in column A;"
                            + " do not clear the ID column");
                }
                continue;
            }
            id = id.strip();
            if (!items.containsKey(id)) {
                problem(sheet, idCell.ref(), id, "checklist '" + c.id() + "' has no item '" + id
                        + "'; do not edit the ID column (copy rows from a fresh template)");
                continue;
            }
            Integer before = seen.putIfAbsent(id, e.getKey());
            if (before != null) {
                problem(sheet, idCell.ref(), id, "item '" + id + "' is also on row " + before + "; keep one row per item");
                continue;
            }
            if (!anyInput) {
                continue; // unanswered
            }
            String itemId = id;
            answer(sheet, row, e.getKey(), itemId).ifPresent(a -> {
                out.answer(itemId, a);
                out.position("answers." + itemId, idCell.row(), Layout.STATUS + 1);
            });
        }
    }

    private Optional<Answer> answer(String sheet, Map<Integer, XCell> row, int rowNumber, String id) {
        boolean ok = true;
        for (int col = Layout.STATUS; col <= Layout.EXPIRES; col++) {
            XCell cell = row.get(col);
            if (cell != null) {
                ok &= value(sheet, cell, id);
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        XCell statusCell = row.get(Layout.STATUS);
        Optional<AnswerStatus> status = Optional.empty();
        if (statusCell == null) {
            problem(sheet, Layout.ref(Layout.STATUS, rowNumber), id, "a note, evidence or waiver is given but no status;"
                    + " choose a status from the list (empty the row to leave the item unanswered)");
        } else if (statusCell.kind() != Kind.TEXT) {
            problem(sheet, statusCell.ref(), id, "a status must be a word from the list, such as 実施済み or met; found '"
                    + plain(statusCell) + "'");
        } else {
            status = AnswerStatus.parse(statusCell.text());
            if (status.isEmpty()) {
                String meant = AnswerStatus.meant(statusCell.text()).map(m -> " (did you mean '" + m.japanese() + "'?)").orElse("");
                problem(sheet, statusCell.ref(), id, "unknown status '" + statusCell.text() + "'; choose one of 実施済み, 一部実施,"
                        + " 未実施, 該当なし, 不明 (or met, partial, unmet, not_applicable, unknown)" + meant);
            }
        }
        Optional<String> note = optionalText(row.get(Layout.NOTE));
        Optional<String> evidence = optionalText(row.get(Layout.EVIDENCE));
        Optional<String> reason = optionalText(row.get(Layout.WAIVER_REASON));
        Optional<String> approvedBy = optionalText(row.get(Layout.APPROVED_BY));
        XCell expiresCell = row.get(Layout.EXPIRES);
        Optional<Waiver> waiver = Optional.empty();
        if (reason.isPresent() || approvedBy.isPresent() || expiresCell != null) {
            Optional<LocalDate> expires = Optional.empty();
            if (expiresCell == null) {
                problem(sheet, Layout.ref(Layout.EXPIRES, rowNumber), id, "a waiver needs the last day it holds;"
                        + " give a date such as 2027-03-31, or clear the waiver cells");
            } else {
                expires = date(sheet, expiresCell, id, "the waiver's expiry");
            }
            if (reason.isEmpty()) {
                problem(sheet, Layout.ref(Layout.WAIVER_REASON, rowNumber), id, "a waiver needs a reason: say why the risk"
                        + " is accepted, or clear the waiver cells");
            }
            if (reason.isEmpty() || expires.isEmpty()) {
                return Optional.empty();
            }
            waiver = Optional.of(new Waiver(reason.get(), approvedBy, expires.get()));
        }
        Optional<Waiver> w = waiver;
        return status.map(st -> new Answer(st, note, evidence, w));
    }

    private Optional<String> optionalText(XCell cell) {
        if (cell == null) {
            return Optional.empty();
        }
        String t = plain(cell);
        return t.isBlank() ? Optional.empty() : Optional.of(t);
    }


    /** A date as typed: an Excel date (a serial number), or text such as 2027-03-31, 2027/3/31 or 2027年3月31日. */
    private Optional<LocalDate> date(String sheet, XCell cell, String itemId, String what) {
        if (!value(sheet, cell, itemId)) {
            return Optional.empty();
        }
        if (cell.kind() == Kind.NUMBER) {
            Optional<BigDecimal> n = number(cell);
            if (n.isPresent() && n.get().compareTo(BigDecimal.ONE) >= 0 && n.get().compareTo(BigDecimal.valueOf(2_958_465)) <= 0) {
                // the 1900 date system, as Excel and LibreOffice write it (serial 60 is Excel's phantom 1900-02-29)
                long days = n.get().longValue();
                return Optional.of(LocalDate.of(1899, 12, 30).plusDays(days < 61 ? days + 1 : days));
            }
        } else if (cell.kind() == Kind.TEXT || cell.kind() == Kind.ISO_DATE) {
            String t = Normalizer.normalize(cell.text(), Normalizer.Form.NFKC).strip();
            try {
                return Optional.of(LocalDate.parse(t.length() > 10 && t.charAt(10) == 'T' ? t.substring(0, 10) : t));
            } catch (DateTimeParseException e) {
                Matcher m = SLASH_DATE.matcher(t);
                if (m.matches()) {
                    try {
                        return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                                Integer.parseInt(m.group(3))));
                    } catch (java.time.DateTimeException bad) {
                        // reported below
                    }
                }
            }
        }
        problem(sheet, cell.ref(), itemId, what + " must be a date such as 2027-03-31; found '" + cell.text() + "'");
        return Optional.empty();
    }

    private static Optional<BigDecimal> number(XCell cell) {
        String t = Normalizer.normalize(cell.text(), Normalizer.Form.NFKC).strip().replace(",", "");
        if (t.isEmpty() || t.length() > 40 || cell.kind() == Kind.BOOLEAN) {
            return Optional.empty();
        }
        try {
            BigDecimal v = new BigDecimal(t);
            if (v.scale() > 0) {
                v = v.stripTrailingZeros();
                if (v.scale() < 0) {
                    v = v.setScale(0);
                }
            }
            return Optional.of(v);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A cell's text as a person reads it: numbers without a trailing {@code .0}. */
    private static String plain(XCell cell) {
        if (cell.kind() == Kind.NUMBER) {
            return number(cell).map(n -> n.scale() < 0 ? n.setScale(0).toPlainString() : n.toPlainString()).orElse(cell.text());
        }
        if (cell.kind() == Kind.BOOLEAN) {
            return cell.text().strip().equals("1") ? "TRUE" : "FALSE";
        }
        return cell.text();
    }

    private static String text(XCell cell) {
        return cell == null ? null : plain(cell);
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }
}
