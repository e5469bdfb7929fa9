import dev.tenken.checklist.Language;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.engine.TenkenEngine;
import java.nio.file.Path;

/**
 * Cold-start harness (scripts/measure-coldstart.sh compiles it against tenken.jar): times
 * {@code TenkenEngine.builder().withBuiltInChecklists().build()} in a fresh JVM and prints
 * {@code build_s=<seconds>}, the wall time of build() alone.
 * Args: {@code [dir <checklist dir>] [assess <answers.yaml>]}: with {@code dir}, the directory's
 * checklists are added to the same build (a custom checklist); with {@code assess}, one
 * assessment after the build is timed too ({@code assess_s}).
 */
public final class EmbedBuild {
    public static void main(String[] args) throws Exception {
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        Path dir = null;
        Path answers = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("dir")) {
                dir = Path.of(args[i + 1]);
            } else if (args[i].equals("assess")) {
                answers = Path.of(args[i + 1]);
            }
        }
        StringBuilder out = new StringBuilder();
        long t = System.nanoTime();
        TenkenEngine.Builder b = TenkenEngine.builder().withBuiltInChecklists();
        if (dir != null) {
            b.withChecklistDirectory(dir);
        }
        TenkenEngine engine = b.build();
        out.append(String.format("build_s=%.3f checklists=%d ", (System.nanoTime() - t) / 1e9, engine.checklists().size()));
        if (answers != null) {
            long a = System.nanoTime();
            String json = engine.assess(SelfAssessment.read(answers), Language.JA).toJson();
            out.append(String.format("assess_s=%.3f(%d chars) ", (System.nanoTime() - a) / 1e9, json.length()));
        }
        out.append(String.format("since_jvm_start_s=%.3f", (System.currentTimeMillis() - jvmStart) / 1e3));
        System.out.println(out);
    }
}
