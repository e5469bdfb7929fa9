package dev.tenken.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.Answer;
import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.Waiver;
import dev.tenken.checklist.report.AssessmentReport;
import dev.tenken.checklist.report.Wording;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every report format (text, Markdown, CSV, HTML) shows the contract version 2 facts that the
 * JSON report carries, in the report's language (SPEC section 6, last paragraph): date and
 * assessor, warnings before the findings, notes, evidence and waivers (in force or expired),
 * declared not-applicable reasons, assumed items with the facts that would decide them, and
 * answers that were not used.
 */
class ReportFormatsV2Test {
    static final String CHECKLIST = """
            id: depot
            version: "3"
            title: {ja: 倉庫の点検, en: Depot review}
            profile:
              - {key: wifi, type: set, values: [public, home], question: {ja: 無線の利用, en: Wireless use}}
              - {key: mdm, type: boolean, question: {ja: 端末管理の有無, en: Device management}}
            categories:
              - id: net
                title: {ja: 通信の保護, en: Network protection}
                items:
                  - {id: VPN, rank: 推奨, title: {ja: 仮想専用線を使う, en: Use a VPN}, remediation: {ja: 導入する, en: Set one up},
                     applies_when: {fact: wifi, contains: public}}
                  - {id: MDM, rank: 必須, title: {ja: 端末を管理する, en: Manage devices}, remediation: {ja: 管理する, en: Manage them},
                     check: {fact: mdm, eq: true}}
                  - {id: R1, rank: 必須, title: {ja: 鍵をかける, en: Lock the doors}, remediation: {ja: 施錠する, en: Lock them}}
              - id: ops
                title: {ja: 運用, en: Operations}
                items:
                  - {id: R2, rank: 必須, title: {ja: 記録を残す, en: Keep records}, remediation: {ja: 記録する, en: Record it}}
                  - {id: R3, rank: 必須, title: {ja: 訓練する, en: Run drills}, remediation: {ja: 訓練を計画する, en: Plan drills}}
                  - {id: O1, rank: 推奨, title: {ja: 無線を分ける, en: Separate the wireless}, remediation: {ja: 分ける, en: Split it}}
                  - {id: O2, rank: 推奨, title: {ja: 点検表を見直す, en: Review the list}, remediation: {ja: 見直す, en: Review it}}
            """;
    static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    static final String NOTE = "来期に更新予定";
    static final String EVIDENCE = "見積書 2026-10";
    static final String REASON = "代替策 接続元IP制限";
    static final String DECLARED = "倉庫には無線がない";
    static final String EXPIRED_REASON = "仮置きの対策";

    static TenkenEngine engine;

    @BeforeAll
    static void build() throws Exception {
        engine = TenkenEngine.builder().withChecklistText(CHECKLIST, "depot.yaml").build();
    }

    static AssessmentReport report(Language l) throws Exception {
        SelfAssessment a = SelfAssessment.builder("depot").organisation("株式会社テスト").assessedOn(DAY)
                .assessor("name", "山田").assessor("role", "情報システム担当")
                .profile("mdm", false) // wifi is left out: VPN is assumed to apply
                .answer("MDM", AnswerStatus.MET) // overruled by the check
                .answer("R1", new Answer(AnswerStatus.UNMET, Optional.of(NOTE), Optional.of(EVIDENCE),
                        Optional.of(new Waiver(REASON, Optional.of("社長"), LocalDate.of(2027, 3, 31)))))
                .answer("R2", new Answer(AnswerStatus.PARTIAL, Optional.empty(), Optional.empty(),
                        Optional.of(new Waiver(EXPIRED_REASON, Optional.empty(), LocalDate.of(2026, 10, 31)))))
                .answer("R3", AnswerStatus.NOT_APPLICABLE) // bare: counts as unanswered, with a warning
                .answer("O1", new Answer(AnswerStatus.NOT_APPLICABLE, Optional.of(DECLARED), Optional.empty()))
                .answer("O2", AnswerStatus.MET)
                .build();
        return engine.assess(a, l);
    }

    record Format(String name, Function<AssessmentReport, String> write, UnaryOperator<String> esc) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Format> formats() {
        return List.of(new Format("text", AssessmentReport::toText, s -> s),
                new Format("markdown", AssessmentReport::toMarkdown, ReportFormatsV2Test::markdown),
                new Format("csv", AssessmentReport::toCsv, s -> s.replace("\"", "\"\"")),
                new Format("html", AssessmentReport::toHtml, ReportFormatsV2Test::html));
    }

    /**
     * How the writers' escapers (dev.tenken.checklist.text, not exported) show the plain strings of
     * this test: no control characters or leading list markers here, only the characters below.
     */
    static String markdown(String s) {
        String t = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        t = t.replaceAll("([\\\\`*_\\[\\]|~#])", "\\\\$1");
        return t.replaceFirst("^(\\d+)([.)])", "$1\\\\$2"); // "2026.1" alone would start an ordered list
    }

