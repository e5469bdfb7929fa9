package dev.tenken.cli;

import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.report.ChecklistText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tenken validate}: load and check checklist files, printing every problem found. Parents
 * named by {@code extends} may come from the built-ins or {@code --checklist-dir}.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = "Load and check checklist files; print every problem found.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "<checklist.yaml>", arity = "1..*", description = "Checklist files to check.")
    List<Path> files = new ArrayList<>();

    @Mixin
    EngineOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // parents (built-ins, --checklist-dir) are loaded as data; only the files' own rules are compiled
        List<Checklist> own = options.engine(List.of()).validate(files);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < own.size(); i++) {
            Checklist c = own.get(i);
            b.append(ChecklistText.validated(files.get(i).toString(), c));
            if (!c.rules().isEmpty() && !options.trustRules) {
                b.append("    rule files ").append(c.rules().stream().map(r -> r.name()).toList())
                        .append(" were not compiled; give --trust-rules to check them\n");
            }
        }
        Output.write(b.toString(), null, spec.commandLine().getOut());
        return Main.OK;
    }
}
