package dev.tenken.cli;

import dev.tenken.checklist.Category;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.FactType;
import dev.tenken.checklist.FactValue;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.ProfileFact;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.report.AssessmentReport;
import dev.tenken.checklist.report.ItemResult;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tenken template}: an answers file to fill in. With {@code --profile}, the profile is
 * filled in and only the items that apply to it are listed.
 */
@Command(name = "template", description = "Print an answers file to fill in (only applicable items when --profile is given).")
final class TemplateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "<checklist>", description = "A built-in id, an id in --checklist-dir, or a path.")
    String checklist;

    @Option(names = "--profile", paramLabel = "F", description = "A YAML file with 'profile:' (an answers file will do).")
    Path profile;

    @Option(names = "--output", paramLabel = "F", description = "Write to F instead of standard output.")
    Path output;

    @Mixin
    EngineOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        EngineOptions.Resolved resolved = options.resolve(checklist);
        Checklist c = resolved.checklist();
        Language l = options.language;
        Map<String, FactValue> given = Map.of();
        Map<String, ItemResult> results = new HashMap<>();
        if (profile != null) {
            SelfAssessment p = ProfileFile.read(profile, c.id());
            given = p.profile();
            // evaluate with no answers: the engine decides which items apply to this profile
            AssessmentReport r = resolved.engine().assess(p, l);
            r.items().forEach(i -> results.put(i.item(), i));
        }
        StringBuilder b = new StringBuilder();
        b.append("# ").append(c.title().get(l)).append(" (").append(c.id()).append(' ').append(c.version()).append(")\n");
        b.append(l == Language.JA
                ? "# 回答: met | partial | unmet | not_applicable | unknown（実施済み 一部実施 未実施 該当なし 不明）\n"
                : "# Answers: met | partial | unmet | not_applicable | unknown (or 実施済み 一部実施 未実施 該当なし 不明)\n");
        b.append("checklist: ").append(c.id()).append('\n');
        b.append("organisation:\n  name: \"\"\n");
        b.append("profile:\n");
        if (c.profile().isEmpty()) {
            b.append("  {}\n");
        }
        for (ProfileFact f : c.profile()) {
            b.append("  # ").append(oneLine(f.question().get(l))).append('\n');
            if (!f.values().isEmpty()) {
                b.append("  # ").append(f.type() == FactType.SET ? (l == Language.JA ? "複数選択: " : "any of: ")
                        : (l == Language.JA ? "いずれか: " : "one of: ")).append(String.join(", ", f.values())).append('\n');
            }
            FactValue v = given.get(f.key());
            if (v != null) {
                b.append("  ").append(f.key()).append(": ").append(yaml(v)).append('\n');
            } else {
                b.append("  # ").append(f.key()).append(": ").append(example(f)).append('\n');
            }
        }
        b.append("answers:\n");
        for (Category cat : c.categories()) {
            b.append("  # == ").append(oneLine(cat.title().get(l))).append(" ==\n");
            for (Item i : cat.items()) {
                ItemResult r = results.get(i.id());
                if (r != null && !r.applicable()) {
                    continue;
                }
                b.append("  # [").append(l == Language.JA ? i.rank().label() : i.rank().english() + " / " + i.rank().label()).append("] ").append(oneLine(i.title().get(l))).append('\n');
                if (i.check().isPresent()) {
                    b.append(l == Language.JA ? "  # （プロファイルの記入内容から判定されます）\n"
                            : "  # (decided from the profile when its facts are given)\n");
                }
                b.append("  ").append(i.id()).append(": unknown\n");
            }
        }
        Output.write(b.toString(), output, spec.commandLine().getOut());
        return Main.OK;
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    private static String example(ProfileFact f) {
        return switch (f.type()) {
            case BOOLEAN -> "true";
            case NUMBER -> "10";
            case STRING -> "\"...\"";
            case ENUM -> f.values().get(0);
            case SET -> "[" + f.values().get(0) + "]";
        };
    }

    private static String yaml(FactValue v) {
        if (v instanceof FactValue.Members m) {
            return "[" + String.join(", ", m.members().stream().map(TemplateCommand::quote).toList()) + "]";
        }
        if (v instanceof FactValue.Text t) {
            return quote(t.value());
        }
        return v.toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
