package dev.tenken.checklist.report;

/**
 * Writes item results as CSV (RFC 4180), UTF-8 with a byte-order mark so that Excel in Japan
 * opens it with the right encoding.
 */
final class ReportCsv {
    private ReportCsv() {
    }

    static String write(AssessmentReport r) {
        StringBuilder b = new StringBuilder("\uFEFF");
        b.append("item,category,rank,status,applicable,severity,title,remediation\r\n");
        java.util.Map<String, Finding> findings = new java.util.HashMap<>();
        r.findings().forEach(f -> f.item().ifPresent(id -> findings.put(id, f)));
        for (ItemResult i : r.items()) {
            Finding f = findings.get(i.item());
            b.append(field(i.item())).append(',').append(field(i.category())).append(',').append(field(i.rank().label())).append(',').append(i.status().key())
                    .append(',').append(i.applicable()).append(',').append(f == null ? "" : f.severity().key()).append(',')
                    .append(field(i.title())).append(',').append(field(f == null ? "" : f.remediation())).append("\r\n");
        }
        return b.toString();
    }

    /** One field, through the one CSV escaper ({@link dev.tenken.checklist.text.CsvText}). */
    static String field(String s) {
        return dev.tenken.checklist.text.CsvText.field(s);
    }
}
