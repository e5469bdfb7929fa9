package dev.tenken.cli;

import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.ChecklistJson;
import dev.tenken.checklist.report.ChecklistText;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tenken show}: a checklist by category, with ranks; or the resolved checklist as JSON. */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = "Show a checklist by category with ranks (--format json: the resolved checklist).")
final class ShowCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(paramLabel = "<checklist>", description = "A built-in id, an id in --checklist-dir, or a path.")
    String checklist;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--output", paramLabel = "F", description = "Write to F instead of standard output.")
    Path output;

    @Mixin
    EngineOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Checklist c = options.resolve(checklist).checklist();
        String text = format == Format.json ? ChecklistJson.write(c) : ChecklistText.write(c, options.language);
        Output.write(text, output, spec.commandLine().getOut(), options.inputs(Path.of(checklist), List.of()));
        return Main.OK;
    }
}
