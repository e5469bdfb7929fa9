package dev.tenken.cli;

import dev.tenken.checklist.Language;
import dev.tenken.checklist.stats.BatchStats;
import dev.tenken.checklist.stats.StatsFormat;
import dev.tenken.checklist.stats.StatsReport;
import dev.tenken.checklist.stats.StatsWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tenken stats}: statistics over the report JSON lines {@code tenken batch} writes — grade
 * distribution, score quartiles, per item how often it applies and falls short, and the same per
 * sector. Reads with flat memory however many lines. Batch error lines are counted; a line that
 * is not a report is counted and named by its line number, and makes the run exit 2 after the
 * statistics are written.
 */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = {
    "Statistics over the reports of a batch (tenken batch output, one JSON report per line): grades, score quartiles, "
            + "items most often falling short, per sector.",
    "Exits 2 when a line is not a report (the statistics are still written)."})
final class StatsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "<reports.jsonl>", description = "The reports, or - for standard input.")
    String input;

    @Option(names = "--format", paramLabel = "text|markdown|json|html", defaultValue = "text", converter = FormatConverter.class,
            description = "text (default), markdown, json or html (one self-contained page with charts).")
    StatsFormat format = StatsFormat.TEXT;

    @Option(names = "--lang", paramLabel = "ja|en", description = "Language of the output (default: ${DEFAULT-VALUE}).",
            defaultValue = "ja", converter = EngineOptions.LanguageConverter.class)
    Language language = Language.JA;

    @Option(names = "--output", paramLabel = "F", description = "Write to F instead of standard output (never the input).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StatsReport stats;
        boolean stdin = "-".equals(input);
        if (!stdin && !Files.isRegularFile(Path.of(input))) {
            throw new Main.UsageException("no such file: " + AtomicOutput.shown(input));
        }
        try (InputStream in = stdin ? System.in : Files.newInputStream(Path.of(input))) {
            stats = BatchStats.read(in);
        } catch (IOException e) {
            throw new Main.UsageException("cannot read " + (stdin ? "standard input" : AtomicOutput.shown(input)) + ": "
                    + AtomicOutput.describe(e));
        }
        Output.write(StatsWriter.write(stats, format, language), output, spec.commandLine().getOut(),
                stdin ? AtomicOutput.STANDARD_INPUT : Path.of(input));
        return stats.malformedLines() > 0 ? Main.BAD_INPUT : Main.OK;
    }

    /** Converts text/markdown/json/html. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<StatsFormat> {
        @Override
        public StatsFormat convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "text" -> StatsFormat.TEXT;
                case "markdown", "md" -> StatsFormat.MARKDOWN;
                case "json" -> StatsFormat.JSON;
                case "html" -> StatsFormat.HTML;
                default -> throw new picocli.CommandLine.TypeConversionException("unknown format '" + value
                        + "'; expected text, markdown, json or html");
            };
        }
    }
}
