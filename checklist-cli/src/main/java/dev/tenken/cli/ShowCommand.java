package dev.tenken.cli;

import dev.tenken.checklist.Category;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.ChecklistJson;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.Language;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tenken show}: a checklist by category, with ranks; or the resolved checklist as JSON. */
@Command(name = "show", description = "Show a checklist by category with ranks (--format json: the resolved checklist).")
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
        String text = format == Format.json ? ChecklistJson.write(c) : text(c, options.language);
        Output.write(text, output, spec.commandLine().getOut());
        return Main.OK;
    }

    static String text(Checklist c, Language l) {
        StringBuilder b = new StringBuilder();
        b.append(c.title().get(l)).append(" (").append(c.id()).append(' ').append(c.version()).append(")\n");
        c.extendsId().ifPresent(p -> b.append(l == Language.JA ? "継承元: " : "extends: ").append(p).append('\n'));
        long required = c.items().filter(i -> i.rank() == dev.tenken.checklist.Rank.REQUIRED).count();
        long all = c.items().count();
        b.append(l == Language.JA
                ? String.format("%d項目（必須 %d、推奨 %d）%n", all, required, all - required)
                : String.format("%d items (%d required, %d recommended)%n", all, required, all - required));
        for (Category cat : c.categories()) {
            b.append('\n').append(cat.title().get(l)).append('\n');
            for (Item i : cat.items()) {
                b.append(String.format("  %-10s [%s] %s", i.id(), i.rank().label(l), i.title().get(l)));
                if (i.appliesWhen().isPresent() || i.check().isPresent()) {
                    b.append(l == Language.JA ? "  （プロファイルにより判定）" : "  (depends on profile)");
                }
                b.append('\n');
            }
        }
        return b.toString();
    }
}
