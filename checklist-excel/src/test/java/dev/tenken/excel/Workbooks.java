package dev.tenken.excel;

import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.Problem;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.engine.TenkenEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Helpers: the built-in engine, templates, and workbooks with one part replaced. */
final class Workbooks {
    private Workbooks() {
    }

    private static TenkenEngine engine;

    static synchronized TenkenEngine engine() {
        if (engine == null) {
            try {
                engine = TenkenEngine.builder().withBuiltInChecklists().compileOnFirstUse().build();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return engine;
    }

    static Checklist checklist() {
        return engine().checklist(TenkenEngine.builtInIds().get(0)).orElseThrow();
    }

    static byte[] template(Language l) {
        return ExcelAnswers.template(checklist(), l);
    }

    static SelfAssessment.Reading read(byte[] workbook) {
        return ExcelAnswers.read(new ByteArrayInputStream(workbook), "answers.xlsx", engine()::checklist);
    }

    static List<String> messages(SelfAssessment.Reading r) {
        return r.problems().stream().map(Problem::toString).toList();
    }

    interface Part {
        void write(OutputStream out) throws IOException;
    }

    /** The zip with entry {@code name} replaced by what {@code part} writes (added if absent). */
    static byte[] replace(byte[] zip, String name, Part part) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                boolean done = false;
                ZipEntry e;
                while ((e = in.getNextEntry()) != null) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    if (e.getName().equals(name)) {
                        part.write(out);
                        done = true;
                    } else {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
                if (!done) {
                    out.putNextEntry(new ZipEntry(name));
                    part.write(out);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one entry. */
    static String entry(byte[] zip, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            throw new AssertionError("no entry " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The part name of the answers sheet: the fourth sheet (instructions, tenken, profile, answers). */
    static final String ANSWERS_PART = "xl/worksheets/sheet4.xml";
    static final String STRINGS_PART = "xl/sharedStrings.xml";
}
