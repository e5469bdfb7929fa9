package dev.tenken.checklist;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** YAML that breaks because text needed quotes says so. */
class QuotingHintsTest {
    private static final String HEAD = "id: q\nversion: \"1\"\ntitle: {ja: q, en: q}\ncategories:\n  - id: c\n    title: {ja: c, en: c}\n"
            + "    items:\n      - id: I-1\n        rank: 必須\n        title: {ja: t, en: t}\n";

    private static String problems(String yaml) {
        TenkenException e = assertThrows(TenkenException.class, () -> ChecklistLibrary.builder().addText(yaml, "q.yaml").build());
        return e.problems().toString();
    }

    @Test
    void aCommaInsideAFlowMappingSaysToQuoteTheText() {
        String p = problems(HEAD + "        remediation: {ja: 毎日確認する, en: Check it daily, even part-time.}\n");
        assertTrue(p.contains("q.yaml:11:") && p.contains("unknown key 'even part-time.' in remediation: if it is part of the text"
                + " before it, put that text in quotes"), p);
    }

    @Test
    void aSyntaxErrorFromUnquotedTextSaysToQuoteIt() {
        String p = problems(HEAD + "        remediation: {ja: 確認する, en: What: now? [x]}\n");
        assertTrue(p.contains("syntax error") && p.contains("put the text in quotes"), p);
    }
}
