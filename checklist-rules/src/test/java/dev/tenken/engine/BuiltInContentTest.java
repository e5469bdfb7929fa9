package dev.tenken.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.Concern;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.LocalizedText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The wording of the built-in checklists: a report in Japanese reads in Japanese down to its
 * references, and the Wi-Fi checklists name fake access points in both languages.
 */
class BuiltInContentTest {
    private static Collection<Checklist> checklists;

    @BeforeAll
    static void load() throws Exception {
        checklists = TenkenEngine.builder().withBuiltInChecklists().build().checklists();
    }

    @Test
    void allBuiltInsAreChecked() {
        assertEquals(Set.copyOf(TenkenEngine.builtInIds()),
                checklists.stream().map(Checklist::id).collect(Collectors.toSet()));
    }

    @Test
    void everyItemAndConcernHasReferences() {
        List<String> missing = new ArrayList<>();
        for (Checklist c : checklists) {
            c.items().filter(i -> i.references().isEmpty()).forEach(i -> missing.add(c.id() + " item " + i.id()));
            c.concerns().stream().filter(k -> k.references().isEmpty())
                    .forEach(k -> missing.add(c.id() + " concern " + k.id()));
        }
        assertTrue(missing.isEmpty(), "no references: " + missing);
    }

    @Test
    void everyReferenceReadsInJapaneseInJapaneseAndInEnglishInEnglish() {
        List<String> bad = new ArrayList<>();
        for (Checklist c : checklists) {
            for (Item i : c.items().toList()) {
                check(c.id() + " item " + i.id(), i.references(), bad);
            }
            for (Concern k : c.concerns()) {
                check(c.id() + " concern " + k.id(), k.references(), bad);
            }
        }
        assertTrue(bad.isEmpty(), bad.size() + " bad references:\n" + String.join("\n", bad));
    }

    private static void check(String owner, List<LocalizedText> references, List<String> bad) {
        for (LocalizedText r : references) {
            if (r.ja().equals(r.en())) {
                // Even a bare designation ("NIST SP 800-63B") gets its topic in Japanese.
                bad.add(owner + ": written once, the same in both languages: " + r.en());
            }
            if (!hasJapanese(r.ja())) {
                bad.add(owner + ": ja has no Japanese: " + r.ja());
            }
            if (hasJapanese(r.en())) {
                bad.add(owner + ": en has Japanese: " + r.en());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"wifi-user", "wifi-provider"})
    void namesFakeAccessPointsInBothLanguages(String id) {
        Checklist c = checklists.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        List<Item> named = c.items()
                .filter(i -> (i.title().ja() + description(i, true)).contains("偽アクセスポイント"))
                .filter(i -> (i.title().en() + description(i, false)).toLowerCase().contains("fake access point"))
                .toList();
        assertFalse(named.isEmpty(), id + ": no item names 偽アクセスポイント and \"fake access point\"");
    }

    @Test
    void wifiUserFakeAccessPointItemCountersEavesdroppingAndUnauthorisedAccess() {
        Checklist c = checklists.stream().filter(x -> x.id().equals("wifi-user")).findFirst().orElseThrow();
        List<Item> named = c.items()
                .filter(i -> (i.title().ja() + description(i, true)).contains("偽アクセスポイント"))
                .toList();
        assertFalse(named.isEmpty(), "wifi-user: no item names 偽アクセスポイント");
        for (Item i : named) {
            assertTrue(i.threats().containsAll(List.of("eavesdropping", "unauthorised-access")), i.id() + ": " + i.threats());
            assertTrue(i.remediation().ja().contains("偽アクセスポイント"), i.id() + ": " + i.remediation().ja());
            assertTrue(i.remediation().en().toLowerCase().contains("fake access point"), i.id() + ": " + i.remediation().en());
        }
    }

    private static String description(Item i, boolean ja) {
        Optional<LocalizedText> d = i.description();
        return d.map(t -> " " + (ja ? t.ja() : t.en())).orElse("");
    }

    static boolean hasJapanese(String s) {
        return s.codePoints().anyMatch(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA
                    || script == Character.UnicodeScript.HAN;
        });
    }
}
