package dev.tenken.cli;

import dev.tenken.checklist.report.ChecklistText;
import dev.tenken.engine.TenkenEngine;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tenken list}: built-in and loaded checklists. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = "List built-in checklists and those found in --checklist-dir.")
final class ListCommand implements Callable<Integer> {
    @Mixin
    EngineOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        TenkenEngine engine = options.engine(List.of());
        Output.write(ChecklistText.list(engine.checklists(), TenkenEngine.builtInIds(), options.language), null,
                spec.commandLine().getOut());
        return Main.OK;
    }
}
