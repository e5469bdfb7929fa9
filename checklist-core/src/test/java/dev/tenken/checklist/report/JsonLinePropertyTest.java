package dev.tenken.checklist.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.tenken.checklist.Category;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.Concern;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.LocalizedText;
import dev.tenken.checklist.SelfAssessment;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ReportBuilder#jsonLine} copies the checklist's texts from a form encoded once; the line
 * must be the very bytes {@link AssessmentReport#toJsonLineUtf8()} writes, plus a line feed, over
 * seeded generated checklists whose texts hold what JSON must escape (quotes, backslashes,
 * control characters, U+2028, emoji, lone surrogates), differ by language, and repeat across
 * items. Each case is named by its seed.
 */
class JsonLinePropertyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final String[] HOSTILE = {"項目", "say \"hi\"", "back\\slash", "line\nbreak\r\n", "\tTab\u0007bell",
        "\u2028sep\u2029", "😀 emoji", "\uD800lone", "lone\uDC00", "", " ", "</script>", "\u007F\u0085", "対策を講じる",
        "a/b", "日本語と English"};

    static LongStream seeds() {
        return LongStream.range(0, 300).map(i -> 20261124L * 7 + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theLineIsTheReportsJsonLine(long seed) {
        Random r = new Random(seed);
        Checklist c = hostile(r, ScorecardPropertyTest.checklist(r));
        SelfAssessment a = ScorecardPropertyTest.assessment(r, c);
        Evaluation e = ScorecardPropertyTest.evaluation(r, c);
        ReportBuilder builder = ReportBuilder.of(c);
        for (int round = 0; round < 2; round++) { // the second round reads the encoded texts made in the first
            for (Language language : Language.values()) {
                AssessmentReport report = builder.build(a, e, language, TODAY);
                assertLine(report, builder.jsonLine(report), "seed=" + seed + ", " + language + ", round " + round);
            }
        }
        // a report of another checklist (another id): written the ordinary way
        Checklist base = hostile(r, ScorecardPropertyTest.checklist(r));
        Checklist other = new Checklist("other", base.version(), base.title(), base.audience(), base.sources(),
                base.extendsId(), base.profile(), base.grading(), base.categories(), base.concerns(), base.rules());
        AssessmentReport foreign = ReportBuilder.of(other).build(ScorecardPropertyTest.assessment(r, other),
                ScorecardPropertyTest.evaluation(r, other), Language.EN, TODAY);
        assertLine(foreign, builder.jsonLine(foreign), "seed=" + seed + ", another builder's report");
    }

    private static void assertLine(AssessmentReport report, byte[] line, String where) {
        byte[] plain = report.toJsonLineUtf8();
        byte[] expected = Arrays.copyOf(plain, plain.length + 1);
        expected[plain.length] = '\n';
        assertArrayEquals(expected, line, () -> where + "\n" + new String(expected, StandardCharsets.UTF_8) + "\n"
                + new String(line, StandardCharsets.UTF_8));
    }

    private static LocalizedText text(Random r) {
        return new LocalizedText("a" + pick(r) + pick(r), pick(r) + "/" + pick(r)); // never blank, as the model requires
    }

    private static String pick(Random r) {
        return HOSTILE[r.nextInt(HOSTILE.length)];
    }

    /** The checklist with hostile texts in every place a report copies from it. */
    private static Checklist hostile(Random r, Checklist c) {
        List<Category> cats = new ArrayList<>();
        for (Category cat : c.categories()) {
            List<Item> items = new ArrayList<>();
            for (Item i : cat.items()) {
                List<LocalizedText> refs = r.nextBoolean() ? List.of(text(r), text(r)) : List.of();
                items.add(new Item(i.id(), i.rank(), text(r), i.description(), text(r), refs, i.threats(), i.appliesWhen(),
                        i.check(), i.weight()));
            }
            cats.add(new Category(cat.id(), text(r), items));
        }
        List<Concern> concerns = new ArrayList<>();
        for (Concern k : c.concerns()) {
            concerns.add(new Concern(k.id(), k.when(), k.itemsNotMet(), k.severity(), k.raise(), text(r), text(r),
                    List.of(text(r))));
        }
        return new Checklist(c.id(), c.version(), text(r), c.audience(), c.sources(), c.extendsId(), c.profile(), c.grading(),
                cats, concerns, c.rules());
    }
}
