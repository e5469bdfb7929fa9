package dev.tenken.cli;

import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.Language;
import dev.tenken.checklist.TenkenException;
import dev.tenken.engine.TenkenEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by every command that loads checklists. */
final class EngineOptions {
    @Option(names = "--checklist-dir", paramLabel = "DIR", description = "Also load every checklist file in DIR (repeatable).")
    List<Path> checklistDirs = new ArrayList<>();

    @Option(names = "--trust-rules", description = "Compile the Drools rule files that checklists name under 'rules:'. "
            + "Rules are code: trust only checklists you would run as a program.")
    boolean trustRules;

    @Option(names = "--lang", paramLabel = "ja|en", description = "Language of the output (default: ${DEFAULT-VALUE}).",
            defaultValue = "ja", converter = LanguageConverter.class)
    Language language = Language.JA;

    /**
     * The engine over built-ins, the directories and any extra checklist files. A command uses
     * one or two checklists at most, so each checklist's rules are compiled when first used.
     */
    TenkenEngine engine(List<Path> extraFiles) throws TenkenException {
        TenkenEngine.Builder b = TenkenEngine.builder().withBuiltInChecklists().trustRules(trustRules).compileOnFirstUse();
        checklistDirs.forEach(b::withChecklistDirectory);
        extraFiles.forEach(b::withChecklistFile);
        TenkenEngine engine = b.build();
        if (mixee != null) {
            engine.loadNotes().forEach(n -> mixee.commandLine().getErr().println("tenken: note: " + n));
        }
        return engine;
    }

    /** The command this mixin belongs to: its error stream takes the loading notes. */
    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

    /**
     * Resolves a {@code <checklist>} argument: a built-in id, an id from a directory, or a path.
     * Returns the engine that knows it and the id.
     */
    Resolved resolve(String checklist) throws TenkenException {
        Path p = Path.of(checklist);
        boolean looksLikePath = checklist.contains("/") || checklist.contains("\\") || checklist.endsWith(".yaml")
                || checklist.endsWith(".yml") || checklist.endsWith(".json");
        if (looksLikePath) {
            if (!Files.isRegularFile(p)) {
                throw new Main.UsageException("no such checklist file: " + checklist);
            }
            TenkenEngine engine = engine(List.of(p));
            return new Resolved(engine, engine.checklistFromFile(p).orElseThrow().id());
        }
        TenkenEngine engine = engine(List.of());
        if (engine.checklist(checklist).isEmpty()) {
            throw new Main.UsageException("unknown checklist '" + checklist + "'; known: "
                    + String.join(", ", engine.checklists().stream().map(Checklist::id).toList())
                    + " (or give a path to a checklist file)");
        }
        return new Resolved(engine, checklist);
    }

    /**
     * Every file this run reads — the given ones and the checklist files of each
     * {@code --checklist-dir} — so that {@code --output} can refuse to write over any of them.
     */
    List<Path> inputs(Path main, List<Path> more) {
        List<Path> out = new ArrayList<>();
        out.add(main);
        out.addAll(more);
        for (Path dir : checklistDirs) {
            try (java.util.stream.Stream<Path> s = Files.list(dir)) {
                s.forEach(out::add);
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                // an unreadable directory fails the load itself, with its own message
            }
        }
        return out;
    }

    record Resolved(TenkenEngine engine, String id) {
        Checklist checklist() {
            return engine.checklist(id).orElseThrow();
        }
    }

    /** Converts ja/en. */
    static final class LanguageConverter implements picocli.CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.parse(value).orElseThrow(() ->
                    new picocli.CommandLine.TypeConversionException("unknown language '" + value + "'; expected ja or en"));
        }
    }
}
