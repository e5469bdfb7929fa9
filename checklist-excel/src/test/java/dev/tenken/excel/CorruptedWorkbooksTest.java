package dev.tenken.excel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tenken.checklist.Language;
import dev.tenken.checklist.Problem;
import dev.tenken.checklist.SelfAssessment;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ExcelAnswers#read} never throws, whatever a damaged workbook holds: a real template cut
 * short, or with bytes flipped at seeded positions, gives an assessment or plain located problems,
 * never an exception and never a stack trace in a message.
 */
class CorruptedWorkbooksTest {
    static LongStream seeds() {
        long base = Long.getLong("tenken.seed", 20261124L);
        return LongStream.range(0, 24).map(i -> base + i * 7919);
    }

    private static void readsWithoutThrowing(byte[] wb, String context) {
        SelfAssessment.Reading r;
        try {
            r = ExcelAnswers.read(new ByteArrayInputStream(wb), "answers.xlsx", Workbooks.engine()::checklist);
        } catch (RuntimeException | Error e) {
            fail(context + ": ExcelAnswers.read threw " + e, e);
            return;
        }
        assertTrue(r.assessment().isPresent() || !r.problems().isEmpty(), context + ": neither an assessment nor a problem");
        for (Problem p : r.problems()) {
            String m = p.toString();
            assertTrue(m.startsWith("answers.xlsx"), context + ": located: " + m);
            assertFalse(m.contains("Exception") || m.contains("\tat ") || m.contains("\n"), context + ": plain: " + m);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aTruncatedWorkbookGivesProblemsNotExceptions(long seed) {
        Random r = new Random(seed);
        byte[] t = Workbooks.template(Language.values()[r.nextInt(Language.values().length)]);
        int cut = r.nextInt(t.length);
        readsWithoutThrowing(Arrays.copyOf(t, cut), "seed " + seed + " (rerun with -Dtenken.seed=" + seed + "), cut at " + cut);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void flippedBitsGiveProblemsNotExceptions(long seed) {
        Random r = new Random(seed);
        byte[] wb = Workbooks.template(Language.values()[r.nextInt(Language.values().length)]).clone();
        int flips = 1 + r.nextInt(8);
        StringBuilder where = new StringBuilder();
        for (int k = 0; k < flips; k++) {
            int at = r.nextInt(wb.length);
            int bit = r.nextInt(8);
            wb[at] ^= (byte) (1 << bit);
            where.append(' ').append(at).append(':').append(bit);
        }
        readsWithoutThrowing(wb, "seed " + seed + " (rerun with -Dtenken.seed=" + seed + "), flipped" + where);
    }

    private static final String[] PARTS = {Workbooks.ANSWERS_PART, Workbooks.STRINGS_PART, "xl/workbook.xml",
        "[Content_Types].xml", "xl/_rels/workbook.xml.rels", "_rels/.rels"};

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void flippedBytesInsideAPartGiveProblemsNotExceptions(long seed) {
        Random r = new Random(seed);
        byte[] t = Workbooks.template(Language.JA);
        String part = PARTS[r.nextInt(PARTS.length)];
        byte[] xml = Workbooks.entry(t, part).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int flips = 1 + r.nextInt(6);
        StringBuilder where = new StringBuilder();
        for (int k = 0; k < flips; k++) {
            int at = r.nextInt(xml.length);
            xml[at] = (byte) "<>/\"&=x\u0000 ".charAt(r.nextInt(9));
            where.append(' ').append(at);
        }
        byte[] wb = Workbooks.replace(t, part, out -> out.write(xml));
        readsWithoutThrowing(wb, "seed " + seed + " (rerun with -Dtenken.seed=" + seed + "), " + part + " changed at" + where);
    }
}
