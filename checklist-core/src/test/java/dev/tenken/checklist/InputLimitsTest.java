package dev.tenken.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Bounds on untrusted input: each is refused with a message naming the limit, never a crash. */
class InputLimitsTest {
    private static String header() {
        return "id: big\nversion: \"1\"\ntitle: {ja: t, en: t}\ncategories:\n  - id: c\n    title: {ja: c, en: c}\n    items:\n";
    }

    private static String items(int n) {
        StringBuilder b = new StringBuilder(header());
        for (int i = 0; i < n; i++) {
            b.append("      - {id: I-").append(i).append(", rank: 推奨, title: {ja: 項目, en: item}, remediation: {ja: 対策, en: fix}}\n");
        }
        return b.toString();
    }

    @Test
    void deepNestingIsRefusedNamingTheLimit() {
        String deep = "id: x\nversion: \"1\"\ntitle: " + "[".repeat(60) + "]".repeat(60) + "\n";
        TenkenException e = assertThrows(TenkenException.class, () -> ChecklistLibrary.builder().addText(deep, "deep.yaml").build());
        assertTrue(e.getMessage().toLowerCase().contains("nest"), e.getMessage());
        String deepAnswers = "checklist: x\norganisation: " + "{a: ".repeat(100) + "1" + "}".repeat(100) + "\n";
        TenkenException a = assertThrows(TenkenException.class, () -> SelfAssessment.fromYaml(deepAnswers, "deep.yaml"));
        assertTrue(a.getMessage().toLowerCase().contains("nest"), a.getMessage());
    }

    @Test
    void overlongStringsAreRefusedNamingTheLimit() {
        String longTitle = header().replace("title: {ja: t, en: t}", "title: {ja: " + "長".repeat(70_000) + ", en: t}")
                + "      - {id: A, rank: 推奨, title: {ja: t, en: t}, remediation: {ja: r, en: r}}\n";
        TenkenException e = assertThrows(TenkenException.class, () -> ChecklistLibrary.builder().addText(longTitle, "long.yaml").build());
        assertTrue(e.getMessage().contains("long.yaml:3:"), e.getMessage());
        assertTrue(e.getMessage().contains("longer than the limit of 65536"), e.getMessage());
    }

    @Test
    void aLargeLegalChecklistLoads() throws Exception {
        Checklist c = ChecklistLibrary.builder().addText(items(20_000), "big.yaml").build().get("big").orElseThrow();
        assertEquals(20_000, c.items().count());
    }

    @Test
    void aChecklistBeyondTheSizeLimitIsRefusedWithASizeMessage() {
        String huge = items(200_000); // about 20 MB, over the 16 MiB limit
        TenkenException e = assertThrows(TenkenException.class, () -> ChecklistLibrary.builder().addText(huge, "huge.yaml").build());
        assertEquals(1, e.problems().size());
        assertTrue(e.getMessage().contains("the limit is"), e.getMessage());
    }
}
