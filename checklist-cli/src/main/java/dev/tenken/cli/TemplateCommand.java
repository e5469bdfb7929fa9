package dev.tenken.cli;

import dev.tenken.checklist.SelfAssessment;
import java.util.Optional;
import java.nio.file.Path;
import java.util.List;
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
@Command(name = "template", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = "Print an answers file to fill in (only applicable items when --profile is given).")
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
        String id = resolved.id();
        Optional<SelfAssessment> given = profile == null ? Optional.empty() : Optional.of(SelfAssessment.profileFrom(profile, id));
        Output.write(resolved.engine().template(id, given, options.language), output, spec.commandLine().getOut(),
                options.inputs(Path.of(checklist), profile == null ? List.of() : List.of(profile)));
        return Main.OK;
    }
}
