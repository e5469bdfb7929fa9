package dev.tenken.checklist.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.Problem;
import dev.tenken.checklist.TenkenException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What diff does with files that are not two good reports: one plain, located problem each, never an exception name. */
class ReportDiffInputsTest {
    private static final String GOOD = ReportDiffTest.report("c", "B", 80, "A-1:r:met");

    private static List<Problem> problems(Path before, Path after) {
        TenkenException e = assertThrows(TenkenException.class, () -> ReportDiff.read(before, after));
        e.problems().forEach(p -> assertFalse(p.message().matches(".*[A-Z][a-z]+(Exception|Error).*"), p.toString()));
        return e.problems();
    }

    @Test
    void aMissingFileIsNamedPlainly(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.json"), GOOD);
        List<Problem> ps = problems(dir.resolve("missing.json"), good);
        assertEquals(1, ps.size(), ps.toString());
        assertEquals("no such file", ps.get(0).message());
    }

    @Test
    void aDeviceIsNotReadAtAll() throws Exception {
        Path zero = Path.of("/dev/zero");
        if (!Files.exists(zero)) {
            return;
        }
        List<Problem> ps = problems(zero, zero);
        assertTrue(ps.stream().allMatch(p -> p.message().contains("not a regular file")), ps.toString());
    }

    @Test
    void aYamlAnswersFileIsNotAReport(@TempDir Path dir) throws Exception {
        Path answers = Files.writeString(dir.resolve("a.yaml"), "checklist: telework-admin\nanswers: {}\n");
        Path good = Files.writeString(dir.resolve("good.json"), GOOD);
        List<Problem> ps = problems(answers, good);
        assertEquals(1, ps.size(), ps.toString());
        assertTrue(ps.get(0).message().contains("not a Tenken JSON report (make one with tenken assess --format json)"), ps.toString());
    }

    @Test
    void jsonThatIsNotAReportIsNamedSo(@TempDir Path dir) throws Exception {
        Path other = Files.writeString(dir.resolve("other.json"), "{\"name\": \"package.json, perhaps\"}");
        Path good = Files.writeString(dir.resolve("good.json"), GOOD);
        assertTrue(problems(good, other).get(0).message().startsWith("not a Tenken JSON report"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"250", "-1", "1e400", "82.5"})
    void aScoreOutsideZeroToAHundredIsRefused(String score, @TempDir Path dir) throws Exception {
        String bad = GOOD.replaceFirst("\"score\": ?80", "\"score\": " + score);
        assertTrue(bad.contains(score), "the fixture has a score to replace");
        Path before = Files.writeString(dir.resolve("before.json"), bad, StandardCharsets.UTF_8);
        Path after = Files.writeString(dir.resolve("after.json"), GOOD, StandardCharsets.UTF_8);
        List<Problem> ps = problems(before, after);
        assertTrue(ps.stream().anyMatch(p -> p.line() > 0 && p.message().contains("score")), ps.toString());
    }
}
