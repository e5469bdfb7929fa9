import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.TenkenException;
import dev.tenken.checklist.report.Scorecard;
import dev.tenken.checklist.stats.ReportLines;
import dev.tenken.engine.TenkenEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What each stage of a CSV batch row costs, per line, on one thread: reading the JSON line,
 * checking it against its checklist, the scorecards (rules and figures, 32 lines per rules
 * session, as the batch does) and the CSV row. Times are the thread's CPU time, so other work on the
 * machine moves them less than wall time; the minimum and median over the rounds are printed.
 * Run it as the launcher runs a batch under 512 MB (C1 only):
 *
 *   java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp checklist-cli/target/tenken.jar \
 *       scripts/BatchStages.java in.jsonl [lines (30000)] [rounds (6)]
 *
 * with input from scripts/GenerateAssessments.java. It reports; it asserts nothing.
 */
public final class BatchStages {
    public static void main(String[] args) throws Exception {
        int max = args.length > 1 ? Integer.parseInt(args[1]) : 30_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        TenkenEngine engine = TenkenEngine.builder().withBuiltInChecklists().build();
        List<byte[]> lines = new ArrayList<>();
        try (var in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (String l; lines.size() < max && (l = in.readLine()) != null; ) {
                lines.add(l.getBytes(StandardCharsets.UTF_8));
            }
        }
        String[] names = {"read", "check", "scorecards", "row", "total"};
        double[][] perLine = new double[names.length][rounds];
        for (int round = 0; round < rounds; round++) {
            long[] ns = new long[4];
            List<SelfAssessment> chunk = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                SelfAssessment a;
                try {
                    a = SelfAssessment.fromJson(lines.get(i), "line " + (i + 1));
                } catch (TenkenException bad) {
                    continue;
                }
                long t1 = cpu.getCurrentThreadCpuTime();
                boolean fits = engine.check(a).isEmpty();
                ns[0] += t1 - t0;
                ns[1] += cpu.getCurrentThreadCpuTime() - t1;
                if (fits) {
                    chunk.add(a);
                }
                if (chunk.size() == 32 || (i == lines.size() - 1 && !chunk.isEmpty())) {
                    long t3 = cpu.getCurrentThreadCpuTime();
                    List<Scorecard> cards = engine.scorecards(chunk);
                    long t4 = cpu.getCurrentThreadCpuTime();
                    for (int j = 0; j < chunk.size(); j++) {
                        ReportLines.csvRow(j + 1, cards.get(j));
                    }
                    ns[2] += t4 - t3;
                    ns[3] += cpu.getCurrentThreadCpuTime() - t4;
                    chunk.clear();
                }
            }
            for (int s = 0; s < 4; s++) {
                perLine[s][round] = ns[s] / 1e3 / lines.size();
                perLine[4][round] += perLine[s][round];
            }
        }
        System.out.printf("%d lines, %d rounds, µs of CPU per line (minimum [median]):%n", lines.size(), rounds);
        for (int s = 0; s < names.length; s++) {
            double[] v = perLine[s].clone();
            Arrays.sort(v);
            System.out.printf("  %-14s %6.1f [%.1f]%n", names[s], v[0], v[v.length / 2]);
        }
    }
}
