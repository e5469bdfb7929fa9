package dev.tenken.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.Severity;
import dev.tenken.checklist.report.AssessmentReport;
import dev.tenken.checklist.report.Grade;
import dev.tenken.checklist.report.ItemStatus;
import org.junit.jupiter.api.Test;

class AssessInCodeTest {
    @Test
    void exampleGradesTheCloudOnlyShop() throws Exception {
        AssessmentReport r = AssessInCode.run();
        // most required items are unanswered, so the organisation cannot get past E
        assertEquals(Grade.E, r.grade());
        // a cloud-only shop is not asked about VPN gateways
        assertEquals(ItemStatus.NOT_APPLICABLE, r.items().stream().filter(i -> i.item().equals("TA-10")).findFirst().orElseThrow().status());
        // public Wi-Fi with TA-27 unmet raises the cross-item concern
        assertTrue(r.findings().stream().anyMatch(f -> f.item().isEmpty() && f.severity() == Severity.HIGH));
        // TA-02 is decided by the profile (admin.present: true)
        assertEquals(ItemStatus.MET, r.items().stream().filter(i -> i.item().equals("TA-02")).findFirst().orElseThrow().status());
    }
}
