package dev.tenken.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run behind the launcher's AppCDS archive ({@code bin/tenken}): runs the commands a
 * user runs most (show, template, assess in every format and both languages) so that the archive
 * the JVM writes at its exit ({@code -XX:ArchiveClassesAtExit}) holds the classes they load.
 * Output is discarded; the answers are a copy of the telework-admin sample.
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
        Path answers = Files.createTempFile("tenken-cds-training", ".yaml");
        try {
            try (InputStream in = CdsTraining.class.getResourceAsStream("cds-training.yaml");
                    OutputStream out = Files.newOutputStream(answers)) {
                in.transferTo(out);
            }
            run("show", "telework-admin");
            run("template", "telework-admin");
            for (String format : new String[] {"text", "json", "markdown", "csv", "html"}) {
                run("assess", answers.toString(), "--format", format);
            }
            run("assess", answers.toString(), "--lang", "en");
        } finally {
            Files.deleteIfExists(answers);
        }
    }

    private static void run(String... args) {
        StringWriter sink = new StringWriter();
        Main.run(args, new PrintWriter(sink), new PrintWriter(sink));
    }
}
