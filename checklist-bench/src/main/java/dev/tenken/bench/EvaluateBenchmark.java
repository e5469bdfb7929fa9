package dev.tenken.bench;

import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.report.Evaluation;
import dev.tenken.engine.TenkenEngine;
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
 * Evaluation alone (statuses, severities, concerns; no validation, no report), Drools against the
 * plain-Java loop: the rule engine's own cost, which {@link AssessBenchmark} dilutes with the work
 * both paths share. Average time per assessment; {@code items} scales the checklist.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@State(Scope.Benchmark)
public class EvaluateBenchmark {
    /** Checklist size. */
    @Param({"100"})
    public int items;

    TenkenEngine engine;
    PlainJavaEvaluator plain;
    List<SelfAssessment> inputs;

    /** Compiles the rules once; seeded assessments. */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Checklist c = Workload.checklist("bench", items, 7);
        engine = TenkenEngine.builder().withChecklists(List.of(c)).build();
        plain = new PlainJavaEvaluator(c);
        inputs = InputCursor.inputsFor(c, items);
    }

    /** The engine's evaluator: three rule phases on a pooled session. */
    @Benchmark
    public Evaluation drools(InputCursor cursor) throws Exception {
        return engine.evaluate(cursor.next(inputs));
    }

    /**
     * 32 assessments in one session ({@code evaluateAll}, as {@code tenken batch} does): time per
     * assessment.
     */
    @Benchmark
    @OperationsPerInvocation(32)
    public List<Evaluation> droolsTogether32(InputCursor cursor) throws Exception {
        List<SelfAssessment> chunk = new ArrayList<>(32);
        for (int n = 0; n < 32; n++) {
            chunk.add(cursor.next(inputs));
        }
        return engine.evaluateAll(chunk);
    }

    /** The plain-Java loop. */
    @Benchmark
    public Evaluation plainJava(InputCursor cursor) {
        return plain.evaluate(cursor.next(inputs));
    }
}
