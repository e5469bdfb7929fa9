package dev.tenken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Excel round trip through the command: {@code tenken template --format xlsx}, a workbook
 * filled by a program (its sheet XML edited directly, as another tool would write it), then
 * {@code tenken assess} run as a separate process, against the same answers as YAML.
 */
class ExcelCliTest {
    private static final String[] STATUSES = {"実施済み", "met", "一部実施", "unmet", "不明", "Partial"};
    private static final String[] KEYS = {"met", "met", "partial", "unmet", "unknown", "partial"};

    record Proc(int code, String out, String err) {
    }

    private static Proc process(Path dir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the command ended");
        Proc r = new Proc(p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "no stack trace:\n" + r.err());
        return r;
    }

    @Test
    void aWorkbookFilledByAProgramAssessesAsTheSameAnswersInYaml(@TempDir Path dir) throws Exception {
        Path template = dir.resolve("answers.xlsx");
        CliTest.Run t = CliTest.run("template", "telework-admin", "--format", "xlsx", "--output", template.toString());
        assertEquals(Main.OK, t.code(), t.err());
        byte[] bytes = Files.readAllBytes(template);
        assertEquals("PK", new String(bytes, 0, 2, StandardCharsets.ISO_8859_1));

        List<String> strings = new ArrayList<>();
        Matcher si = Pattern.compile("<si><t[^>]*>(.*?)</t></si>", Pattern.DOTALL).matcher(entry(bytes, "xl/sharedStrings.xml"));
        while (si.find()) {
            strings.add(si.group(1));
        }
        String sheet = entry(bytes, "xl/worksheets/sheet4.xml");
        Matcher id = Pattern.compile("<c r=\"A(\\d+)\" t=\"s\" s=\"\\d+\"><v>(\\d+)</v></c>").matcher(sheet);
        StringBuilder yaml = new StringBuilder("checklist: telework-admin\nanswers:\n");
        Map<Integer, String> statusByRow = new java.util.HashMap<>();
        while (id.find()) {
            int row = Integer.parseInt(id.group(1));
            if (row == 1 || row % 7 == 0) {
                continue; // the header; and every seventh item left unanswered
            }
            statusByRow.put(row, STATUSES[row % STATUSES.length]);
            yaml.append("  ").append(strings.get(Integer.parseInt(id.group(2)))).append(": ")
                    .append(KEYS[row % KEYS.length]).append('\n');
        }
        assertTrue(statusByRow.size() > 30, "rows found: " + statusByRow.size());
        Matcher empty = Pattern.compile("<c r=\"F(\\d+)\" s=\"(\\d+)\"/>").matcher(sheet);
        StringBuilder filled = new StringBuilder();
        while (empty.find()) {
            String status = statusByRow.get(Integer.parseInt(empty.group(1)));
            empty.appendReplacement(filled, status == null ? empty.group() : "<c r=\"F$1\" s=\"$2\" t=\"inlineStr\"><is><t>"
                    + status + "</t></is></c>");
        }
        empty.appendTail(filled);
        Files.write(template, replace(bytes, "xl/worksheets/sheet4.xml", filled.toString()));
        Files.writeString(dir.resolve("answers.yaml"), yaml);

        Proc fromExcel = process(dir, "assess", "answers.xlsx", "--format", "json");
        Proc fromYaml = process(dir, "assess", "answers.yaml", "--format", "json");
        assertEquals(Main.SHORTFALL, fromExcel.code(), fromExcel.err());
        assertEquals(fromYaml.code(), fromExcel.code(), fromYaml.err());
        assertTrue(fromExcel.out().contains("\"grade\""), fromExcel.out());
        assertEquals(fromYaml.out(), fromExcel.out(), "the same report");
    }

    @Test
    void problemsInAWorkbookAreLocatedAndExitTwo(@TempDir Path dir) throws Exception {
        Path template = dir.resolve("answers.xlsx");
        assertEquals(Main.OK, CliTest.run("template", "telework-admin", "--output", template.toString()).code());
        byte[] bytes = Files.readAllBytes(template);
        String sheet = entry(bytes, "xl/worksheets/sheet4.xml").replaceFirst("<c r=\"F3\" s=\"(\\d+)\"/>",
                "<c r=\"F3\" s=\"$1\" t=\"str\"><f>HYPERLINK(\"http://example.invalid\",\"met\")</f><v>met</v></c>");
        Files.write(template, replace(bytes, "xl/worksheets/sheet4.xml", sheet));
        Files.writeString(dir.resolve("broken.xlsx"), "not a workbook");

        Proc formula = process(dir, "assess", "answers.xlsx");
        assertEquals(Main.BAD_INPUT, formula.code());
        assertTrue(formula.err().startsWith("answers.xlsx!回答!F3: item 'TA-02': this cell holds a formula;"), formula.err());
        Proc broken = process(dir, "assess", "broken.xlsx");
        assertEquals(Main.BAD_INPUT, broken.code());
        assertTrue(broken.err().startsWith("broken.xlsx: this is not an Excel workbook (.xlsx)"), broken.err());
    }

    @Test
    void aWorkbookIsNeverWrittenToStandardOutput() {
        CliTest.Run r = CliTest.run("template", "telework-admin", "--format", "xlsx");
        assertEquals(Main.BAD_INPUT, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("give --output FILE.xlsx"), r.err());
    }

    @Test
    void aProfileTailorsTheWorkbookAsItDoesTheYaml(@TempDir Path dir) throws Exception {
        Path profile = dir.resolve("profile.yaml");
        Files.writeString(profile, "profile:\n  telework.methods: [cloud]\n");
        Path out = dir.resolve("mine.xlsx");
        CliTest.Run r = CliTest.run("template", "telework-admin", "--profile", profile.toString(), "--output", out.toString());
        assertEquals(Main.OK, r.code(), r.err());
        CliTest.Run yaml = CliTest.run("template", "telework-admin", "--profile", profile.toString());
        long yamlItems = yaml.out().lines().filter(l -> l.matches("  TA-\\d+: unknown")).count();
        String sheet = entry(Files.readAllBytes(out), "xl/worksheets/sheet4.xml");
        long rows = Pattern.compile("<c r=\"A\\d+\" t=\"s\"").matcher(sheet).results().count() - 1;
        assertEquals(yamlItems, rows, "the same items as the YAML template");
        assertTrue(rows < 47, "some items left out: " + rows);
    }

    static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }

    static byte[] replace(byte[] zip, String name, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(name)) {
                    out.write(text.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
