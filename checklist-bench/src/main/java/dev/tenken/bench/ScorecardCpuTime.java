package dev.tenken.bench;

import dev.tenken.checklist.Language;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The {@link ScorecardBenchmark} cases timed in CPU time rather than wall time, for a machine
 * shared with other work (where wall time mostly measures the others): after a warm-up, rounds
 * of each case in turn, then the median and the quartiles of CPU microseconds per row, of the
 * measuring thread and of the whole JVM (which adds the garbage collector's work). One thread.
 *
 * <pre>java -cp checklist-bench/target/benchmarks.jar dev.tenken.bench.ScorecardCpuTime [input.jsonl] [rounds] [rows per round]</pre>
 */
public final class ScorecardCpuTime {
    private static volatile int sink;

    private ScorecardCpuTime() {
    }

    /**
     * Arguments: input file (default /tmp/in.jsonl), rounds (default 15), rows per round (default
     * 20,000; rounded down to a multiple of 32).
     */
    public static void main(String[] args) throws Exception {
        ScorecardBenchmark b = new ScorecardBenchmark();
        b.input = args.length > 0 ? args[0] : "/tmp/in.jsonl";
        b.lines = 4096;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int rows = (args.length > 2 ? Integer.parseInt(args[2]) : 20_000) / ScorecardBenchmark.CHUNK
                * ScorecardBenchmark.CHUNK;
        b.setUp();
        String[] names = {"reportRow", "scorecardRow", "batchReportRows", "batchScorecardRows"};
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (!(os instanceof com.sun.management.OperatingSystemMXBean process)) {
            throw new IllegalStateException("this JVM does not tell the process CPU time");
        }
        double[][] perRow = new double[names.length][rounds];
        double[][] processPerRow = new double[names.length][rounds];
        ScorecardBenchmark.Cursor cursor = new ScorecardBenchmark.Cursor();
        for (int w = 0; w < 5; w++) {
            for (int k = 0; k < names.length; k++) {
                run(b, k, cursor, rows);
            }
        }
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < names.length; k++) {
                long start = cpu.getCurrentThreadCpuTime();
                long processStart = process.getProcessCpuTime();
                run(b, k, cursor, rows);
                perRow[k][round] = (cpu.getCurrentThreadCpuTime() - start) / 1000.0 / rows;
                processPerRow[k][round] = (process.getProcessCpuTime() - processStart) / 1000.0 / rows;
            }
        }
        System.out.printf("%-20s %30s %30s%n", "CPU us per row", "this thread: q1 median q3",
                "whole JVM (GC too): q1 median q3");
        for (int k = 0; k < names.length; k++) {
            double[] v = perRow[k].clone();
            double[] p = processPerRow[k].clone();
            Arrays.sort(v);
            Arrays.sort(p);
            System.out.printf("%-20s %10.2f %9.2f %9.2f %10.2f %9.2f %9.2f%n", names[k], v[rounds / 4], v[rounds / 2],
                    v[3 * rounds / 4], p[rounds / 4], p[rounds / 2], p[3 * rounds / 4]);
        }
        System.out.printf("(%d rounds of %d rows, %d inputs, %s)%n", rounds, rows, b.assessments.length, Language.JA);
    }

    private static void run(ScorecardBenchmark b, int which, ScorecardBenchmark.Cursor cursor, int rows)
            throws Exception {
        int bytes = 0;
        for (int n = 0; n < rows; n += which < 2 ? 1 : ScorecardBenchmark.CHUNK) {
            bytes += switch (which) {
                case 0 -> b.reportRow(cursor).length;
                case 1 -> b.scorecardRow(cursor).length;
                case 2 -> b.batchReportRows(cursor);
                default -> b.batchScorecardRows(cursor);
            };
        }
        sink += bytes;
    }
}
