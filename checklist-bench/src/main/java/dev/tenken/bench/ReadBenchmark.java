package dev.tenken.bench;

import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.TenkenException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading one JSON Lines self-assessment, as {@code tenken batch} does for each line: the
 * line's bytes decoded to a String and read as text ({@code string}), against the bytes read
 * directly ({@code bytes}). Average time per line over the lines of a file written by
 * {@code scripts/GenerateAssessments.java} (path from {@code -Dtenken.lines}, default
 * {@code target/assessments.jsonl}); broken lines are read too, as the batch reads them.
 *
 * <pre>
 * javac -d /tmp/gen scripts/GenerateAssessments.java
 * java -cp /tmp/gen GenerateAssessments 100000 20261124 &gt; target/assessments.jsonl
 * java -jar checklist-bench/target/benchmarks.jar ReadBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@State(Scope.Thread)
public class ReadBenchmark {
    private List<byte[]> lines;
    private int next;

    /** Reads the lines of the input file (at most 20,000), leaving out blank ones as the batch does. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        lines = read(Path.of(System.getProperty("tenken.lines", "target/assessments.jsonl")), 20_000);
    }

    static List<byte[]> read(Path file, int max) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!l.isBlank()) {
                out.add(l.getBytes(StandardCharsets.UTF_8));
            }
            if (out.size() == max) {
                break;
            }
        }
        return out;
    }

    private byte[] line() {
        byte[] l = lines.get(next);
        next = next + 1 == lines.size() ? 0 : next + 1;
        return l;
    }

    /** The line decoded to text, then read as text, as the batch did before the byte reader. */
    @Benchmark
    public Object string() {
        try {
            return SelfAssessment.fromJson(new String(line(), StandardCharsets.UTF_8), "line 1");
        } catch (TenkenException e) {
            return e;
        }
    }

    /** The line's bytes read directly, as the batch reads them with the byte reader. */
    @Benchmark
    public Object bytes() {
        try {
            return SelfAssessment.fromJson(line(), "line 1");
        } catch (TenkenException e) {
            return e;
        }
    }

    /**
     * Warm-up, which JMH leaves out: in a fresh JVM, reads the file's lines one after another
     * the {@code string} or {@code bytes} way and prints the average time per line of each
     * 10,000, wall clock and the reading thread's CPU time (the JIT compiler's threads left out),
     * which the other loads of a shared machine disturb less.
     *
     * <pre>java -cp checklist-bench/target/benchmarks.jar dev.tenken.bench.ReadBenchmark bytes in.jsonl</pre>
     *
     * @param args {@code string} or {@code bytes}, then the file
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        boolean bytes = args[0].equals("bytes");
        List<byte[]> lines = read(Path.of(args[1]), Integer.MAX_VALUE);
        long sink = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long t = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        for (int n = 1; n <= lines.size(); n++) {
            byte[] l = lines.get(n - 1);
            try {
                SelfAssessment a = bytes ? SelfAssessment.fromJson(l, "line " + n)
                        : SelfAssessment.fromJson(new String(l, StandardCharsets.UTF_8), "line " + n);
                sink += a.answers().size();
            } catch (TenkenException e) {
                sink++;
            }
            if (n % 10_000 == 0) {
                long now = System.nanoTime();
                long cpuNow = threads.getCurrentThreadCpuTime();
                System.out.printf(java.util.Locale.ROOT, "%d: %.2f us/line (this thread's CPU: %.2f)%n", n,
                        (now - t) / 1e3 / 10_000, (cpuNow - cpu) / 1e3 / 10_000);
                t = now;
                cpu = cpuNow;
            }
        }
        System.out.println("(" + sink + ")");
    }
}
