package dev.tenken.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run behind the launcher's AppCDS archive ({@code bin/tenken}): runs the commands a
 * user runs most (show, template, assess in every format and both languages, batch in both
 * formats and stats over its output) so that the archive the JVM writes at its exit
 * ({@code -XX:ArchiveClassesAtExit}) holds the classes they load. Output is discarded; the answers
 * are a copy of the telework-admin sample, and for batch the same as JSON lines with a second
 * organisation (with a waiver and a reasoned not_applicable).
 *
 * @since 0.2
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    /**
     * Runs the training commands.
     *
     * @param args ignored
     * @throws IOException when the temporary answers file cannot be written
     */
    public static void main(String[] args) throws IOException {
        train();
    }

    /**
     * Runs the training commands.
     *
     * @return each command's exit code, in order (assess and batch exit 1: the sample leaves 必須
     *         items unmet)
     * @throws IOException when a temporary file cannot be written
     */
    static List<Integer> train() throws IOException {
        List<Integer> codes = new ArrayList<>();
        Path answers = null;
        Path lines = null;
        Path out = null;
        try {
            answers = copy("cds-training.yaml", ".yaml");
            lines = copy("cds-training.jsonl", ".jsonl");
            out = Files.createTempFile("tenken-cds-training", ".out");
            codes.add(run("show", "telework-admin"));
            codes.add(run("template", "telework-admin"));
            for (String format : new String[] {"text", "json", "markdown", "csv", "html"}) {
                codes.add(run("assess", answers.toString(), "--format", format));
            }
            codes.add(run("assess", answers.toString(), "--lang", "en"));
            codes.add(run("batch", lines.toString(), "--format", "csv", "--output", out.toString()));
            codes.add(run("batch", lines.toString(), "--output", out.toString()));
            codes.add(run("stats", out.toString()));
        } finally {
            for (Path made : new Path[] {answers, lines, out}) {
                if (made != null) {
                    Files.deleteIfExists(made);
                }
            }
        }
        return codes;
    }

    /** A copy of a resource of this class in a temporary file. */
    private static Path copy(String resource, String suffix) throws IOException {
        Path file = Files.createTempFile("tenken-cds-training", suffix);
        try (InputStream in = CdsTraining.class.getResourceAsStream(resource);
                OutputStream out = Files.newOutputStream(file)) {
            in.transferTo(out);
        }
        return file;
    }

    private static int run(String... args) {
        StringWriter sink = new StringWriter();
        return Main.run(args, new PrintWriter(sink), new PrintWriter(sink));
    }
}
