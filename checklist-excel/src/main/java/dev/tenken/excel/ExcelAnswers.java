package dev.tenken.excel;

import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.FactValue;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.report.AssessmentReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Answers templates as Excel workbooks ({@code .xlsx}), and filled workbooks read back.
 *
 * <p>A template has four sheets: instructions (説明 / Instructions), the profile (プロファイル /
 * Profile: organisation, assessor, date and each profile question, with drop-down lists for
 * yes/no and one-of questions), the answers (回答 / Answers: one row per item, by category, with
 * rank, title, description and what to do beside a status drop-down and the note, evidence and
 * waiver cells), and a very hidden sheet {@code tenken} that names the checklist and holds the
 * lists. Rows may be sorted and filtered: items are found by the ID column.
 *
 * <p>Reading is safe for untrusted files: formulas are never evaluated (a formula cell is a
 * problem), the file, its unpacked size, its rows, cells and texts are bounded, the XML parser
 * refuses DOCTYPEs (so no external entities), and every problem is reported at once, each
 * located as {@code file!sheet!cell} — for example {@code answers.xlsx!回答!F12: item 'TA-03':
 * unknown status '済'} — never as an exception.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("answers.xlsx"))) {
 *     ExcelAnswers.writeTemplate(checklist, Language.JA, out);
 * }
 * SelfAssessment.Reading read = ExcelAnswers.read(Path.of("answers.xlsx"), engine::checklist);
 * AssessmentReport report = engine.assess(read, Language.JA);
 * }</pre>
 *
 * @since 0.3
 */
public final class ExcelAnswers {
    /** The media type of an {@code .xlsx} workbook, for web downloads. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ExcelAnswers() {
    }

    /**
     * Writes the template listing every item, with its words in {@code language}.
     *
     * @param checklist the checklist to answer
     * @param language  the language of the sheets' names, headings, texts and status drop-down
     * @param out       where the workbook goes; not closed
     * @throws IOException when {@code out} cannot be written
     */
    public static void writeTemplate(Checklist checklist, Language language, OutputStream out) throws IOException {
        writeTemplate(checklist, language, Map.of(), Optional.empty(), out);
    }

    /**
     * Writes the template for a stated profile, as {@code AnswersTemplate} does for YAML.
     *
     * @param checklist  the checklist to answer
     * @param language   the language of the sheets' names, headings, texts and status drop-down
     * @param given      profile facts to fill in
     * @param forProfile the report of assessing {@code given} with no answers: items it finds not
     *                   applicable are left out; empty to list every item
     * @param out        where the workbook goes; not closed
     * @throws IOException when {@code out} cannot be written
     */
    public static void writeTemplate(Checklist checklist, Language language, Map<String, FactValue> given,
                                     Optional<AssessmentReport> forProfile, OutputStream out) throws IOException {
        Objects.requireNonNull(checklist, "checklist");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(out, "out");
        Set<String> leaveOut = new HashSet<>();
        forProfile.ifPresent(r -> r.items().stream().filter(i -> !i.applicable()).forEach(i -> leaveOut.add(i.item())));
        TemplateWriter.write(checklist, language, given, leaveOut, forProfile.isPresent(), out);
    }

    /**
     * Writes an assessment as a filled workbook: its organisation, assessor, date, profile and
     * answers in the cells a person would have typed them into, so that {@link #read(InputStream,
     * String, Function)} gives the same assessment back. For downloading stored answers.
     *
     * @param checklist  the assessment's checklist
     * @param language   the language of the sheets and of the status words
     * @param assessment the answers to fill in
     * @param out        where the workbook goes; not closed
     * @throws IOException when {@code out} cannot be written
     */
    public static void writeFilled(Checklist checklist, Language language, SelfAssessment assessment, OutputStream out)
            throws IOException {
        Objects.requireNonNull(checklist, "checklist");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(out, "out");
        TemplateWriter.writeFilled(checklist, language, assessment, out);
    }

    /**
     * The template as bytes.
     *
     * @param checklist the checklist to answer
     * @param language  the language of the sheets
     * @return the {@code .xlsx} file's bytes
     */
    public static byte[] template(Checklist checklist, Language language) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try {
            writeTemplate(checklist, language, b);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a byte array does not fail
        }
        return b.toByteArray();
    }

    /**
     * Reads a filled workbook leniently: what could be read and every problem, each located as
     * {@code name!sheet!cell}. Answers and profile values with problems are left out of the
     * assessment, so the problems are all there is to fix.
     *
     * @param in          the workbook; read to its end (at most {@value Limits#MAX_FILE_BYTES} bytes are taken), not closed
     * @param displayName how messages name the file, such as {@code answers.xlsx}
     * @param checklists  finds the checklist the workbook names, such as {@code engine::checklist}
     * @return the assessment read and the problems found; never throws for a bad workbook
     */
    public static SelfAssessment.Reading read(InputStream in, String displayName,
                                              Function<String, Optional<Checklist>> checklists) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(checklists, "checklists");
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Limits.MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            return WorkbookReader.fileProblem(displayName, "cannot read the workbook: " + e.getMessage());
        }
        if (bytes.length > Limits.MAX_FILE_BYTES) {
            return tooLarge(displayName);
        }
        return WorkbookReader.read(bytes, displayName, checklists);
    }

    /**
     * Reads a filled workbook file leniently; see {@link #read(InputStream, String, Function)}.
     *
     * @param file       the workbook; messages name it as given
     * @param checklists finds the checklist the workbook names, such as {@code engine::checklist}
     * @return the assessment read and the problems found, a missing or unreadable file among them
     */
    public static SelfAssessment.Reading read(Path file, Function<String, Optional<Checklist>> checklists) {
        String name = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                return WorkbookReader.fileProblem(name, Files.exists(file) ? "not a file" : "no such file");
            }
            if (Files.size(file) > Limits.MAX_FILE_BYTES) {
                return tooLarge(name);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, name, checklists);
            }
        } catch (IOException e) {
            return WorkbookReader.fileProblem(name, "cannot read the workbook: " + e.getMessage());
        }
    }

    private static SelfAssessment.Reading tooLarge(String name) {
        return WorkbookReader.fileProblem(name, "the workbook is larger than " + Limits.MAX_FILE_BYTES / (1024 * 1024)
                + " MB, far more than an answers workbook; is it the right file?");
    }

    /**
     * Whether a file should be read as a workbook: its name ends in {@code .xlsx}, {@code .xlsm}
     * or {@code .xls}, or it starts as a zip archive does (no answers file in YAML or JSON does).
     *
     * @param file the file named on a command line or uploaded
     * @return true when it should go to {@link #read(Path, Function)} rather than the YAML reader
     */
    public static boolean isWorkbook(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls")) {
            return true;
        }
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }
}
