package dev.tenken.checklist.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A diff shows the dates of both reports and the waivers that were added, expired or removed. */
class ReportDiffWaiversTest {
    private static String report(String date, String language, String... items) {
        StringBuilder b = new StringBuilder("{\"checklist\":{\"id\":\"c\",\"version\":\"1\",\"title\":\"T\"},\"assessed_on\":\"")
                .append(date).append("\",\"language\":\"").append(language)
                .append("\",\"grade\":\"C\",\"score\":70,\"summary\":{\"required\":{\"score\":0.5},\"recommended\":{\"score\":0.5}},\"items\":[");
        for (int i = 0; i < items.length; i++) {
            String[] p = items[i].split(":");
            b.append(i > 0 ? "," : "").append("{\"item\":\"").append(p[0]).append("\",\"rank\":\"必須\",\"status\":\"unmet\",")
                    .append("\"applicable\":true,\"title\":\"title of ").append(p[0]).append('"');
            if (p.length > 1) {
                b.append(",\"waiver\":{\"reason\":\"r\",\"expires\":\"").append(p[1]).append("\",\"expired\":").append(p[2]).append('}');
            }
            b.append('}');
        }
        return b.append("]}").toString();
    }

    private static ReportDiff diff(String before, String after) throws Exception {
        return ReportDiff.compare(before.getBytes(StandardCharsets.UTF_8), "before.json", after.getBytes(StandardCharsets.UTF_8),
                "after.json");
    }

    @Test
    void waiversAddedExpiredAndRemovedAreListedWithTheirDates() throws Exception {
        ReportDiff d = diff(report("2026-10-01", "en", "A-1", "A-2:2026-12-31:false", "A-3:2026-12-31:false", "A-4:2027-01-31:false"),
                report("2027-01-15", "en", "A-1:2027-03-31:false", "A-2:2026-12-31:true", "A-3", "A-4:2027-01-31:false"));
        assertEquals(List.of(
                new WaiverChange("A-1", "title of A-1", WaiverChange.Kind.ADDED, Optional.of(LocalDate.of(2027, 3, 31))),
                new WaiverChange("A-2", "title of A-2", WaiverChange.Kind.EXPIRED, Optional.of(LocalDate.of(2026, 12, 31))),
                new WaiverChange("A-3", "title of A-3", WaiverChange.Kind.REMOVED, Optional.of(LocalDate.of(2026, 12, 31)))),
                d.waivers());
        assertEquals(Optional.of(LocalDate.of(2026, 10, 1)), d.before().assessedOn());
        String text = d.toText();
        assertTrue(text.contains("before 2026-10-01 → after 2027-01-15"), text);
        assertTrue(text.contains("Waivers (3)\n  A-1  added (until 2027-03-31)  title of A-1\n  A-2  expired (until 2026-12-31)"), text);
        assertTrue(d.toMarkdown().contains("| A-3 | removed (until 2026-12-31) | title of A-3 |"), d.toMarkdown());
        assertTrue(d.toJson().contains("\"kind\": \"expired\""), d.toJson());
        assertTrue(d.toJson().contains("\"assessed_on\": \"2027-01-15\""), d.toJson());
    }

    @Test
    void japaneseDiffsNameTheDatesAndWaiversInJapanese() throws Exception {
        ReportDiff d = diff(report("2026-10-01", "ja", "A-1"), report("2026-11-24", "ja", "A-1:2027-03-31:false"));
        String text = d.toText();
        assertTrue(text.contains("前回 2026-10-01 → 今回 2026-11-24"), text);
        assertTrue(text.contains("例外承認（waiver）の変化 (1)\n  A-1  追加 (期限 2027-03-31)"), text);
    }

    @Test
    void reportsWithoutDatesSaySo() throws Exception {
        ReportDiff d = diff(ReportDiffTest.report("c", "B", 80, "A-1:r:met"), ReportDiffTest.report("c", "B", 80, "A-1:r:met"));
        assertTrue(d.toText().contains("before no date → after no date"), d.toText());
        assertTrue(d.waivers().isEmpty());
    }
}
