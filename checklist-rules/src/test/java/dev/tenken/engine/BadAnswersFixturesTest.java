package dev.tenken.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.Language;
import dev.tenken.checklist.TenkenException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One answers file per defect under {@code src/test/resources/bad-answers}, assessed against the
 * built-in checklists. Each states its expectations in {@code # expect: [line:column] text}.
 */
class BadAnswersFixturesTest {
    private static final Path DIR = Path.of("src/test/resources/bad-answers");
    private static final Pattern EXPECT = Pattern.compile("^# expect: (?:(\\d+):(\\d+) )?(.+)$");
    private static TenkenEngine engine;

    @BeforeAll
    static void build() throws Exception {
        engine = TenkenEngine.builder().withBuiltInChecklists().build();
    }

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reportsTheDefectWithItsLocation(Path fixture) throws IOException {
        List<String[]> expectations = new ArrayList<>();
        String raw = new String(Files.readAllBytes(fixture), StandardCharsets.UTF_8);
        for (String line : raw.split("\n")) {
            Matcher m = EXPECT.matcher(line);
            if (m.matches()) {
                expectations.add(new String[] {m.group(1), m.group(2), m.group(3)});
            }
        }
        assertFalse(expectations.isEmpty(), fixture + " states no expectation");
        TenkenException e = assertThrows(TenkenException.class, () -> engine.assess(fixture, Language.EN));
        assertEquals(TenkenException.Phase.ASSESSMENT, e.phase());
        for (String[] x : expectations) {
            boolean found = e.problems().stream().anyMatch(p -> p.toString().contains(x[2])
                    && (x[0] == null || (p.line() == Integer.parseInt(x[0]) && p.column() == Integer.parseInt(x[1]))));
            assertTrue(found, fixture.getFileName() + ": expected " + (x[0] == null ? "" : x[0] + ":" + x[1] + " ")
                    + "'" + x[2] + "' among:\n" + e.getMessage());
        }
        e.problems().forEach(p -> assertEquals(fixture.toString(), p.source()));
    }
}
