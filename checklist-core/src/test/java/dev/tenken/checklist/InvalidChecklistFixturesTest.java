package dev.tenken.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One fixture per defect under {@code src/test/resources/invalid}, named after it. Each fixture
 * states what it expects in {@code # expect: [line:column] text} comments: every expectation
 * must match one reported problem, at that position when given.
 */
class InvalidChecklistFixturesTest {
    private static final Path DIR = Path.of("src/test/resources/invalid");
    private static final Pattern EXPECT = Pattern.compile("^# expect: (?:(\\d+):(\\d+) )?(.+)$");

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reportsTheDefectWithItsLocation(Path fixture) throws IOException {
        List<String[]> expectations = expectations(fixture);
        assertFalse(expectations.isEmpty(), fixture + " states no expectation");
        TenkenException e = assertThrows(TenkenException.class, () -> ChecklistLibrary.load(fixture));
        assertEquals(TenkenException.Phase.DEFINITION, e.phase());
        List<Problem> problems = e.problems();
        for (String[] x : expectations) {
            boolean found = problems.stream().anyMatch(p -> p.toString().contains(x[2])
                    && (x[0] == null || (p.line() == Integer.parseInt(x[0]) && p.column() == Integer.parseInt(x[1]))));
            assertTrue(found, fixture.getFileName() + ": expected " + (x[0] == null ? "" : x[0] + ":" + x[1] + " ")
                    + "'" + x[2] + "' among:\n" + e.getMessage());
        }
        for (Problem p : problems) {
            assertEquals(fixture.toString(), p.source(), "every problem names the file");
        }
    }

    private static List<String[]> expectations(Path fixture) throws IOException {
        List<String[]> out = new ArrayList<>();
        String text = new String(Files.readAllBytes(fixture), StandardCharsets.ISO_8859_1);
        for (String line : text.split("\n")) {
            Matcher m = EXPECT.matcher(new String(line.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
            if (m.matches()) {
                out.add(new String[] {m.group(1), m.group(2), m.group(3)});
            }
        }
        return out;
    }
}
