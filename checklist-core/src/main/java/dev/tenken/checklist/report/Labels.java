package dev.tenken.checklist.report;

import dev.tenken.checklist.Language;
import java.util.Map;

/** Fixed report wording in Japanese and English. */
final class Labels {
    private static final Map<String, String[]> TEXT = Map.ofEntries(
            Map.entry("grade", new String[] {"評価", "Grade"}),
            Map.entry("score", new String[] {"スコア", "Score"}),
            Map.entry("required", new String[] {"必須", "Required"}),
            Map.entry("recommended", new String[] {"推奨", "Recommended"}),
            Map.entry("applicable", new String[] {"対象", "applicable"}),
            Map.entry("met", new String[] {"実施済み", "met"}),
            Map.entry("partial", new String[] {"一部実施", "partial"}),
            Map.entry("unmet", new String[] {"未実施", "unmet"}),
            Map.entry("unanswered", new String[] {"未回答", "unanswered"}),
            Map.entry("not_applicable", new String[] {"該当なし", "not applicable"}),
            Map.entry("categories", new String[] {"分野別スコア", "Scores by category"}),
            Map.entry("findings", new String[] {"対応が必要な項目", "Findings"}),
            Map.entry("no_findings", new String[] {"指摘事項はありません。", "No findings."}),
            Map.entry("remediation", new String[] {"対策", "What to do"}),
            Map.entry("references", new String[] {"参考", "References"}),
            Map.entry("warnings", new String[] {"注意", "Warnings"}),
            Map.entry("organisation", new String[] {"組織", "Organisation"}),
            Map.entry("concern", new String[] {"横断的な指摘", "Cross-item concern"}),
            Map.entry("high", new String[] {"高", "high"}),
            Map.entry("medium", new String[] {"中", "medium"}),
            Map.entry("low", new String[] {"低", "low"}),
            Map.entry("fact_missing", new String[] {
                "プロファイル項目 '%s' が記入されていないため、これを使う条件は成り立たないものとして扱いました",
                "profile fact '%s' is not given; conditions on it were treated as false"}));

    private Labels() {
    }

    static String get(String key, Language language) {
        String[] t = TEXT.get(key);
        if (t == null) {
            throw new IllegalArgumentException("no label '" + key + "'");
        }
        return t[language == Language.JA ? 0 : 1];
    }
}
