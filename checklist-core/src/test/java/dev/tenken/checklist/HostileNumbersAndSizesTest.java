package dev.tenken.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tenken.checklist.report.Grading;
import dev.tenken.checklist.report.ItemStatus;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Numbers and sizes as denial of service: whatever number is written wherever a number is
 * accepted, and however large a legal structure, loading ends with a checklist or with located
 * problems, in bounded time and memory (surefire's timeout is the bound; nothing here reads a
 * clock). A failure names its seed.
 */
class HostileNumbersAndSizesTest {

    static Stream<Long> seeds() {
        return IntStream.range(0, 300).mapToObj(i -> 9_100_000L + i);
    }

    /** A number text that would have exhausted the old reader often: huge exponents, odd signs, underscores, leading dots. */
    static String number(Random r) {
        StringBuilder b = new StringBuilder();
        switch (r.nextInt(4)) {
            case 0 -> b.append('-');
            case 1 -> b.append('+');
            default -> { }
        }
        if (r.nextInt(5) > 0) {
            b.append(digits(r, 1 + r.nextInt(r.nextInt(8) == 0 ? 120 : 18)));
        }
        if (r.nextBoolean()) {
            b.append('.');
            if (r.nextInt(4) > 0) {
                b.append(digits(r, 1 + r.nextInt(r.nextInt(8) == 0 ? 40 : 12)));
            }
        }
        if (r.nextInt(3) > 0) {
            b.append(r.nextBoolean() ? 'e' : 'E');
            long[] extremes = {999_999_999L, 300_000_000L, 1_000_000_000L, 2_147_483_648L, 1_001L, 16L, 15L, 10L, 11L,
                r.nextInt(1_000_000_000)};
            long exp = extremes[r.nextInt(extremes.length)];
            b.append(r.nextBoolean() ? "-" : r.nextBoolean() ? "+" : "").append(exp);
        }
        if (r.nextInt(6) == 0 && b.length() > 1) {
            b.insert(1 + r.nextInt(b.length() - 1), '_');
        }
        return b.isEmpty() ? "0" : b.toString();
    }

