package dev.tenken.cli;

import dev.tenken.checklist.diff.ReportDiff;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tenken diff}: what changed between two JSON reports of the same checklist. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = {"Compare two JSON reports of the same checklist: grade and score change, items "
        + "improved, regressed, newly applicable.", "Exits 1 when an item regressed or the grade or score fell."})
final class DiffCommand implements Callable<Integer> {
    enum Format { text, json, markdown }

    @Parameters(index = "0", paramLabel = "<before.json>", description = "The earlier report (assess --format json).")
    Path before;

    @Parameters(index = "1", paramLabel = "<after.json>", description = "The later report.")
    Path after;

    @Option(names = "--format", defaultValue = "text", description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--output", paramLabel = "F", description = "Write to F instead of standard output.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ReportDiff diff = ReportDiff.read(before, after);
        String text = switch (format) {
            case text -> diff.toText();
            case json -> diff.toJson();
            case markdown -> diff.toMarkdown();
        };
        Output.write(text, output, spec.commandLine().getOut(), before, after);
        return diff.hasRegression() ? Main.SHORTFALL : Main.OK;
    }
}
