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
 * {@code tenken template}: an answers file to fill in, as YAML or as an Excel workbook
 * ({@code --format xlsx}, or an {@code --output} ending in {@code .xlsx}). With {@code --profile},
 * the profile is filled in and only the items that apply to it are listed.
 */
@Command(name = "template", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = "Print an answers file to fill in (only applicable items when --profile is given).")
final class TemplateCommand implements Callable<Integer> {
    enum Format { yaml, xlsx }

    @Option(names = "--format", paramLabel = "yaml|xlsx",
            description = "yaml (the default) or xlsx, an Excel workbook with drop-down lists; xlsx needs --output "
                    + "(the default is xlsx when --output ends in .xlsx).")
    Format format;

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
        boolean workbook = format == Format.xlsx || format == null && output != null
                && output.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
        if (workbook) {
            writeWorkbook(resolved, given);
            return Main.OK;
        }
        Output.write(resolved.engine().template(id, given, options.language), output, spec.commandLine().getOut(),
                options.inputs(Path.of(checklist), profile == null ? List.of() : List.of(profile)));
        return Main.OK;
    }

    /** The template as an Excel workbook, written whole or not at all; never to standard output. */
    private void writeWorkbook(EngineOptions.Resolved resolved, Optional<SelfAssessment> given) throws Exception {
        if (output == null) {
            throw new Main.UsageException("an Excel workbook is not text: give --output FILE.xlsx to write it to a file");
        }
        java.util.Optional<dev.tenken.checklist.report.AssessmentReport> forProfile = given.isEmpty() ? Optional.empty()
                : Optional.of(resolved.engine().assess(given.get(), options.language)); // which items apply
        try (AtomicOutput o = AtomicOutput.open(output,
                options.inputs(Path.of(checklist), profile == null ? List.of() : List.of(profile)))) {
            try {
                dev.tenken.excel.ExcelAnswers.writeTemplate(resolved.checklist(), options.language,
                        given.map(SelfAssessment::profile).orElse(java.util.Map.of()), forProfile, o.stream());
            } catch (java.io.IOException e) {
                throw AtomicOutput.failure(output, e);
            }
            o.commit();
        }
    }
}
