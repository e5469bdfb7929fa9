package dev.tenken.cli;

import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.report.AssessmentReport;
import dev.tenken.engine.TenkenEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tenken assess}: grade one self-assessment. */
@Command(name = "assess", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = "Assess a self-assessment (YAML, JSON or an Excel workbook) and print the graded report.")
final class AssessCommand implements Callable<Integer> {
    enum Format { text, json, markdown, csv, html }

    enum Colour { auto, always, never }

    @Parameters(paramLabel = "<answers>", description = "The self-assessment file (YAML, JSON or .xlsx); - reads standard input (YAML or JSON).")
    Path answers;

    @Option(names = "--format", defaultValue = "text", description = "text, json, markdown, csv or html (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN",
            description = "Colour text output: auto (only on a terminal, and not when NO_COLOR is set), always or never.")
    Colour colour;

    @Option(names = "--output", paramLabel = "F", description = "Write the report to F instead of standard output.")
    Path output;

    @Option(names = "--checklist", paramLabel = "FILE", description = "Also load this checklist file (repeatable).")
    List<Path> checklistFiles = new java.util.ArrayList<>();

    @Mixin
    EngineOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        TenkenEngine engine = options.engine(checklistFiles);
        boolean stdin = answers.toString().equals("-") || answers.toString().equals("/dev/stdin");
        AssessmentReport report = stdin ? engine.assess(SelfAssessment.read(System.in, "(standard input)"), options.language)
                : dev.tenken.excel.ExcelAnswers.isWorkbook(answers) // an Excel answers workbook (checklist-excel)
                ? engine.assess(dev.tenken.excel.ExcelAnswers.read(answers, engine::checklist), options.language)
                : engine.assess(answers, options.language);
        String text = switch (format) {
            case json -> report.toJson();
            case text -> report.toText(useColour());
            case markdown -> report.toMarkdown();
            case csv -> report.toCsv();
            case html -> report.toHtml();
        };
        Output.write(text, output, spec.commandLine().getOut(), options.inputs(answers, checklistFiles));
        return report.hasRequiredShortfall() ? Main.SHORTFALL : Main.OK;
    }

    private boolean useColour() {
        return switch (colour) {
            case always -> true;
            case never -> false;
            case auto -> output == null && Terminal.isInteractive();
        };
    }
}
