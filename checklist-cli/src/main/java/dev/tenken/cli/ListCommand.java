package dev.tenken.cli;

import dev.tenken.checklist.Checklist;
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
        List<String> builtIn = TenkenEngine.builtInIds();
        StringBuilder b = new StringBuilder();
        for (Checklist c : engine.checklists()) {
            long items = c.items().count();
            b.append(String.format("%-24s %-8s %4d items  %-9s %s%n", c.id(), c.version(), items,
                    builtIn.contains(c.id()) ? "built-in" : "loaded", c.title().get(options.language)));
        }
        Output.write(b.toString(), null, spec.commandLine().getOut());
        return Main.OK;
    }
}
