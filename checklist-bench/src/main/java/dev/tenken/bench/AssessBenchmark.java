package dev.tenken.bench;

import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.report.AssessmentReport;
import dev.tenken.engine.TenkenEngine;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of one assessment, end to end (validate, evaluate, grade, build the report), through
 * the Drools engine and through the plain-Java baseline, on the same checklist and the same
 * inputs. Run with {@code -t 2} for two threads. {@code items} scales the checklist.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@State(Scope.Benchmark)
public class AssessBenchmark {
    /** Checklist size. */
    @Param({"100"})
    public int items;

    TenkenEngine engine;
    PlainJavaEvaluator plain;
    List<SelfAssessment> inputs;

    /** Builds the engine once; the inputs are seeded assessments. */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Checklist c = Workload.checklist("bench", items, 7);
        engine = TenkenEngine.builder().withChecklists(List.of(c)).build();
        plain = new PlainJavaEvaluator(c);
        inputs = InputCursor.inputsFor(c, items);
    }

    /** The library's path: {@code TenkenEngine.assess}. */
    @Benchmark
    public AssessmentReport drools(InputCursor cursor) throws Exception {
        return engine.assess(cursor.next(inputs), Language.EN);
    }

    /** The same work with the plain-Java evaluator in place of Drools. */
    @Benchmark
    public AssessmentReport plainJava(InputCursor cursor) throws Exception {
        return plain.assess(cursor.next(inputs), Language.EN);
    }
}
