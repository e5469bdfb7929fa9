package dev.tenken.cli;

import dev.tenken.checklist.Language;
import dev.tenken.checklist.report.ChecklistText;
import dev.tenken.engine.TenkenEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
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
        String text = options.checklistDirs.isEmpty() ? builtInListing(options.language) : null;
        if (text == null) {
            TenkenEngine engine = options.engine(List.of());
            text = listing(engine, options.language);
        }
        Output.write(text, null, spec.commandLine().getOut());
        return Main.OK;
    }

    /** What {@code list} prints for the checklists of an engine. */
    static String listing(TenkenEngine engine, Language language) {
        return ChecklistText.list(engine.checklists(), TenkenEngine.builtInIds(), language);
    }

    /** The resource holding {@code list}'s output for the built-ins alone, in one language. */
    static String listingResource(Language language) {
        return "builtin-list-" + language.name().toLowerCase(Locale.ROOT) + ".txt";
    }

    /**
     * {@code list}'s output for the built-ins alone, written at build time (so that {@code list}
     * loads no checklist); null when the resource is missing. {@code BuiltInListingTest} fails
     * when it is stale, and rewrites it with {@code -Dtenken.updateListing=true}.
     */
    static String builtInListing(Language language) {
        try (InputStream in = ListCommand.class.getResourceAsStream(listingResource(language))) {
            if (in == null) {
                return null;
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return "\n".equals(System.lineSeparator()) ? text : text.replace("\n", System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
