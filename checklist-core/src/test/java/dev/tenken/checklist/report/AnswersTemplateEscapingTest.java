package dev.tenken.checklist.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.Category;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.FactType;
import dev.tenken.checklist.FactValue;
import dev.tenken.checklist.GradingPolicy;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.LocalizedText;
import dev.tenken.checklist.ProfileFact;
import dev.tenken.checklist.Rank;
import dev.tenken.checklist.SelfAssessment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An answers template for a checklist whose titles, version, questions and allowed values are
 * hostile (line breaks that inject YAML, BEL, NEL, separators, bidi overrides, lone surrogates,
 * quotes) and whose ids and keys are YAML's special words and numbers: it must read back as an
 * answers file with exactly the checklist's items, all unknown, and exactly the profile given.
 */
class AnswersTemplateEscapingTest {
    private static final String[] PIECES = {"\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\u0007", "\u0000", "\u001b[31m",
        "\u009b", "\u202e", "\u2066", "\ufeff", "\ufffe", "\uD800", "\uDC00", "\t", "answers: {I-1: met}", "\nanswers:\n  I-1: met\n",
        "\n  I-1: met", "checklist: other", "\"", "'", "\\", "# ", "#", ": ", "- ", "{", "}", "[", "]", "&a", "*a", "!!str", "%YAML",
        "---", "...", "|", ">", "@", "`", "yes", "null", "~", "\uD83D\uDE00", "点検", " ", "a"};
    /** Ids and keys the id patterns allow that YAML would read as something else if written plain. */
    private static final String[] IDS = {"yes", "No", "ON", "off", "y", "n", "true", "False", "null", "Null", "1", "010", "0x1F",
        "1.0", "1e3", "1_000", "1.0e-3", "0b101", "1.2.3", "TA-01", "a.b", "x-1", "I_1"};

    static String hostile(Random r) {
        StringBuilder b = new StringBuilder("t");
        int n = 1 + r.nextInt(5);
        for (int i = 0; i < n; i++) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    static LocalizedText text(Random r) {
        return new LocalizedText(hostile(r), hostile(r));
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 200).mapToObj(i -> 4_400L + i);
    }

    static Checklist checklist(Random r) {
        List<String> ids = new ArrayList<>(List.of(IDS));
        java.util.Collections.shuffle(ids, r);
        Set<String> values = new LinkedHashSet<>();
        while (values.size() < 3) {
            values.add(r.nextBoolean() ? hostile(r) : IDS[r.nextInt(IDS.length)]);
        }
        List<ProfileFact> facts = List.of(
                new ProfileFact(ids.get(0), FactType.ENUM, List.copyOf(values), text(r)),
                new ProfileFact(ids.get(1), FactType.SET, List.copyOf(values), text(r)),
                new ProfileFact(ids.get(2), FactType.STRING, List.of(), text(r)));
        List<Item> items = new ArrayList<>();
        for (int i = 3; i < 3 + 1 + r.nextInt(8); i++) {
            items.add(new Item(ids.get(i), r.nextBoolean() ? Rank.REQUIRED : Rank.RECOMMENDED, text(r), Optional.of(text(r)), text(r),
                    List.of(new LocalizedText(hostile(r), hostile(r))), List.of(), Optional.empty(), Optional.empty(), BigDecimal.ONE));
        }
        String id = r.nextBoolean() ? "null" : r.nextBoolean() ? "123" : "yes";
        return new Checklist(id, hostile(r), text(r), hostile(r), List.of(), Optional.empty(), facts, GradingPolicy.DEFAULT,
                List.of(new Category(ids.get(ids.size() - 1), text(r), items)), List.of(), List.of());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void templateReadsBackWithExactlyTheItemsAndTheGivenProfile(long seed) throws Exception {
        Random r = new Random(seed);
        Checklist c = checklist(r);
        List<String> values = c.profile().get(0).values();
        Map<String, FactValue> given = new LinkedHashMap<>();
        if (r.nextBoolean()) {
            given.put(c.profile().get(0).key(), textValue(values.get(r.nextInt(values.size()))));
            given.put(c.profile().get(1).key(), membersValue(new LinkedHashSet<>(values)));
        }
        // at least one fact given: a template with every fact commented out has an empty "profile:",
        // which the answers reader refuses whatever the checklist says (not an escaping matter)
        given.put(c.profile().get(2).key(), textValue(hostile(r)));
        for (Language l : Language.values()) {
            String template = AnswersTemplate.write(c, l, given, Optional.empty());
            try {
                SelfAssessment a = SelfAssessment.fromYaml(template, "template.yaml");
                assertEquals(c.id(), a.checklistId(), "checklist id");
                assertEquals(c.items().map(Item::id).toList(), List.copyOf(a.answers().keySet()), "exactly the items, in order");
                a.answers().values().forEach(answer -> assertEquals("unknown", answer.status().key(), "no answer but unknown"));
                assertEquals(given, a.profile(), "exactly the profile given");
                assertEquals(Map.of("name", ""), a.organisation(), "organisation");
                for (String line : template.split("\n", -1)) {
                    for (char ch : line.toCharArray()) {
                        assertTrue(ch >= 0x20 && ch != 0x7F && !(ch >= 0x80 && ch <= 0x9F) && ch != 0x2028 && ch != 0x2029
                                && !(ch >= 0x202A && ch <= 0x202E) && ch != 0xFEFF, String.format("U+%04X in line %s", (int) ch, line));
                    }
                }
            } catch (Exception | AssertionError e) {
                throw new AssertionError("seed " + seed + " (" + l + "): " + e.getMessage() + "\n" + template, e);
            }
        }
    }

    @Test
    void injectedLinesStayInsideTheirComment() throws Exception {
        Item item = new Item("I-1", Rank.REQUIRED, new LocalizedText("題\nanswers: {I-1: met}", "T\nanswers:\n  I-1: met"),
                Optional.empty(), new LocalizedText("r", "r"), List.of(), List.of(), Optional.empty(), Optional.empty(), BigDecimal.ONE);
        Checklist c = new Checklist("x", "1\nanswers: {I-1: met}\u0007", new LocalizedText("t\u0007", "t\u0007\r\nchecklist: y"), "",
                List.of(), Optional.empty(), List.of(), GradingPolicy.DEFAULT,
                List.of(new Category("c", new LocalizedText("c", "c"), List.of(item))), List.of(), List.of());
        String t = AnswersTemplate.write(c, Language.EN);
        assertTrue(t.startsWith("# t\\u0007 checklist: y (x 1 answers: {I-1: met}\\u0007)\n"), t);
        assertTrue(t.contains("\n  # [required / 必須] T answers:   I-1: met\n  I-1: unknown\n"), t);
        assertEquals("unknown", SelfAssessment.fromYaml(t, "t.yaml").answers().get("I-1").status().key());
    }

    private static FactValue textValue(String s) {
        return new FactValue.Text(s);
    }

    private static FactValue membersValue(Set<String> members) {
        return new FactValue.Members(members);
    }
}
