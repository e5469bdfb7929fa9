package dev.tenken.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.Language;
import dev.tenken.checklist.SelfAssessment;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Untrusted workbooks: each is refused with one plain problem, never an exception, and never
 * by unpacking or keeping what it claims. (How long each takes is measured by
 * scripts/excel-hostile-timing.sh, not asserted here.)
 */
class HostileFilesTest {
    private static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String SHEET_END = "</sheetData></worksheet>";

    private static String only(SelfAssessment.Reading r) {
        assertTrue(r.assessment().isEmpty() || !r.problems().isEmpty(), "expected a problem");
        assertEquals(1, r.problems().size(), r.problems().toString());
        String m = r.problems().get(0).toString();
        assertTrue(!m.contains("Exception") && !m.contains("\tat "), m);
        return m;
    }

    @Test
    void refusesTextThatIsNotAZip() {
        String m = only(Workbooks.read("checklist: telework\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(m.startsWith("answers.xlsx: this is not an Excel workbook (.xlsx)"), m);
    }

    @Test
    void refusesAnEmptyFile() {
        assertTrue(only(Workbooks.read(new byte[0])).contains("not an Excel workbook"));
    }

    @Test
    void namesAnOldXlsFile() {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertTrue(only(Workbooks.read(ole)).contains("save it as an Excel workbook (.xlsx)"));
    }

    @Test
    void refusesATruncatedWorkbook() {
        byte[] t = Workbooks.template(Language.JA);
        byte[] cut = java.util.Arrays.copyOf(t, t.length / 2);
        String m = only(Workbooks.read(cut));
        assertTrue(m.contains("not a readable") || m.contains("cannot read"), m);
    }

    @Test
    void refusesAZipBombAfterBoundedWork() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 1024; i++) { // 1 GiB of zeros, about 1 MB packed
                z.write(zeros);
            }
            z.closeEntry();
        }
        assertTrue(bytes.size() < 2 * 1024 * 1024, "the bomb is small: " + bytes.size());
        String m = only(Workbooks.read(bytes.toByteArray()));
        assertTrue(m.contains("unpacks to more than 20 MB"), m);
    }

    @Test
    void refusesAMillionRows() {
        byte[] wb = Workbooks.replace(Workbooks.template(Language.JA), Workbooks.ANSWERS_PART, out -> {
            out.write(SHEET_START.getBytes(StandardCharsets.UTF_8));
            for (int i = 1; i <= 1_000_000; i++) {
                out.write(("<row r=\"" + i + "\"><c r=\"A" + i + "\"><v>1</v></c></row>").getBytes(StandardCharsets.UTF_8));
            }
            out.write(SHEET_END.getBytes(StandardCharsets.UTF_8));
        });
        String m = only(Workbooks.read(wb));
        assertTrue(m.contains("unpacks to more than"), m);
    }

    @Test
    void refusesMoreRowsThanTheLimitWithinTheZipLimits() {
        byte[] wb = Workbooks.replace(Workbooks.template(Language.JA), Workbooks.ANSWERS_PART, out -> {
            out.write(SHEET_START.getBytes(StandardCharsets.UTF_8));
            for (int i = 1; i <= 20_000; i++) {
                out.write(("<row r=\"" + i + "\"/>").getBytes(StandardCharsets.UTF_8));
            }
            out.write(SHEET_END.getBytes(StandardCharsets.UTF_8));
        });
        String m = only(Workbooks.read(wb));
        assertTrue(m.contains("more than 10000 rows"), m);
    }

    @Test
    void refusesAHugeSharedString() {
        byte[] t = Workbooks.template(Language.JA);
        String sst = Workbooks.entry(t, Workbooks.STRINGS_PART);
        byte[] wb = Workbooks.replace(t, Workbooks.STRINGS_PART, out -> {
            out.write(sst.substring(0, sst.lastIndexOf("</sst>")).getBytes(StandardCharsets.UTF_8));
            out.write("<si><t>".getBytes(StandardCharsets.UTF_8));
            java.util.Random r = new java.util.Random(7);
            byte[] chunk = new byte[1 << 16];
            for (int i = 0; i < 160; i++) { // 10 million random letters: packs too poorly to be a zip bomb
                for (int k = 0; k < chunk.length; k++) {
                    chunk[k] = (byte) ('a' + r.nextInt(26));
                }
                out.write(chunk);
            }
            out.write("</t></si></sst>".getBytes(StandardCharsets.UTF_8));
        });
        String m = only(Workbooks.read(wb));
        assertTrue(m.contains("longer than 8388608 characters"), m);
    }

    @Test
    void refusesAPartThatPacksTooWell() {
        byte[] t = Workbooks.template(Language.JA);
        String sst = Workbooks.entry(t, Workbooks.STRINGS_PART);
        byte[] wb = Workbooks.replace(t, Workbooks.STRINGS_PART, out -> {
            out.write(sst.substring(0, sst.lastIndexOf("</sst>")).getBytes(StandardCharsets.UTF_8));
            out.write(("<si><t>" + "A".repeat(5_000_000) + "</t></si></sst>").getBytes(StandardCharsets.UTF_8));
        });
        String m = only(Workbooks.read(wb));
        assertTrue(m.contains("times its packed size"), m);
    }

    @Test
    void neverReadsAnExternalEntity() {
        byte[] wb = Workbooks.replace(Workbooks.template(Language.JA), Workbooks.ANSWERS_PART, out ->
                out.write(("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&x;</t></is></c></row>" + SHEET_END)
                        .getBytes(StandardCharsets.UTF_8)));
        String m = only(Workbooks.read(wb));
        assertEquals("answers.xlsx!回答: cannot read this sheet: its XML declares a DOCTYPE, which is refused (it could make"
                + " the reader load other files); save the workbook again from Excel or LibreOffice", m);
    }

    /** The template with one more entry named {@code name}, as a hostile tool could pack it. */
    static byte[] withEntry(String name) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(
                Workbooks.template(Language.JA))); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(name));
            out.write('x');
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"../../evil.txt", "xl/../../evil.txt", "/etc/evil.txt",
        "xl\\..\\evil.txt", "C:/evil.txt", "xl/evil\u0000.txt", "xl/worksheets/.."})
    void refusesAPartNamedOutsideTheWorkbook(String entry) throws Exception {
        String m = only(Workbooks.read(withEntry(entry)));
        assertTrue(m.startsWith("answers.xlsx: cannot read this workbook: its part '") && m.contains("points outside the workbook"), m);
        assertTrue(!m.contains("\u0000"), "no NUL in the message: " + m);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"_rels/.rels", "[Content_Types].xml", "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels"})
    void refusesABrokenPackagePartBeforePoiParsesIt(String part) {
        byte[] t = Workbooks.template(Language.JA);
        String xml = Workbooks.entry(t, part);
        String broken = xml.replaceFirst("=\"", "=");
        assertTrue(!broken.equals(xml), part);
        String m = only(Workbooks.read(Workbooks.replace(t, part, out -> out.write(broken.getBytes(StandardCharsets.UTF_8)))));
        assertEquals("answers.xlsx: cannot read this workbook: its part '" + part + "' cannot be read: its XML is broken;"
                + " save the workbook again from Excel or LibreOffice", m);
        String dtd = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + xml.substring(xml.indexOf('<', xml.startsWith("<?xml") ? 1 : 0));
        m = only(Workbooks.read(Workbooks.replace(t, part, out -> out.write(dtd.getBytes(StandardCharsets.UTF_8)))));
        assertTrue(m.contains("its part '" + part + "' cannot be read: its XML declares a DOCTYPE"), m);
    }

    @Test
    void stillReadsPartNamesThatOnlyLookOdd() throws Exception {
        SelfAssessment.Reading r = Workbooks.read(withEntry("xl/..evil../a..b.txt"));
        assertTrue(r.problems().stream().noneMatch(p -> p.toString().contains("points outside")), r.problems().toString());
    }

    @Test
    void refusesAFileOverTheSizeLimitWithoutReadingIt() {
        byte[] big = new byte[(int) Limits.MAX_FILE_BYTES + 10];
        big[0] = 'P';
        big[1] = 'K';
        big[2] = 3;
        big[3] = 4;
        String m = only(ExcelAnswers.read(new ByteArrayInputStream(big), "big.xlsx", Workbooks.engine()::checklist));
        assertTrue(m.contains("larger than 10 MB"), m);
    }
}