    private static String digits(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + r.nextInt(10)));
        }
        return b.toString();
    }

    private static String checklist(String weight, String threshold, String operand) {
        return "id: n\nversion: \"1\"\ntitle: {ja: t, en: t}\n"
                + "profile:\n  - {key: staff, type: number, question: {ja: q, en: q}}\n"
                + "grading:\n  a_recommended_min: " + threshold + "\n"
                + "categories:\n  - id: c\n    title: {ja: c, en: c}\n    items:\n"
                + "      - {id: A, rank: 推奨, title: {ja: t, en: t}, remediation: {ja: r, en: r}, weight: 1}\n"
                + "      - {id: B, rank: 推奨, title: {ja: t, en: t}, remediation: {ja: r, en: r}, weight: " + weight + ",\n"
                + "         applies_when: {any: [{fact: staff, gte: " + operand + "}, {fact: staff, eq: " + operand + "},"
                + " {fact: staff, in: [\"" + operand + "\"]}]}}\n";
    }

    private static void assertLocated(TenkenException e, String seedNote) {
        assertFalse(e.problems().isEmpty(), seedNote);
        for (Problem p : e.problems()) {
            assertTrue(p.line() > 0 && p.column() > 0, seedNote + " unlocated: " + p);
            assertFalse(p.message().contains("Exception") || p.message().contains("\tat "), seedNote + " " + p);
            assertTrue(p.message().length() < 400, seedNote + " " + p);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyNumberInAChecklistLoadsOrIsLocated(long seed) {
        Random r = new Random(seed);
        String weight = number(r);
        String threshold = r.nextBoolean() ? "0.5" : number(r);
        String operand = number(r);
        String note = "seed " + seed + " (weight " + weight + ", threshold " + threshold + ", operand " + operand + ")";
        try {
            Checklist c = ChecklistLibrary.builder().addText(checklist(weight, threshold, operand), "n.yaml").build()
                    .get("n").orElseThrow();
            List<Item> items = c.items().toList();
            for (Item i : items) {
                assertTrue(FactValue.Num.inRange(i.weight()), note);
            }
            // grading sums the weights: it must stay cheap whatever was loaded
            List<ItemStatus> statuses = List.of(ItemStatus.MET, ItemStatus.PARTIAL);
            Grading.grade(c, statuses);
            Grading.score(Grading.summarize(items, statuses, Rank.REQUIRED), Grading.summarize(items, statuses, Rank.RECOMMENDED));
            items.forEach(i -> assertTrue(i.weight().toPlainString().length() < 64, note));
        } catch (TenkenException e) {
            assertLocated(e, note);
        } catch (RuntimeException e) {
            fail(note + ": " + e, e);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyNumberInAnswersLoadsOrIsLocated(long seed) {
        Random r = new Random(seed);
        String value = number(r);
        String note = "seed " + seed + " (value " + value + ")";
        String yaml = "checklist: n\nprofile:\n  staff: " + value + "\n  other: [1]\nanswers:\n  A: met\n";
        String json = "{\"checklist\": \"n\", \"profile\": {\"staff\": " + value + "}}";
        for (boolean isJson : new boolean[] {false, true}) {
            try {
                SelfAssessment a = isJson ? SelfAssessment.fromJson(json, "a.json") : SelfAssessment.fromYaml(yaml, "a.yaml");
                FactValue v = a.profile().get("staff");
                if (v instanceof FactValue.Num n) {
                    assertTrue(FactValue.Num.inRange(n.value()), note);
                    assertTrue(n.toString().length() < 64, note);
                }
            } catch (TenkenException e) {
                assertLocated(e, note);
            } catch (RuntimeException e) {
                fail(note + ": " + e, e);
            }
        }
    }

    @Test
    void theAttackNumbersAreRefusedNamingTheLimit() {
        String[][] cases = {{"1e999999999", "0.5", "1"}, {"1e300000000", "0.5", "1"}, {"1e-999999999", "0.5", "1"},
            {"1", "1e999999999", "1"}, {"1", "0.5", "1e999999999"}, {"1", "0.5", "1e-999999999"}};
        for (String[] c : cases) {
            TenkenException e = assertThrows(TenkenException.class,
                    () -> ChecklistLibrary.builder().addText(checklist(c[0], c[1], c[2]), "n.yaml").build());
            assertLocated(e, String.join(",", c));
            assertTrue(e.getMessage().contains("is out of range: numbers must be between -10^15 and 10^15 with at most 10 decimal places"),
                    e.getMessage());
        }
        TenkenException a = assertThrows(TenkenException.class,
                () -> SelfAssessment.fromYaml("checklist: n\nprofile:\n  staff: 1e999999999\n", "a.yaml"));
        assertTrue(a.getMessage().contains("a.yaml:3:10: profile.staff 1e999999999 is out of range"), a.getMessage());
        TenkenException j = assertThrows(TenkenException.class,
                () -> SelfAssessment.fromJson("{\"checklist\": \"n\", \"profile\": {\"staff\": 1e-999999999}}", "a.json"));
        assertTrue(j.getMessage().contains("a.json:1:41: profile.staff 1e-999999999 is out of range"), j.getMessage());
    }

    @Test
    void aLongNumberTextInAnInListIsRefusedUnread() {
        String text = checklist("1", "0.5", "1").replace("{fact: staff, in: [\"1\"]}",
                "{fact: staff, in: [\"" + "7".repeat(60_000) + "\", \"2\"]}");
        TenkenException e = assertThrows(TenkenException.class, () -> ChecklistLibrary.builder().addText(text, "n.yaml").build());
        assertEquals(1, e.problems().size(), e.getMessage());
        assertLocated(e, "in");
        assertTrue(e.getMessage().contains("is out of range: a number may have at most 100 characters"), e.getMessage());
    }

    @Test
    void numbersAtTheBoundsLoad() throws TenkenException {
        Checklist c = ChecklistLibrary.builder().addText(checklist("1000000000000000", "0.1234567890", "-1e15"), "n.yaml")
                .build().get("n").orElseThrow();
        assertEquals(0, new BigDecimal("1e15").compareTo(c.items().toList().get(1).weight()));
        assertEquals("1000000000000000", c.items().toList().get(1).weight().toPlainString());
        Checklist d = ChecklistLibrary.builder().addText(checklist("0.0000000001", "1.000000000000000000000", "1000.5"), "n.yaml")
                .build().get("n").orElseThrow();
        assertEquals(0, new BigDecimal("1e-10").compareTo(d.items().toList().get(1).weight()));
        assertEquals(0, BigDecimal.ONE.compareTo(d.grading().aRecommendedMin()));
    }

    @Test
    void theModelRefusesNumbersOutOfRangeBuiltInJava() {
        LocalizedText t = new LocalizedText("t", "t");
        for (BigDecimal bad : List.of(new BigDecimal("1e999999999"), new BigDecimal("1e-999999999"), new BigDecimal("1e16"),
                new BigDecimal("0.00000000001"), new BigDecimal(BigInteger.ONE, -300_000_000))) {
            assertThrows(IllegalArgumentException.class, () -> new FactValue.Num(bad), bad::toString);
            assertThrows(IllegalArgumentException.class, () -> new Item("A", Rank.REQUIRED, t, Optional.empty(), t, List.of(),
                    List.of(), Optional.empty(), Optional.empty(), bad.abs()), bad::toString);
            assertThrows(IllegalArgumentException.class, () -> new GradingPolicy(bad.abs(), BigDecimal.ONE, BigDecimal.ONE),
                    bad::toString);
        }
        // a value written with many trailing zeros is kept small
        BigDecimal padded = new BigDecimal(BigInteger.TEN.pow(5_000), 5_000);
        assertEquals(0, new FactValue.Num(padded).value().scale());
        assertEquals(0, new FactValue.Num(new BigDecimal("0E+999999999")).value().scale());
    }

    @Test
    void controlCharactersAndOverlongJsonNumbersAreLocated() {
        for (char c : new char[] {'\u0000', '\u001b', '\u007f', '\u0008'}) {
            String yaml = "checklist: n\r\nprofile:\n  staff: \"a" + c + "b\"\n";
            TenkenException e = assertThrows(TenkenException.class, () -> SelfAssessment.fromYaml(yaml, "a.yaml"));
            assertEquals(List.of("a.yaml:3:12"), e.problems().stream().map(p -> p.source() + ":" + p.line() + ":" + p.column()).toList(),
                    e.getMessage());
            assertTrue(e.getMessage().contains(String.format("U+%04X", (int) c)), e.getMessage());
        }
        String json = "{\"checklist\": \"n\",\n \"profile\": {\"staff\": " + "1".repeat(101) + "}}";
        TenkenException e = assertThrows(TenkenException.class, () -> SelfAssessment.fromJson(json, "a.json"));
        assertTrue(e.getMessage().startsWith("a.json:2:23: "), e.getMessage());
        assertFalse(e.getMessage().contains("StreamReadConstraints") || e.getMessage().contains("`"), e.getMessage());
        String list = "{\"checklist\": \"n\", \"profile\": {\"s\": [1, -" + "9".repeat(150) + "]}}";
        TenkenException l = assertThrows(TenkenException.class, () -> SelfAssessment.fromJson(list, "b.json"));
        assertTrue(l.getMessage().startsWith("b.json:1:41: "), l.getMessage());
    }

    // ---- legal but large structures ----

    private static final String HEAD = "version: \"1\"\ntitle: {ja: t, en: t}\n";

    private static String itemLine(String id, String extra) {
        return "      - {id: " + id + ", rank: 推奨, title: {ja: t, en: t}, remediation: {ja: r, en: r}" + extra + "}\n";
    }

    private static String withCondition(int comparisons, String combinator) {
        StringBuilder b = new StringBuilder("id: big\n" + HEAD
                + "profile:\n  - {key: s, type: number, question: {ja: q, en: q}}\ncategories:\n  - id: c\n    title: {ja: c, en: c}\n"
                + "    items:\n      - id: A\n        rank: 推奨\n        title: {ja: t, en: t}\n        remediation: {ja: r, en: r}\n"
                + "        applies_when:\n          " + combinator + ":\n");
        for (int i = 0; i < comparisons; i++) {
            b.append("            - {fact: s, gte: ").append(i).append("}\n");
        }
        return b.toString();
    }

    @Test
    void aConditionOverTheComparisonLimitIsRefusedAtTheCondition() throws TenkenException {
        TenkenException e = assertThrows(TenkenException.class,
                () -> ChecklistLibrary.builder().addText(withCondition(10_000, "any"), "any.yaml").build());
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().startsWith("any.yaml:15:11: item 'A': this condition has more than 256 comparisons"), e.getMessage());
        assertEquals(1, ChecklistLibrary.builder().addText(withCondition(256, "all"),
                "all.yaml").build().all().size());
    }

    @Test
    void aChecklistOverTheComparisonLimitIsRefusedOnce() {
        StringBuilder b = new StringBuilder("id: big\n" + HEAD
                + "profile:\n  - {key: s, type: number, question: {ja: q, en: q}}\ncategories:\n  - id: c\n    title: {ja: c, en: c}\n    items:\n");
        String any = ", applies_when: {any: [" + "{fact: s, gte: 1}, ".repeat(249) + "{fact: s, gte: 2}]}";
        for (int i = 0; i < 410; i++) {
            b.append(itemLine("I-" + i, any));
        }
        TenkenException e = assertThrows(TenkenException.class, () -> ChecklistLibrary.builder().addText(b.toString(), "many.yaml").build());
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("more than 100000 comparisons"), e.getMessage());
        assertEquals(10 + 400, e.problems().get(0).line(), e.getMessage());
    }

    @Test
    void aConcernOverTheItemLimitIsRefusedAtItsList() {
        StringBuilder b = new StringBuilder("id: big\n" + HEAD + "categories:\n  - id: c\n    title: {ja: c, en: c}\n    items:\n");
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            b.append(itemLine("I-" + i, ""));
            ids.add("I-" + i);
        }
        b.append("concerns:\n  - id: K\n    severity: high\n    title: {ja: t, en: t}\n    remediation: {ja: r, en: r}\n")
                .append("    items_not_met: [").append(String.join(", ", ids)).append("]\n");
        TenkenException e = assertThrows(TenkenException.class, () -> ChecklistLibrary.builder().addText(b.toString(), "k.yaml").build());
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().startsWith("k.yaml:5013:20: item 'K': items_not_met names 5000 items; a concern may name at most 64"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Concern("K", Optional.empty(), ids, Severity.HIGH, true,
                new LocalizedText("t", "t"), new LocalizedText("t", "t"), List.of()));
    }

    private static ChecklistLibrary.Builder chain(int length) {
        ChecklistLibrary.Builder b = ChecklistLibrary.builder();
        b.addText("id: c0\n" + HEAD + "categories:\n  - id: c\n    title: {ja: c, en: c}\n    items:\n" + itemLine("I-0", ""), "c0.yaml");
        for (int i = 1; i < length; i++) {
            b.addText("id: c" + i + "\nextends: c" + (i - 1) + "\ncategories:\n  - id: c\n    items:\n" + itemLine("I-" + i, ""),
                    "c" + i + ".yaml");
        }
        return b;
    }

    @Test
    void anExtendsChainOverTheDepthLimitIsRefusedAtItsExtendsLine() throws TenkenException {
        TenkenException e = assertThrows(TenkenException.class, () -> chain(5_000).build());
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().startsWith("c17.yaml:2:10: extends chain is too long: 'c17' would have more than 16 ancestors"),
                e.getMessage());
        ChecklistLibrary ok = chain(17).build();
        assertEquals(17, ok.get("c16").orElseThrow().items().count());
        // a long cycle is reported once, without recursion
        ChecklistLibrary.Builder cycle = chain(3_000);
        cycle.addText("id: c0x\nextends: c2999\ncategories:\n  - id: c\n    items:\n" + itemLine("X", ""), "x.yaml");
        assertThrows(TenkenException.class, cycle::build);
    }

    @Test
    void manyUnknownIdsAgainstALargeChecklistAreReportedQuicklyWithSuggestions() throws TenkenException {
        StringBuilder b = new StringBuilder("id: big\n" + HEAD + "categories:\n  - id: c\n    title: {ja: c, en: c}\n    items:\n");
        for (int i = 0; i < 20_000; i++) {
            b.append(itemLine("I-" + i, ""));
        }
        Checklist c = ChecklistLibrary.builder().addText(b.toString(), "big.yaml").build().get("big").orElseThrow();
        SelfAssessment.Builder a = SelfAssessment.builder("big");
        for (int i = 0; i < 50_000; i++) {
            a.answer("J-" + i + "x", Answer.of(AnswerStatus.MET));
        }
        a.answer("I-123x", Answer.of(AnswerStatus.MET));
        a.answer("I-91999", Answer.of(AnswerStatus.MET));
        List<Problem> problems = AssessmentCheck.problems(c, a.build());
        assertEquals(50_002, problems.size());
        assertTrue(problems.get(50_000).message().endsWith("(did you mean 'I-123'?)"), problems.get(50_000).toString());
        assertTrue(problems.get(50_001).message().contains("(did you mean 'I-1999"), problems.get(50_001).toString());
    }

    @Test
    void suggestionsAmongManyCandidatesFindOneEditAndSwaps() {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        for (int i = 0; i < 30_000; i++) {
            ids.add("item-" + i);
        }
        assertEquals(Optional.of("item-12345"), dev.tenken.checklist.text.Suggest.nearest("item-1234x5", ids));
        assertEquals(Optional.of("item-12345"), dev.tenken.checklist.text.Suggest.nearest("itm-12345", ids));
        assertEquals(Optional.of("item-12345"), dev.tenken.checklist.text.Suggest.nearest("tiem-12345", ids));
        assertEquals(Optional.empty(), dev.tenken.checklist.text.Suggest.nearest("something-else", ids));
        ids.remove("item-12345");
        ids.add("zzz");
        assertFalse(dev.tenken.checklist.text.Suggest.nearest("itm-12345", ids).filter("item-12345"::equals).isPresent());
    }

    private static String concerns(int count, int items) {
        StringBuilder b = new StringBuilder("id: big\n" + HEAD + "categories:\n  - id: c\n    title: {ja: c, en: c}\n    items:\n");
        for (int i = 0; i < 100; i++) {
            b.append(itemLine("I-" + i, ""));
        }
        b.append("concerns:\n");
        for (int k = 0; k < count; k++) {
            b.append("  - {id: K-").append(k).append(", severity: low, title: {ja: t, en: t}, remediation: {ja: r, en: r}, items_not_met: [");
            for (int m = 0; m < items; m++) {
                b.append(m == 0 ? "" : ", ").append("I-").append(m);
            }
            b.append("]}\n");
        }
        return b.toString();
    }

    @Test
    void tooManyConcernsOrConcernItemsAreRefusedAtTheFirstBeyond() throws TenkenException {
        TenkenException many = assertThrows(TenkenException.class,
                () -> ChecklistLibrary.builder().addText(concerns(5_000, 1), "k.yaml").build());
        assertEquals(1, many.problems().size(), many.getMessage());
        assertTrue(many.getMessage().startsWith("k.yaml:" + (109 + 256) + ":5: item 'K-256': the checklist has more than 256 concerns"),
                many.getMessage());
        TenkenException wide = assertThrows(TenkenException.class,
                () -> ChecklistLibrary.builder().addText(concerns(40, 64), "w.yaml").build());
        assertEquals(1, wide.problems().size(), wide.getMessage());
        assertTrue(wide.getMessage().startsWith("w.yaml:" + (109 + 32) + ":5: item 'K-32': the concerns of the checklist name more than 2048"),
                wide.getMessage());
        assertEquals(256, ChecklistLibrary.builder().addText(concerns(256, 8), "ok.yaml").build().get("big").orElseThrow().concerns().size());
    }
}
