package dev.tenken.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.Answer;
import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.Waiver;
import dev.tenken.checklist.report.Applicability;
import dev.tenken.checklist.report.ItemResult;
import dev.tenken.checklist.report.StatusSource;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.Severity;
import dev.tenken.checklist.TenkenException;
import dev.tenken.checklist.report.AssessmentReport;
import dev.tenken.checklist.report.Finding;
import dev.tenken.checklist.report.ItemStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTest {
    static final String CHECKLIST = """
            id: shop
            version: "1"
            title: {ja: 店舗, en: Shop}
            profile:
              - {key: wifi, type: set, values: [public, home], question: {ja: q, en: q}}
              - {key: mdm, type: boolean, question: {ja: q, en: q}}
              - {key: staff, type: number, question: {ja: q, en: q}}
              - {key: owner, type: enum, values: [company, byod], question: {ja: q, en: q}}
            concerns:
              - id: public-wifi-no-vpn
                when: {fact: wifi, contains: public}
                items_not_met: [VPN]
                severity: high
                title: {ja: 公衆Wi-Fiで保護なし, en: Public Wi-Fi unprotected}
                remediation: {ja: VPNを使う, en: Use the VPN}
            categories:
              - id: net
                title: {ja: 通信, en: Network}
                items:
                  - {id: VPN, rank: 推奨, title: {ja: VPN, en: VPN}, remediation: {ja: VPN, en: Use a VPN},
                     applies_when: {fact: wifi, contains: public}}
                  - {id: MDM, rank: 必須, title: {ja: MDM, en: MDM}, remediation: {ja: 管理, en: Manage},
                     check: {fact: mdm, eq: true}}
                  - {id: BIG, rank: 推奨, title: {ja: 大, en: Big}, remediation: {ja: r, en: r},
                     applies_when: {fact: staff, gte: 50}}
                  - {id: R1, rank: 必須, title: {ja: r1, en: r1}, remediation: {ja: r, en: r}}
                  - {id: R2, rank: 必須, title: {ja: r2, en: r2}, remediation: {ja: r, en: r}}
                  - {id: O1, rank: 推奨, title: {ja: o1, en: o1}, remediation: {ja: r, en: r}}
            """;
    static TenkenEngine engine;

    @BeforeAll
    static void build() throws Exception {
        engine = TenkenEngine.builder().withChecklistText(CHECKLIST, "shop.yaml").build();
    }

    private static AssessmentReport assess(SelfAssessment.Builder b) throws TenkenException {
        return engine.assess(b.build(), Language.EN);
    }

    private static ItemStatus status(AssessmentReport r, String id) {
        return r.items().stream().filter(i -> i.item().equals(id)).findFirst().orElseThrow().status();
    }

    private static Finding finding(AssessmentReport r, String id) {
        return r.findings().stream().filter(f -> f.item().orElse("").equals(id)).findFirst().orElseThrow();
    }

    @Test
    void appliesWhenFalseMakesTheItemNotApplicable() throws Exception {
        AssessmentReport r = assess(SelfAssessment.builder("shop").profile("wifi", Set.of("home")).profile("staff", 10)
                .answer("VPN", AnswerStatus.UNMET));
        assertEquals(ItemStatus.NOT_APPLICABLE, status(r, "VPN"));
        assertEquals(ItemStatus.NOT_APPLICABLE, status(r, "BIG"));
        assertEquals(2, r.summary().notApplicable());
    }

    @Test
    void checkDecidesAndIgnoresTheAnswer() throws Exception {
        assertEquals(ItemStatus.MET, status(assess(SelfAssessment.builder("shop").profile("mdm", true)
                .answer("MDM", AnswerStatus.UNMET)), "MDM"));
        AssessmentReport r = assess(SelfAssessment.builder("shop").profile("mdm", false).answer("MDM", AnswerStatus.MET));
        assertEquals(ItemStatus.UNMET, status(r, "MDM"));
        assertTrue(finding(r, "MDM").rules().contains("status: decided by check"));
    }

    @Test
    void checkFallsBackToTheAnswerWhenItsFactIsMissing() throws Exception {
        AssessmentReport r = assess(SelfAssessment.builder("shop").answer("MDM", AnswerStatus.PARTIAL));
        assertEquals(ItemStatus.PARTIAL, status(r, "MDM"));
        assertEquals(StatusSource.ANSWER, item(r, "MDM").statusFrom());
        assertTrue(r.missingFacts().contains("mdm"), r.missingFacts().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("(mdm)") && w.contains("judged from the answers")),
                r.warnings().toString());
    }

    @Test
    void aMissingFactLeavesItsItemsApplyingAndSaysWhichQuestionDecidesThem() throws Exception {
        // contract version 2: unknown is not false
        AssessmentReport r = assess(SelfAssessment.builder("shop"));
        assertEquals(ItemStatus.UNANSWERED, status(r, "BIG"), "staff >= 50 is unknown when staff is not given");
        assertEquals(Applicability.ASSUMED, item(r, "BIG").applicability());
        assertEquals(List.of("staff"), item(r, "BIG").missingFacts());
        assertEquals(Applicability.ASSUMED, item(r, "VPN").applicability());
        assertEquals(List.of("mdm", "staff", "wifi"), r.missingFacts());
        assertEquals(2, r.summary().assumed());
        // the concern on public Wi-Fi could not be checked, and says so
        assertTrue(r.findings().stream().noneMatch(f -> f.item().isEmpty()));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("Public Wi-Fi unprotected")), r.warnings().toString());
        AssessmentReport ja = engine.assess(SelfAssessment.builder("shop").build(), Language.JA);
        assertTrue(ja.warnings().get(0).startsWith("プロファイルの『q』（wifi）が未回答のため、1 項目を該当として扱いました"),
                ja.warnings().get(0));
    }

    @Test
    void anyWithOneTruePartIsTrueWhateverTheOtherFacts() throws Exception {
        TenkenEngine e = TenkenEngine.builder().withChecklistText(CHECKLIST.replace(
                "applies_when: {fact: staff, gte: 50}}",
                "applies_when: {any: [{fact: staff, gte: 50}, {fact: mdm, eq: true}]}}"), "shop.yaml").build();
        AssessmentReport r = e.assess(SelfAssessment.builder("shop").profile("mdm", true).build(), Language.EN);
        assertEquals(Applicability.APPLIES, item(r, "BIG").applicability());
        AssessmentReport f = e.assess(SelfAssessment.builder("shop").profile("mdm", false).profile("staff", 3).build(),
                Language.EN);
        assertEquals(Applicability.EXCLUDED, item(f, "BIG").applicability());
    }

    @Test
    void unknownAnswerIsUnansweredAndNotApplicableNeedsAReason() throws Exception {
        AssessmentReport r = assess(SelfAssessment.builder("shop").answer("R1", AnswerStatus.UNKNOWN)
                .answer("R2", AnswerStatus.NOT_APPLICABLE)
                .answer("O1", new Answer(AnswerStatus.NOT_APPLICABLE, Optional.of("no such system"), Optional.empty())));
        assertEquals(ItemStatus.UNANSWERED, status(r, "R1"));
        assertEquals(ItemStatus.UNANSWERED, status(r, "R2"), "a bare not_applicable stays applicable");
        assertEquals(Optional.of(AnswerStatus.NOT_APPLICABLE), item(r, "R2").answer());
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("R2 (r2) is answered not_applicable without a reason")),
                r.warnings().toString());
        assertEquals(ItemStatus.NOT_APPLICABLE, status(r, "O1"));
        assertEquals(Applicability.DECLARED, item(r, "O1").applicability());
        assertEquals(Optional.of("no such system"), item(r, "O1").note());
        assertEquals(1, r.summary().declaredNotApplicable());
    }

    @Test
    void answersTheProfileOverrulesAreKeptAndNamed() throws Exception {
        AssessmentReport r = assess(SelfAssessment.builder("shop").profile("mdm", false).profile("wifi", Set.of("home"))
                .answer("MDM", AnswerStatus.MET).answer("VPN", AnswerStatus.PARTIAL));
        assertEquals(Optional.of(AnswerStatus.MET), item(r, "MDM").answer());
        assertEquals(StatusSource.CHECK, item(r, "MDM").statusFrom());
        assertEquals(Optional.of(AnswerStatus.PARTIAL), item(r, "VPN").answer());
        assertEquals(Applicability.EXCLUDED, item(r, "VPN").applicability());
        assertTrue(r.warnings().contains("MDM is decided by the profile as unmet, so the answer “met” was not used"),
                r.warnings().toString());
        assertTrue(r.warnings().contains("VPN does not apply to this profile, so its answer “partial” was not graded"),
                r.warnings().toString());
    }

    @Test
    void aWaiverMarksTheFindingAndClearsTheGateUntilItExpires() throws Exception {
        LocalDate day = LocalDate.of(2026, 11, 24);
        Answer waived = new Answer(AnswerStatus.UNMET, Optional.empty(), Optional.empty(),
                Optional.of(new Waiver("代替策: 接続元IP制限", Optional.of("社長"), day)));
        SelfAssessment.Builder b = SelfAssessment.builder("shop").assessedOn(day).profile("mdm", true)
                .profile("wifi", Set.of("home")).profile("staff", 3)
                .answer("R1", AnswerStatus.MET).answer("R2", waived).answer("O1", AnswerStatus.MET);
        AssessmentReport valid = assess(b);
        assertTrue(finding(valid, "R2").waived());
        assertEquals(Severity.HIGH, finding(valid, "R2").severity(), "a waiver keeps the severity");
        assertFalse(valid.hasRequiredShortfall(), "a valid waiver clears the gate");
        assertEquals(1, valid.summary().waived());
        AssessmentReport expired = assess(b.assessedOn(day.plusDays(1)));
        assertFalse(finding(expired, "R2").waived());
        assertTrue(finding(expired, "R2").waiver().orElseThrow().expired());
        assertTrue(expired.hasRequiredShortfall(), "an expired waiver counts again");
        assertEquals(1, expired.summary().expiredWaivers());
        assertEquals(valid.score(), expired.score());
        assertTrue(expired.warnings().stream().anyMatch(w -> w.contains("expired on 2026-11-24")), expired.warnings().toString());
        AssessmentReport onMet = assess(b.assessedOn(day).answer("R1", new Answer(AnswerStatus.MET, Optional.empty(),
                Optional.empty(), waived.waiver())));
        assertTrue(onMet.warnings().contains("R1 is not a finding, so its waiver has no effect"), onMet.warnings().toString());
    }

    private static ItemResult item(AssessmentReport r, String id) {
        return r.items().stream().filter(i -> i.item().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void severityFollowsRankAndStatus() throws Exception {
        AssessmentReport r = assess(SelfAssessment.builder("shop").profile("mdm", true).answer("R1", AnswerStatus.PARTIAL)
                .answer("O1", AnswerStatus.UNMET));
        assertEquals(Severity.HIGH, finding(r, "R2").severity(), "必須 unanswered");
        assertEquals(Severity.MEDIUM, finding(r, "R1").severity(), "必須 partial");
        assertEquals(Severity.MEDIUM, finding(r, "O1").severity(), "推奨 unmet");
        AssessmentReport low = assess(SelfAssessment.builder("shop").answer("O1", AnswerStatus.PARTIAL));
        assertEquals(Severity.LOW, finding(low, "O1").severity(), "推奨 partial");
        // ordered by severity, then checklist order
        List<Severity> order = r.findings().stream().map(Finding::severity).toList();
        List<Severity> sorted = new ArrayList<>(order);
        sorted.sort(null);
        assertEquals(sorted, order);
    }

    @Test
    void aConcernAddsAFindingAndRaisesTheItemsSeveritySayingWhy() throws Exception {
        AssessmentReport r = assess(SelfAssessment.builder("shop").profile("wifi", Set.of("public"))
                .answer("VPN", AnswerStatus.UNMET));
        Finding vpn = finding(r, "VPN");
        assertEquals(Severity.HIGH, vpn.severity(), "推奨 unmet is medium, raised to high");
        assertTrue(vpn.rules().stream().anyMatch(x -> x.contains("raised to high because Public Wi-Fi unprotected")), vpn.rules().toString());
        Finding concern = r.findings().stream().filter(f -> f.item().isEmpty()).findFirst().orElseThrow();
        assertEquals("Public Wi-Fi unprotected", concern.title());
        assertEquals("Use the VPN", concern.remediation());
        assertTrue(concern.rank().isEmpty() && concern.status().isEmpty());
        // met VPN: no concern, and grade/score are the same whether or not a concern fired
        AssessmentReport ok = assess(SelfAssessment.builder("shop").profile("wifi", Set.of("public")).answer("VPN", AnswerStatus.MET));
        assertTrue(ok.findings().stream().allMatch(f -> f.item().isPresent()));
    }

    @Test
    void concernsRaiseAttentionNotTheGrade() throws Exception {
        SelfAssessment.Builder b = SelfAssessment.builder("shop").profile("wifi", Set.of("public")).answer("VPN", AnswerStatus.UNMET);
        AssessmentReport withConcern = assess(b);
        AssessmentReport without = engine.assess(SelfAssessment.builder("shop").profile("wifi", Set.of("public"))
                .profile("staff", 1).answer("VPN", AnswerStatus.UNMET).build(), Language.EN);
        assertEquals(withConcern.score(), without.score());
        assertEquals(withConcern.grade(), without.grade());
    }

    @Test
    void assessmentProblemsAreAllReportedNamingTheKey() {
        SelfAssessment bad = SelfAssessment.builder("shop").profile("wfi", Set.of("public")).profile("owner", "private")
                .profile("staff", "many").answer("NOPE", AnswerStatus.MET).build();
        TenkenException e = assertThrows(TenkenException.class, () -> engine.assess(bad));
        assertEquals(4, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("profile key 'wfi' is not declared by checklist 'shop' (did you mean 'wifi'?)"));
        assertTrue(e.getMessage().contains("'private' is not a value of profile.owner"));
        assertTrue(e.getMessage().contains("profile.staff must be a number"));
        assertTrue(e.getMessage().contains("item 'NOPE': checklist 'shop' has no item 'NOPE'"));
    }

    @Test
    void anUnknownChecklistIsAnErrorNamingIt() {
        TenkenException e = assertThrows(TenkenException.class, () -> engine.assess(SelfAssessment.builder("shp").build()));
        assertTrue(e.getMessage().contains("unknown checklist 'shp'; known: shop (did you mean 'shop'?)"), e.getMessage());
    }

    @Test
    void answersFileProblemsAndChecklistProblemsComeTogether(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.yaml");
        Files.writeString(f, "checklist: shop\nprofile:\n  wfi: [public]\nanswers:\n  R1: 必要\n  R9: met\n");
        TenkenException e = assertThrows(TenkenException.class, () -> engine.assess(f, Language.EN));
        assertEquals(3, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains(f + ":5:7: item 'R1': unknown status '必要'"), e.getMessage());
        assertTrue(e.getMessage().contains(f + ":3:3: profile key 'wfi'"), e.getMessage());
        assertTrue(e.getMessage().contains(f + ":6:3: item 'R9'"), e.getMessage());
    }

    @Test
    void hostileStringsCompareLiterallyAndNeverRunAsCode() throws Exception {
        String evil = "\"); System.exit(3); (\"";
        String checklist = """
                id: evil
                version: "1"
                title: {ja: t, en: t}
                profile:
                  - {key: s, type: string, question: {ja: q, en: q}}
                  - {key: e, type: enum, values: ['%1$s', "${jndi:ldap://x}", "#{1+1}"], question: {ja: q, en: q}}
                categories:
                  - id: c
                    title: {ja: t, en: t}
                    items:
                      - {id: A, rank: 必須, title: {ja: t, en: t}, remediation: {ja: r, en: r}, check: {fact: s, eq: '%1$s'}}
                      - {id: B, rank: 必須, title: {ja: t, en: t}, remediation: {ja: r, en: r}, check: {fact: e, in: ['%1$s']}}
                      - {id: C, rank: 必須, title: {ja: t, en: t}, remediation: {ja: r, en: r}, check: {fact: s, ne: "#{1+1}"}}
                """.formatted(evil.replace("'", "''"));
        TenkenEngine e = TenkenEngine.builder().withChecklistText(checklist, "evil.yaml").build();
        AssessmentReport hit = e.assess(SelfAssessment.builder("evil").profile("s", evil).profile("e", evil).build());
        assertEquals(List.of(ItemStatus.MET, ItemStatus.MET, ItemStatus.MET), hit.items().stream().map(i -> i.status()).toList());
        AssessmentReport miss = e.assess(SelfAssessment.builder("evil").profile("s", "#{1+1}").profile("e", "#{1+1}").build());
        assertEquals(List.of(ItemStatus.UNMET, ItemStatus.UNMET, ItemStatus.UNMET), miss.items().stream().map(i -> i.status()).toList());
    }

    @Test
    void ruleFilesAreRefusedWithoutTrust(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("extra.drl"), "package x;\nrule \"r\" when then System.setProperty(\"tenken.pwned\", \"yes\"); end\n");
        Files.writeString(dir.resolve("c.yaml"), CHECKLIST.replace("id: shop", "id: ruled") + "rules: [extra.drl]\n");
        TenkenException e = assertThrows(TenkenException.class,
                () -> TenkenEngine.builder().withChecklistDirectory(dir).build());
        assertEquals(TenkenException.Phase.RULES, e.phase());
        assertTrue(e.getMessage().contains("--trust-rules"), e.getMessage());
        assertEquals(null, System.getProperty("tenken.pwned"));
    }

    @Test
    void trustedRuleErrorsComeBackWithFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.drl"), "package x;\n\nrule \"r\"\nwhen\n  NoSuchType()\nthen\nend\n");
        Files.writeString(dir.resolve("c.yaml"), CHECKLIST.replace("id: shop", "id: ruled") + "rules: [broken.drl]\n");
        TenkenException e = assertThrows(TenkenException.class,
                () -> TenkenEngine.builder().withChecklistDirectory(dir).trustRules(true).build());
        assertEquals(TenkenException.Phase.RULES, e.phase());
        assertTrue(e.problems().get(0).source().endsWith("broken.drl"), e.getMessage());
        assertEquals(5, e.problems().get(0).line(), e.getMessage());
    }

    @Test
    void compiledOnFirstUseEachChecklistCompilesAloneAndOnlyWhenAssessed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.drl"), "package x;\n\nrule \"r\"\nwhen\n  NoSuchType()\nthen\nend\n");
        Files.writeString(dir.resolve("c.yaml"), CHECKLIST.replace("id: shop", "id: ruled") + "rules: [broken.drl]\n");
        Files.writeString(dir.resolve("ok.yaml"), CHECKLIST);
        // the broken rule file does not stop the build, nor the other checklist
        TenkenEngine lazy = TenkenEngine.builder().withChecklistDirectory(dir).trustRules(true).compileOnFirstUse().build();
        SelfAssessment shop = SelfAssessment.builder("shop").answer("R1", AnswerStatus.MET).build();
        assertEquals(engine.assess(shop).toJson(), lazy.assess(shop).toJson(), "same report as an eagerly compiled engine");
        TenkenException e = assertThrows(TenkenException.class, () -> lazy.assess(SelfAssessment.builder("ruled").build()));
        assertEquals(TenkenException.Phase.RULES, e.phase());
        assertEquals(5, e.problems().get(0).line(), e.getMessage());
        // compiled once: the second attempt fails the same way, the good checklist keeps working
        assertThrows(TenkenException.class, () -> lazy.assess(SelfAssessment.builder("ruled").build()));
        assertEquals(ItemStatus.MET, lazy.assess(shop).items().get(3).status());
    }

    @Test
    void oneEngineSharedByEightThreadsGivesTheSameReportsAsOne() throws Exception {
        List<SelfAssessment> inputs = new ArrayList<>();
        Random r = new Random(42);
        var checklist = engine.checklist("shop").orElseThrow();
        for (int i = 0; i < 2000; i++) {
            inputs.add(RandomInputs.assessment(r, checklist));
        }
        List<String> expected = new ArrayList<>();
        for (SelfAssessment a : inputs) {
            expected.add(engine.assess(a).toJsonLine());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (SelfAssessment a : inputs) {
                futures.add(pool.submit(() -> engine.assess(a).toJsonLine()));
            }
            for (int i = 0; i < inputs.size(); i++) {
                assertEquals(expected.get(i), futures.get(i).get(), "assessment " + i);
            }
        } finally {
            pool.shutdownNow();
        }
        assertFalse(expected.isEmpty());
    }
}
