package dev.tenken.checklist.stats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.report.AssessmentReport;
import dev.tenken.checklist.report.Scorecard;
import dev.tenken.checklist.report.Wording;
import dev.tenken.checklist.text.CsvText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The lines of a batch run, one per input line, ready to write: a report or an error as one
 * JSON line ending in {@code \n}, or one CSV row per organisation ending in CRLF.
 *
 * <p>CSV: UTF-8, the file starting with a byte-order mark so that Excel opens it with the right
 * encoding, a header row in the report's language ({@link #csvHeader}), then one row of
 * {@value #CSV_COLUMNS} fields per input line: line number, organisation name, sector,
 * checklist id, assessment date, grade, score, 必須 and 推奨 compliance (credit/possible, as
 * {@code summary.required.score} and {@code summary.recommended.score} in the JSON report),
 * the number of high and of medium findings (as in the report's {@code findings}, waived ones
 * included), the ids of applicable 必須 items that are unmet, partial or unanswered (space
 * separated, checklist order), and the error for a line that could not be assessed (its other
 * fields empty). Every field goes through the same escaper as the CSV report: a field that a
 * spreadsheet would read as a formula is prefixed with {@code '}.
 *
 * <p>Stateless and safe to call from many threads.
 */
public final class ReportLines {
    /** Fields in every CSV row. */
    public static final int CSV_COLUMNS = 13;

    private static final JsonFactory JSON = new JsonFactory().setCharacterEscapes(new ControlEscapes());
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ReportLines() {
    }

    /**
     * The report as one JSON line with its {@code \n}.
     *
     * @param report the report
     * @return UTF-8 bytes
     */
    public static byte[] jsonLine(AssessmentReport report) {
        return withLineFeed(report.toJsonLineUtf8());
    }

    /**
     * {@code {"line":N,"error":"..."}} with its {@code \n}. Besides what JSON requires, DEL, the C1
     * controls and the line and paragraph separators are escaped, so the line printed on a
     * terminal cannot carry a raw control character.
     *
     * @param line    the input line's number, 1-based
     * @param message what is wrong with it
     * @return UTF-8 bytes
     */
    public static byte[] jsonError(long line, String message) {
        StringWriter w = new StringWriter(64 + message.length());
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeNumberField("line", line);
            g.writeStringField("error", message);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return withLineFeed(w.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The byte-order mark and the header row, in {@code language}.
     *
     * @param language the language of the column names
     * @return UTF-8 bytes
     */
    public static byte[] csvHeader(Language language) {
        List<String> names = List.of(StatsWording.LINE.in(language), Wording.ORGANISATION.in(language),
                Wording.SECTOR.in(language), Wording.CHECKLIST.in(language), Wording.ASSESSED_ON.in(language),
                Wording.GRADE.in(language), Wording.SCORE.in(language), Wording.DIFF_REQUIRED.in(language),
                Wording.DIFF_RECOMMENDED.in(language), StatsWording.HIGH_FINDINGS.in(language),
                StatsWording.MEDIUM_FINDINGS.in(language), StatsWording.REQUIRED_SHORT.in(language),
                StatsWording.ERROR.in(language));
        StringBuilder b = new StringBuilder(256);
        for (int k = 0; k < names.size(); k++) {
            b.append(k == 0 ? "" : ",").append(CsvText.field(names.get(k)));
        }
        byte[] text = b.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(text, 0, out, BOM.length, text.length);
        return out;
    }

    /**
     * One CSV row for the report of input line {@code line}: the same bytes as
     * {@link #csvRow(long, Scorecard)} of {@link Scorecard#of(AssessmentReport) its scorecard}.
     *
     * @param line the input line's number, 1-based
     * @param r    its report
     * @return UTF-8 bytes, ending in CRLF
     */
    public static byte[] csvRow(long line, AssessmentReport r) {
        return csvRow(line, Scorecard.of(r));
    }

    /**
     * One CSV row for input line {@code line} from its scorecard alone: a batch that writes CSV
     * needs no report ({@link dev.tenken.checklist.report.ReportBuilder#scorecard}). The bytes
     * are those {@link #csvRow(long, AssessmentReport)} writes for the report of the same input.
     *
     * @param line the input line's number, 1-based
     * @param s    its scorecard
     * @return UTF-8 bytes, ending in CRLF
     * @since 0.3
     */
    public static byte[] csvRow(long line, Scorecard s) {
        List<String> shortIds = s.requiredShortfalls();
        StringBuilder b = new StringBuilder(128 + 8 * shortIds.size());
        b.append(line).append(',');
        b.append(CsvText.field(s.organisationName().orElse(""))).append(',');
        b.append(CsvText.field(s.sector().orElse(""))).append(',');
        b.append(CsvText.field(s.checklistId())).append(',');
        b.append(s.assessedOn()).append(',');
        b.append(s.grade().name()).append(',');
        b.append(s.score()).append(',');
        b.append(s.requiredCompliance()).append(',');
        b.append(s.recommendedCompliance()).append(',');
        b.append(s.highFindings()).append(',');
        b.append(s.mediumFindings()).append(',');
        if (plainIds(shortIds)) {
            // what CsvText.field would give: such ids need no quotes and no formula guard
            for (int k = 0; k < shortIds.size(); k++) {
                b.append(k == 0 ? "" : " ").append(shortIds.get(k));
            }
            b.append(',');
        } else {
            b.append(CsvText.field(String.join(" ", shortIds))).append(',');
        }
        b.append("\r\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Whether every id is an item id as checklists allow ({@code [A-Za-z0-9][A-Za-z0-9._-]*}). */
    private static boolean plainIds(List<String> ids) {
        for (String id : ids) {
            if (id.isEmpty() || !Character.isLetterOrDigit(id.charAt(0))) {
                return false;
            }
            for (int i = 0; i < id.length(); i++) {
                char ch = id.charAt(i);
                boolean ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
                        || ch == '.' || ch == '_' || ch == '-';
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * One CSV row for input line {@code line}, which could not be assessed.
     *
     * @param line    the input line's number, 1-based
     * @param message what is wrong with it
     * @return UTF-8 bytes, ending in CRLF
     */
    public static byte[] csvError(long line, String message) {
        StringBuilder b = new StringBuilder(64 + message.length());
        b.append(line);
        for (int k = 1; k < CSV_COLUMNS - 1; k++) {
            b.append(',');
        }
        b.append(',').append(CsvText.field(message)).append("\r\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withLineFeed(byte[] text) {
        byte[] out = java.util.Arrays.copyOf(text, text.length + 1);
        out[text.length] = '\n';
        return out;
    }

    /**
     * Escapes, besides what JSON requires (U+0000 to U+001F), DEL, the C1 controls and the line
     * and paragraph separators.
     */
    private static final class ControlEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii;

        ControlEscapes() {
            ascii = CharacterEscapes.standardAsciiEscapesForJSON();
            ascii[0x7f] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if ((ch >= 0x80 && ch <= 0x9f) || ch == 0x2028 || ch == 0x2029) {
                return new SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }
}
