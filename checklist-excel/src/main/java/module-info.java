/**
 * Tenken's Excel workbooks: an answers template as an {@code .xlsx} workbook, and a filled
 * workbook read back into the same {@link dev.tenken.checklist.SelfAssessment} the YAML reader
 * makes, with every problem located as {@code file!sheet!cell}.
 *
 * <p>Exported: {@code dev.tenken.excel} ({@link dev.tenken.excel.ExcelAnswers}); everything
 * else in it is package-private. Built on Apache POI; no POI type appears in the API.
 */
module dev.tenken.excel {
    requires transitive dev.tenken.checklist;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires java.xml;

    exports dev.tenken.excel;
}
