package dev.tenken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher (src/main/bin/tenken) picks JVM flags by command: C1 only and the serial collector
 * for short commands; for {@code batch} the parallel collector and a 256 MB heap, and C2 too for a
 * pipe or an input file of 512 MB or more, never mistaking an option's value for the input. Run
 * with TENKEN_PRINT_COMMAND=1, which prints the java command instead of running it.
 */
class LauncherFlagsTest {
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    @TempDir
    static Path dir;
    static Path small;
    static Path big;
    static Path jar;

    @BeforeAll
    static void files() throws IOException {
        small = Files.writeString(dir.resolve("small.jsonl"), "{}\n");
        big = dir.resolve("big.jsonl");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(512L * 1024 * 1024); // sparse: no disk is written
        }
        jar = Files.writeString(dir.resolve("tenken.jar"), "not run");
    }

    private static List<String> command(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", Path.of("src/main/bin/tenken").toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("TENKEN_PRINT_COMMAND", "1");
        pb.environment().put("TENKEN_CDS", "off");
        pb.environment().put("TENKEN_JAR", jar.toString());
        pb.environment().remove("TENKEN_JAVA_OPTS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out.lines().toList();
    }

    @Test
    void shortCommandsRunOnC1WithTheSerialCollector() throws Exception {
        List<String> c = command("assess", "answers.yaml");
        assertTrue(c.contains(C1_ONLY) && c.contains("-XX:+UseSerialGC"), c.toString());
        assertEquals(List.of("dev.tenken.cli.Main", "assess", "answers.yaml"), c.subList(c.size() - 3, c.size()));
    }

    @Test
    void aBatchOfASmallFileRunsOnC1WithTheParallelCollector() throws Exception {
        List<String> c = command("batch", small.toString(), "--format", "csv");
        assertTrue(c.contains(C1_ONLY) && c.contains("-XX:+UseParallelGC") && c.contains("-Xmx256m"), c.toString());
        // an option's value that is a large file is not the input
        c = command("batch", "--output", big.toString(), small.toString());
        assertTrue(c.contains(C1_ONLY), c.toString());
    }

    @Test
    void aBatchOfALargeFileOrAPipeUsesC2() throws Exception {
        for (List<String> c : List.of(command("batch", big.toString(), "--format", "csv"),
                command("batch", "--format", "csv", big.toString()), command("batch", "-", "--format", "csv"))) {
            assertFalse(c.contains(C1_ONLY), c.toString());
            assertTrue(c.contains("-XX:+UseParallelGC"), c.toString());
        }
    }
}
