package dev.tenken.bench;

import dev.tenken.checklist.Language;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.engine.TenkenEngine;
import java.nio.file.Path;
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
 * Latency distribution (JMH sample mode: p50, p99, ...) of one assessment of the shipped example
 * answers against the built-in telework-admin checklist (47 items), report as JSON: what a web
 * service answering one request does.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@State(Scope.Benchmark)
public class LatencyBenchmark {
    TenkenEngine engine;
    SelfAssessment sample;

    /** Builds the engine with the built-ins and reads the sample answers (path from -Dtenken.sample or the default). */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        engine = TenkenEngine.builder().withBuiltInChecklists().build();
        sample = SelfAssessment.fromYaml(Path.of(System.getProperty("tenken.sample",
                "examples/answers/telework-admin-sample.yaml")));
    }

    /** Assess and write the JSON report. */
    @Benchmark
    public String assessToJson() throws Exception {
        return engine.assess(sample, Language.JA).toJson();
    }
}
