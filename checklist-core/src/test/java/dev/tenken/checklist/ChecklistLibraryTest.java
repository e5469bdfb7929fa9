package dev.tenken.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecklistLibraryTest {
    private static final Path VALID = Path.of("src/test/resources/valid");

    private static ChecklistLibrary valid() throws TenkenException {
        return ChecklistLibrary.builder().addDirectory(VALID).build();
    }

    private static String yaml(String id, String ext) {
        return "id: " + id + "\nversion: \"1\"\ntitle: {ja: t, en: t}\n" + (ext == null ? "" : "extends: " + ext + "\n")
                + "categories:\n  - id: c" + id + "\n    title: {ja: c, en: c}\n    items:\n      - id: " + id.toUpperCase()
                + "-1\n        rank: 必須\n        title: {ja: t, en: t}\n        remediation: {ja: r, en: r}\n";
    }

    @Test
    void loadsEveryFileOfADirectoryInNameOrder() throws Exception {
        assertEquals(List.of("child", "grandchild", "parent"), valid().all().stream().map(Checklist::id).toList());
    }

    @Test
    void extendsInheritsThenTailors() throws Exception {
        Checklist c = valid().get("child").orElseThrow();
        assertEquals(List.of("P-1", "P-3", "C-1", "C-2"), c.items().map(Item::id).toList());
        assertEquals(Rank.REQUIRED, c.item("P-3").orElseThrow().rank(), "tailor.rank re-ranks an inherited item");
        assertEquals(List.of("auth", "records"), c.categories().stream().map(Category::id).toList());
        assertEquals(List.of("methods", "staff", "clinic.records"), c.profile().stream().map(ProfileFact::key).toList());
        assertEquals("1", c.version(), "version is inherited");
        assertEquals("Child", c.title().en());
        assertEquals(0, new BigDecimal("0.9").compareTo(c.grading().aRecommendedMin()), "inherited threshold");
        assertEquals(0, new BigDecimal("0.7").compareTo(c.grading().cRequiredMin()), "overridden threshold");
        assertTrue(c.concerns().isEmpty(), "a concern on an excluded item is dropped");
        assertEquals("parent", c.extendsId().orElseThrow());
    }

    @Test
    void chainsOfExtendsResolve() throws Exception {
        Checklist g = valid().get("grandchild").orElseThrow();
        assertEquals(Rank.REQUIRED, g.item("C-1").orElseThrow().rank());
        assertEquals(Rank.REQUIRED, g.item("P-3").orElseThrow().rank());
        assertEquals("Child", g.title().en());
    }

    @Test
    void cyclesNameEveryIdInTheCycle() {
        TenkenException e = assertThrows(TenkenException.class, () -> ChecklistLibrary.builder()
                .addText(yaml("a", "b"), "a.yaml").addText(yaml("b", "c"), "b.yaml").addText(yaml("c", "a"), "c.yaml").build());
        assertTrue(e.getMessage().contains("extends cycle: a -> b -> c -> a"), e.getMessage());
    }

    @Test
    void unknownParentIsAnErrorWithASuggestion() {
        TenkenException e = assertThrows(TenkenException.class, () -> ChecklistLibrary.builder()
                .addText(yaml("base", null), "base.yaml").addText(yaml("kid", "bsae"), "kid.yaml").build());
        assertTrue(e.getMessage().contains("kid.yaml:4:10: extends unknown checklist 'bsae' (did you mean 'base'?)"), e.getMessage());
    }

    @Test
    void tailoringAMissingItemNamesIt() {
        String child = "id: kid\nextends: base\ntailor:\n  exclude: [BASE-9]\n  rank: {NOPE: 推奨}\n";
        TenkenException e = assertThrows(TenkenException.class, () -> ChecklistLibrary.builder()
                .addText(yaml("base", null), "base.yaml").addText(child, "kid.yaml").build());
        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("kid.yaml:4:13: item 'BASE-9': tailor.exclude names unknown item 'BASE-9'"), e.getMessage());
        assertTrue(e.getMessage().contains("item 'NOPE': tailor.rank names unknown item 'NOPE'"), e.getMessage());
    }

    @Test
    void duplicateIdsAcrossSourcesAreReportedWithBothSources() {
        TenkenException e = assertThrows(TenkenException.class, () -> ChecklistLibrary.builder()
                .addText(yaml("same", null), "one.yaml").addText(yaml("same", null), "two.yaml").build());
        assertTrue(e.getMessage().contains("two.yaml:1:1: checklist id 'same' is already defined by one.yaml"), e.getMessage());
    }

    @Test
    void aChildMayNotReuseAnInheritedItemIdOrFact() {
        String child = "id: kid\nextends: base\nprofile:\n  - {key: x, type: boolean, question: {ja: q, en: q}}\n"
                + "categories:\n  - id: cbase\n    items:\n      - id: BASE-1\n        rank: 必須\n"
                + "        title: {ja: t, en: t}\n        remediation: {ja: r, en: r}\n";
        String base = yaml("base", null).replace("categories:", "profile:\n  - {key: x, type: boolean, question: {ja: q, en: q}}\ncategories:");
        TenkenException e = assertThrows(TenkenException.class, () -> ChecklistLibrary.builder()
                .addText(base, "base.yaml").addText(child, "kid.yaml").build());
        assertTrue(e.getMessage().contains("item id 'BASE-1' is already used by 'base'"), e.getMessage());
        assertTrue(e.getMessage().contains("profile fact 'x' is already declared by 'base'"), e.getMessage());
    }

    @Test
    void aChildConditionMayUseInheritedFactsButNotUnknownOnes() throws Exception {
        String base = yaml("base", null).replace("categories:", "profile:\n  - {key: n, type: number, question: {ja: q, en: q}}\ncategories:");
        String ok = "id: kid\nextends: base\ncategories:\n  - id: k\n    title: {ja: k, en: k}\n    items:\n      - id: K-1\n"
                + "        rank: 必須\n        title: {ja: t, en: t}\n        remediation: {ja: r, en: r}\n"
                + "        applies_when: {fact: n, gte: 2}\n";
        assertFalse(assertDoesNotThrow(base, ok).all().isEmpty());
        String bad = ok.replace("fact: n,", "fact: m,");
        TenkenException e = assertThrows(TenkenException.class, () -> ChecklistLibrary.builder()
                .addText(base, "base.yaml").addText(bad, "kid.yaml").build());
        assertTrue(e.getMessage().contains("kid.yaml:11:23: item 'K-1': condition uses undeclared fact 'm'"), e.getMessage());
    }

    private static ChecklistLibrary assertDoesNotThrow(String base, String child) throws TenkenException {
        return ChecklistLibrary.builder().addText(base, "base.yaml").addText(child, "kid.yaml").build();
    }

    @Test
    void resolvedJsonLoadsBackToAnEqualChecklist() throws Exception {
        for (Checklist c : valid().all()) {
            String json = ChecklistJson.write(c);
            Checklist again = ChecklistLibrary.builder().addText(json, c.id() + ".json").build().get(c.id()).orElseThrow();
            assertEquals(withoutParent(c), again, c.id());
        }
    }

    private static Checklist withoutParent(Checklist c) {
        return new Checklist(c.id(), c.version(), c.title(), c.audience(), c.sources(), java.util.Optional.empty(),
                c.profile(), c.grading(), c.categories(), c.concerns(), c.rules());
    }
}
