package dev.tenken.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.Rank;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.Severity;
import dev.tenken.checklist.TenkenException;
import dev.tenken.checklist.report.AssessmentReport;
import dev.tenken.checklist.report.Finding;
import dev.tenken.engine.TenkenEngine;
import org.junit.jupiter.api.Test;

class SectorChecklistsTest {
    @Test
    void clinicChecklistExtendsAndTailorsTheBuiltIn() throws Exception {
        AssessmentReport r = SectorChecklists.clinic();
        assertEquals("clinic-telework", r.checklistId());
        assertEquals(49, r.items().size(), "47 inherited - 1 excluded + 3 own");
        assertTrue(r.items().stream().noneMatch(i -> i.item().equals("TA-46")), "TA-46 excluded");
        assertEquals(Rank.REQUIRED, r.items().stream().filter(i -> i.item().equals("TA-34")).findFirst().orElseThrow().rank());
        Finding cl02 = r.findings().stream().filter(f -> f.item().orElse("").equals("CL-02")).findFirst().orElseThrow();
        assertEquals(Severity.HIGH, cl02.severity());
        assertTrue(r.hasRequiredShortfall());
    }

    @Test
    void townHallRuleIsRefusedWithoutTrust() {
        TenkenException e = assertThrows(TenkenException.class, () -> TenkenEngine.builder()
                .withBuiltInChecklists()
                .withChecklistFile(SectorChecklists.examples().resolve("trusted-rules/townhall-wifi.yaml"))
                .build());
        assertTrue(e.getMessage().contains("--trust-rules"), e.getMessage());
    }

    @Test
    void trustedTownHallRuleAddsAConcernAndRaisesSeverity() throws Exception {
        TenkenEngine engine = SectorChecklists.townHallEngine();
        AssessmentReport r = engine.assess(SelfAssessment.builder("townhall-wifi")
                .profile("disaster.00000japan", true).answer("WP-12", AnswerStatus.PARTIAL).build());
        Finding concern = r.findings().stream().filter(f -> f.item().isEmpty()
                && f.title().contains("災害時Wi-Fi")).findFirst().orElseThrow();
        assertEquals(Severity.HIGH, concern.severity());
        Finding wp12 = r.findings().stream().filter(f -> f.item().orElse("").equals("WP-12")).findFirst().orElseThrow();
        assertEquals(Severity.HIGH, wp12.severity(), "必須 partial is medium; the trusted rule raised it");
        assertTrue(wp12.rules().stream().anyMatch(x -> x.contains("fake access points spread during disasters")), wp12.rules().toString());
        AssessmentReport calm = engine.assess(SelfAssessment.builder("townhall-wifi")
                .profile("disaster.00000japan", false).answer("WP-12", AnswerStatus.PARTIAL).build());
        assertFalse(calm.findings().stream().anyMatch(f -> f.title().contains("災害時Wi-Fi")));
        assertEquals(r.score(), calm.score(), "rules raise attention, not the score");
    }
}