    static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    static List<Arguments> cases() {
        return formats().stream().flatMap(f -> java.util.stream.Stream.of(Language.values()).map(l -> Arguments.of(f, l))).toList();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void showsEveryVersion2Fact(Format f, Language l) throws Exception {
        AssessmentReport r = report(l);
        String out = f.write().apply(r);
        UnaryOperator<String> esc = f.esc();
        String where = f + " " + l + ":\n" + out;
        assertTrue(out.contains("2026-11-20"), "assessment date; " + where);
        assertTrue(out.contains("山田") && out.contains("情報システム担当"), "assessor; " + where);
        assertTrue(out.contains(esc.apply(NOTE)), "note; " + where);
        assertTrue(out.contains(esc.apply(EVIDENCE)), "evidence; " + where);
        assertTrue(out.contains(esc.apply(REASON)) && out.contains("2027-03-31"), "waiver reason and expiry; " + where);
        assertTrue(out.contains(esc.apply(EXPIRED_REASON)) && out.contains("2026-10-31"), "expired waiver; " + where);
        assertTrue(out.contains(Wording.WAIVER_EXPIRED.in(l)), "expired marker; " + where);
        assertTrue(out.contains(Wording.WAIVED.in(l)), "waived marker; " + where);
        assertTrue(out.contains(esc.apply(DECLARED)), "declared reason; " + where);
        assertTrue(out.contains(Wording.ASSUMED_BECAUSE.format(l, "wifi")), "assumed item and its fact; " + where);
        assertTrue(out.contains(esc.apply(r.tenkenVersion())) && out.contains(esc.apply(r.checklistVersion())), "versions; " + where);
        String answer = f.name().equals("csv") ? Wording.MET.in(l) : Wording.ANSWER_FROM_CHECK.format(l, Wording.MET.in(l));
        assertTrue(out.contains(answer), "answer overruled by the check; " + where);
        if (!f.name().equals("csv")) {
            assertTrue(out.contains(Wording.ANSWER_BARE_NOT_APPLICABLE.format(l, Wording.NOT_APPLICABLE.in(l))),
                    "bare not_applicable shown as given; " + where);
        }

        assertFalse(r.warnings().isEmpty(), "the assessment has warnings");
        String firstFinding = esc.apply(r.findings().get(0).title());
        int findingAt = out.indexOf(firstFinding);
        assertTrue(findingAt > 0, "first finding present; " + where);
        for (String w : r.warnings()) {
            int at = out.indexOf(esc.apply(w));
            assertTrue(at >= 0, "warning '" + w + "'; " + where);
            assertTrue(at < findingAt, "warning before the findings: " + w + "; " + where);
        }
    }

    static final List<String> ENGLISH_LABELS = List.of("Findings", "Warnings", "Grade", "Score", "Required", "Recommended",
            "required", "recommended", "met", "unmet", "partial", "unanswered", "not applicable", "applicable", "Note",
            "Evidence", "Waiver", "expired", "in force", "waived", "Assessor", "Assessed on", "What to do", "high", "medium",
            "low", "Item", "Status", "Severity", "Title", "Category", "Rank", "assumed", "reason", "expires", "approved by",
            "yes", "no", "Organisation", "Checklist", "Made with", "References");
    static final List<String> JAPANESE_LABELS = List.of("対応が必要な項目", "注意", "評価", "スコア", "必須", "推奨", "実施済み",
            "一部実施", "未実施", "未回答", "該当なし", "メモ", "証跡", "例外承認", "期限", "有効", "点検日", "点検者", "対策", "重要度",
            "項目", "状況", "内容", "分野", "区分", "理由", "承認者", "組織", "作成ツール", "はい", "いいえ");

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void everyLabelIsInTheReportsLanguage(Format f, Language l) throws Exception {
        String out = f.write().apply(report(l));
        if (f.name().equals("html")) {
            // the words a reader sees: no style sheet, no markup (class names are not words on the page)
            out = out.replaceAll("(?s)<style>.*?</style>", "").replaceAll("<[^>]*>", " ");
        }
        if (l == Language.JA) {
            for (String w : ENGLISH_LABELS) {
                assertFalse(Pattern.compile("(?<![A-Za-z_-])" + Pattern.quote(w) + "(?![A-Za-z_-])").matcher(out).find(),
                        "English word '" + w + "' in the " + f + " ja report:\n" + out);
            }
        } else {
            for (String w : JAPANESE_LABELS) {
                // the data itself is Japanese here (assessor, notes), so look only outside it
                String outside = out.replace("山田", "").replace("情報システム担当", "").replace("株式会社テスト", "")
                        .replace(NOTE, "").replace(EVIDENCE, "").replace(REASON, "").replace(DECLARED, "")
                        .replace(EXPIRED_REASON, "").replace("社長", "");
                assertFalse(outside.contains(w), "Japanese word '" + w + "' in the " + f + " en report:\n" + out);
            }
        }
    }
}
