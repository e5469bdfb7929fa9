package dev.tenken.bench;

import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.report.AssessmentReport;
import dev.tenken.checklist.report.Evaluation;
import dev.tenken.checklist.report.ReportBuilder;
import dev.tenken.checklist.report.Scorecard;
import dev.tenken.checklist.stats.ReportLines;
import dev.tenken.engine.TenkenEngine;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One CSV row of {@code tenken batch --format csv}, made from the whole report (as the batch
 * did) or from a {@link Scorecard} (no wording, no findings), per telework-admin assessment,
 * steady state; and one JSON line of {@code tenken batch}, written from a finished report the
 * ordinary way ({@code jsonLineOrdinary}) or with the checklist's texts encoded once
 * ({@code jsonLineEncodedTexts}, {@link ReportBuilder#jsonLine}). {@code reportRow} and {@code scorecardRow} start from the engine's evaluation,
 * made once in set-up, so they time grading, wording and the row alone; the {@code batch*}
 * pair adds what {@code tenken batch} does per line after parsing (checking each assessment,
 * evaluating 32 in one rules session), and gives the time per line.
 *
 * <p>The input is the first {@code lines} valid lines of {@code input}, as made by
 * {@code scripts/GenerateAssessments.java}; with no such file, seeded {@link Workload}
 * assessments of telework-admin.
 *
 * <pre>javac -d /tmp/gen scripts/GenerateAssessments.java &amp;&amp; java -cp /tmp/gen GenerateAssessments 100000 20261124 &gt; /tmp/in.jsonl
 * java -jar checklist-bench/target/benchmarks.jar ScorecardBenchmark</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@State(Scope.Benchmark)
public class ScorecardBenchmark {
    /** Input file, JSON Lines of telework-admin assessments. */
    @Param({"/tmp/in.jsonl"})
    public String input;

    /** How many valid lines to cycle through. */
    @Param({"4096"})
    public int lines;

    TenkenEngine engine;
    ReportBuilder reports;
    SelfAssessment[] assessments;
    Evaluation[] evaluations;
    AssessmentReport[] reportsJa;
    final LocalDate today = LocalDate.of(2026, 11, 24);

    /** Each thread walks the inputs with its own cursor. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int next(int size) {
            int n = next;
            next = (n + 1) % size;
            return n;
        }
    }

    /** Builds the engine, reads the input and evaluates each assessment once. */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        engine = TenkenEngine.builder().withBuiltInChecklists().build();
        Checklist c = engine.checklist("telework-admin").orElseThrow();
        reports = ReportBuilder.of(c);
        List<SelfAssessment> read = new ArrayList<>();
        Path file = Path.of(input);
        if (Files.isRegularFile(file)) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                int number = 0;
                while (read.size() < lines && (line = in.readLine()) != null) {
                    number++;
                    try {
                        SelfAssessment a = SelfAssessment.fromJson(line, "line " + number);
                        if (a.checklistId().equals(c.id()) && engine.check(a).isEmpty()) {
                            read.add(a);
                        }
                    } catch (dev.tenken.checklist.TenkenException e) {
                        // a bad line, as the generator writes on purpose: the batch reports it, here it is skipped
                    }
                }
            }
        } else {
            read.addAll(Workload.assessments(c, lines, 11));
        }
        assessments = read.toArray(SelfAssessment[]::new);
        evaluations = new Evaluation[assessments.length];
        reportsJa = new AssessmentReport[assessments.length];
        for (int i = 0; i < assessments.length; i++) {
            evaluations[i] = engine.evaluate(assessments[i]);
            reportsJa[i] = reports.build(assessments[i], evaluations[i], Language.JA, today);
        }
    }

    /** A finished report as a JSON line, every text escaped and encoded as it is written. */
    @Benchmark
    public byte[] jsonLineOrdinary(Cursor cursor) {
        return ReportLines.jsonLine(reportsJa[cursor.next(reportsJa.length)]);
    }

    /** The same bytes, the checklist's own texts copied from their encoded form. */
    @Benchmark
    public byte[] jsonLineEncodedTexts(Cursor cursor) {
        return reports.jsonLine(reportsJa[cursor.next(reportsJa.length)]);
    }

    /** The batch's former path from an evaluation: the whole report, then its row. */
    @Benchmark
    public byte[] reportRow(Cursor cursor) {
        int i = cursor.next(assessments.length);
        AssessmentReport r = reports.build(assessments[i], evaluations[i], Language.JA, today);
        return ReportLines.csvRow(i + 1, r);
    }

    /** From an evaluation: the scorecard, then its row (the same bytes). */
    @Benchmark
    public byte[] scorecardRow(Cursor cursor) {
        int i = cursor.next(assessments.length);
        return ReportLines.csvRow(i + 1, reports.scorecard(assessments[i], evaluations[i], today));
    }

    /** Lines per rules session, as {@code tenken batch} takes them. */
    static final int CHUNK = 32;

    /**
     * As the batch does per 32 parsed lines: check each, evaluate them in one session
     * ({@code evaluateAll}), then per line the whole report and its row. Time per line.
     */
    @Benchmark
    @OperationsPerInvocation(CHUNK)
    public int batchReportRows(Cursor cursor) throws Exception {
        List<SelfAssessment> chunk = chunk(cursor);
        List<Evaluation> evaluations = engine.evaluateAll(chunk);
        int bytes = 0;
        for (int k = 0; k < CHUNK; k++) {
            bytes += ReportLines.csvRow(k + 1, engine.report(chunk.get(k), evaluations.get(k), Language.JA)).length;
        }
        return bytes;
    }

    /** The same with a scorecard per line in place of the report. Time per line. */
    @Benchmark
    @OperationsPerInvocation(CHUNK)
    public int batchScorecardRows(Cursor cursor) throws Exception {
        List<SelfAssessment> chunk = chunk(cursor);
        List<Evaluation> evaluations = engine.evaluateAll(chunk);
        int bytes = 0;
        for (int k = 0; k < CHUNK; k++) {
            bytes += ReportLines.csvRow(k + 1, reports.scorecard(chunk.get(k), evaluations.get(k), today)).length;
        }
        return bytes;
    }

    /** The next {@link #CHUNK} inputs, each checked as the batch checks it. */
    private List<SelfAssessment> chunk(Cursor cursor) {
        List<SelfAssessment> chunk = new ArrayList<>(CHUNK);
        for (int k = 0; k < CHUNK; k++) {
            SelfAssessment a = assessments[cursor.next(assessments.length)];
            if (!engine.check(a).isEmpty()) {
                throw new IllegalStateException("an input no longer checks");
            }
            chunk.add(a);
        }
        return chunk;
    }
}
