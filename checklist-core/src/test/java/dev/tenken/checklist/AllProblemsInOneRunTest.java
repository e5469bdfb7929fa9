package dev.tenken.checklist;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sector checklist with several independent mistakes gets all of them in one run: binding
 * problems no longer stop the checks that need the whole checklist (concern items, tailoring,
 * condition typing).
 */
class AllProblemsInOneRunTest {
    private static final String PARENT = """
            id: town-base
            version: "1"
            title: {ja: 町, en: Town}
            profile:
              - {key: wifi, type: set, values: [free, staff], question: {ja: q, en: q}}
            categories:
              - id: net
                title: {ja: 通信, en: Network}
                items:
                  - {id: TH-01, rank: 必須, title: {ja: a, en: a}, remediation: {ja: r, en: r}}
                  - {id: TH-02, rank: 推奨, title: {ja: b, en: b}, remediation: {ja: r, en: r}}
            """;

    private static final String CHILD = """
            id: town-hall
            extends: town-base
            tailor:
              exclude: [TH-77]
            categories:
              - id: net
                items:
                  - {id: TH-10, rank: 必要, title: {ja: c, en: c}, remediation: {ja: r, en: r}}
                  - {id: TH-11, rank: 必須, title: {ja: d}, remediation: {ja: r, en: r}}
                  - {id: TH-12, rank: 推奨, title: {ja: e, en: e}, remediation: {ja: r, en: r},
                     applies_when: {fact: wifi, contains: guest}}
            concerns:
              - id: open-wifi
                items_not_met: [TH-99]
                severity: high
                title: {ja: t, en: t}
                remediation: {ja: r, en: r}
            """;

    @Test
    void everyMistakeOfASectorChecklistIsReportedAtOnce() {
        TenkenException e = assertThrows(TenkenException.class, () -> ChecklistLibrary.builder()
                .addText(PARENT, "base.yaml").addText(CHILD, "hall.yaml").build());
        List<String> messages = e.problems().stream().map(Problem::toString).toList();
        String all = String.join("\n", messages);
        assertTrue(all.contains("unknown rank '必要'"), all);
        assertTrue(all.contains("missing key 'en'"), all);
        assertTrue(all.contains("tailor.exclude names unknown item 'TH-77'"), all);
        assertTrue(all.contains("concern names unknown item 'TH-99'"), all);
        assertTrue(all.contains("'guest' is not a declared value of 'wifi'"), all);
        assertTrue(messages.stream().allMatch(m -> m.startsWith("hall.yaml:")), all);
    }
}
