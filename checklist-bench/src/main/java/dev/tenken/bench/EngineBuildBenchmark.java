package dev.tenken.bench;

import dev.tenken.checklist.Checklist;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long building an engine takes once the JVM is warm: the four built-in checklists, and one
 * custom 100-item checklist (what a service pays when a sector uploads its own checklist). The
 * rule base is one per JVM, shared by every untrusted checklist, so once warm this is loading and
 * preparing the checklists as data: nothing is compiled.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@State(Scope.Benchmark)
public class EngineBuildBenchmark {
    List<Checklist> custom;

    /** The custom checklist. */
    @Setup(Level.Trial)
    public void setUp() {
        custom = List.of(Workload.checklist("custom", 100, 7));
    }

    /** Load and prepare the built-in checklists. */
    @Benchmark
    public TenkenEngine builtIns() throws Exception {
        return TenkenEngine.builder().withBuiltInChecklists().build();
    }

    /** Prepare one custom 100-item checklist. */
    @Benchmark
    public TenkenEngine custom100() throws Exception {
        return TenkenEngine.builder().withChecklists(custom).build();
    }
}
