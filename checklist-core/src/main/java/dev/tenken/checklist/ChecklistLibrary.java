package dev.tenken.checklist;

import dev.tenken.checklist.internal.ChecklistBinder;
import dev.tenken.checklist.internal.ChecklistResolver;
import dev.tenken.checklist.internal.Node;
import dev.tenken.checklist.internal.RawChecklist;
import dev.tenken.checklist.internal.TreeReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A set of resolved checklists loaded from the classpath, directories and files. Loading
 * reads every source, resolves {@code extends}/{@code tailor}, and reports every problem of
 * every file in one {@link TenkenException}.
 *
 * <pre>{@code
 * ChecklistLibrary lib = ChecklistLibrary.builder()
 *         .addDirectory(Path.of("sector-checklists"))
 *         .build();
 * Checklist c = lib.get("clinic-telework").orElseThrow();
 * }</pre>
 *
 * @since 0.1
 */
public final class ChecklistLibrary {
    private final Map<String, Checklist> checklists;

    private ChecklistLibrary(Map<String, Checklist> checklists) {
        this.checklists = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(checklists));
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A library of checklists already resolved (for example, to serve as parents). */
    public static ChecklistLibrary of(Collection<Checklist> checklists) {
        Map<String, Checklist> m = new LinkedHashMap<>();
        for (Checklist c : checklists) {
            if (m.putIfAbsent(c.id(), c) != null) {
                throw new IllegalArgumentException("duplicate checklist id '" + c.id() + "'");
            }
        }
        return new ChecklistLibrary(m);
    }

    /** Reads and resolves one checklist file that extends nothing (or a built-in the caller adds). */
    public static Checklist load(Path file) throws TenkenException {
        ChecklistLibrary lib = builder().addFile(file).build();
        return lib.checklists.values().iterator().next();
    }

    /** The checklist with this id. */
    public Optional<Checklist> get(String id) {
        return Optional.ofNullable(checklists.get(id));
    }

    /** Every checklist, in load order. */
    public Collection<Checklist> all() {
        return checklists.values();
    }

    /** Builds a {@link ChecklistLibrary}. Sources are read in {@link #build()}. */
    public static final class Builder {
        private final List<Source> primary = new ArrayList<>();
        private final List<Source> fallback = new ArrayList<>();

        private Builder() {
        }

        /** A checklist resource on the classpath, such as {@code dev/tenken/checklists/telework-admin.yaml}. */
        public Builder addResource(ClassLoader loader, String resource) {
            primary.add(new Source.Resource(Objects.requireNonNull(loader, "loader"), Objects.requireNonNull(resource, "resource")));
            return this;
        }

        /** Every {@code .yaml}, {@code .yml} and {@code .json} file directly in a directory, in name order. */
        public Builder addDirectory(Path directory) {
            primary.add(new Source.Directory(Objects.requireNonNull(directory, "directory")));
            return this;
        }

        /** One checklist file. */
        public Builder addFile(Path file) {
            primary.add(new Source.File(Objects.requireNonNull(file, "file")));
            return this;
        }

        /** A checklist given as text; {@code sourceName} names it in messages. */
        public Builder addText(String text, String sourceName) {
            primary.add(new Source.Text(Objects.requireNonNull(text, "text"), Objects.requireNonNull(sourceName, "sourceName")));
            return this;
        }

        /**
         * Checklists from {@code other} used only for ids no other source defines (for example
         * built-in parents while validating a user's files).
         */
        public Builder addFallback(ChecklistLibrary other) {
            fallback.add(new Source.Loaded(other));
            return this;
        }

        /** Reads, resolves and validates everything. */
        public ChecklistLibrary build() throws TenkenException {
            List<Problem> problems = new ArrayList<>();
            Map<String, RawChecklist> raws = new LinkedHashMap<>();
            Map<String, String> sourceOf = new LinkedHashMap<>();
            for (Source s : primary) {
                for (RawChecklist raw : s.read(problems)) {
                    String previous = sourceOf.putIfAbsent(raw.id(), raw.source());
                    if (previous != null) {
                        problems.add(new Problem(raw.source(), raw.line(), 1, Optional.empty(),
                                "checklist id '" + raw.id() + "' is already defined by " + previous));
                    } else {
                        raws.put(raw.id(), raw);
                    }
                }
            }
            Map<String, Checklist> fallbackLists = new LinkedHashMap<>();
            for (Source s : fallback) {
                ((Source.Loaded) s).library.all().forEach(c -> fallbackLists.putIfAbsent(c.id(), c));
            }
            fallbackLists.keySet().removeAll(raws.keySet());
            Map<String, RawChecklist> withParents = new LinkedHashMap<>(raws);
            fallbackLists.values().forEach(c -> withParents.put(c.id(), Source.asRaw(c)));
            Map<String, Checklist> resolved = ChecklistResolver.resolveAll(withParents, Source::readRuleFile, problems);
            if (!problems.isEmpty()) {
                throw new TenkenException(TenkenException.Phase.DEFINITION, problems);
            }
            Map<String, Checklist> out = new LinkedHashMap<>();
            raws.keySet().forEach(id -> out.put(id, resolved.get(id)));
            fallbackLists.keySet().forEach(id -> out.put(id, resolved.get(id)));
            return new ChecklistLibrary(out);
        }
    }

    /** Where checklist definitions come from. */
    private sealed interface Source {

        List<RawChecklist> read(List<Problem> problems);

        record Resource(ClassLoader loader, String resource) implements Source {
            @Override
            public List<RawChecklist> read(List<Problem> problems) {
                try (InputStream in = loader.getResourceAsStream(resource)) {
                    if (in == null) {
                        problems.add(Problem.at(resource, 0, 0, "no such classpath resource"));
                        return List.of();
                    }
                    byte[] bytes = in.readNBytes(TreeReader.Limits.CHECKLIST.maxBytes() + 1);
                    int slash = resource.lastIndexOf('/');
                    return parse(bytes, resource, slash < 0 ? "" : resource.substring(0, slash), true, problems);
                } catch (IOException e) {
                    problems.add(Problem.at(resource, 0, 0, "cannot read: " + e.getMessage()));
                    return List.of();
                }
            }
        }

        record Directory(Path directory) implements Source {
            @Override
            public List<RawChecklist> read(List<Problem> problems) {
                if (!Files.isDirectory(directory)) {
                    problems.add(Problem.at(directory.toString(), 0, 0, "not a directory"));
                    return List.of();
                }
                List<Path> files;
                try (Stream<Path> s = Files.list(directory)) {
                    files = s.filter(Files::isRegularFile).filter(Source::isChecklistFile).sorted().toList();
                } catch (IOException | UncheckedIOException e) {
                    problems.add(Problem.at(directory.toString(), 0, 0, "cannot list directory: " + e.getMessage()));
                    return List.of();
                }
                List<RawChecklist> out = new ArrayList<>();
                files.forEach(f -> out.addAll(new File(f).read(problems)));
                return out;
            }
        }

        record File(Path file) implements Source {
            @Override
            public List<RawChecklist> read(List<Problem> problems) {
                String name = file.toString();
                try {
                    if (!Files.isRegularFile(file)) {
                        problems.add(Problem.at(name, 0, 0, "no such file"));
                        return List.of();
                    }
                    if (Files.size(file) > TreeReader.Limits.CHECKLIST.maxBytes()) {
                        problems.add(Problem.at(name, 0, 0, "file is " + Files.size(file) + " bytes; the limit is "
                                + TreeReader.Limits.CHECKLIST.maxBytes() + " bytes"));
                        return List.of();
                    }
                    byte[] bytes = Files.readAllBytes(file);
                    Path dir = file.toAbsolutePath().getParent();
                    return parse(bytes, name, dir == null ? "." : dir.toString(), false, problems);
                } catch (IOException e) {
                    problems.add(Problem.at(name, 0, 0, "cannot read: " + e.getMessage()));
                    return List.of();
                }
            }
        }

        record Text(String text, String name) implements Source {
            @Override
            public List<RawChecklist> read(List<Problem> problems) {
                return parse(text.getBytes(StandardCharsets.UTF_8), name, ".", false, problems);
            }
        }

        record Loaded(ChecklistLibrary library) implements Source {
            @Override
            public List<RawChecklist> read(List<Problem> problems) {
                return List.of();
            }
        }

        private static boolean isChecklistFile(Path p) {
            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
            return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
        }

        private static List<RawChecklist> parse(byte[] bytes, String name, String baseDir, boolean classpath,
                                                List<Problem> problems) {
            TreeReader.Syntax syntax = name.toLowerCase(Locale.ROOT).endsWith(".json")
                    ? TreeReader.Syntax.JSON : TreeReader.Syntax.YAML;
            Optional<Node> root = TreeReader.read(bytes, name, syntax, TreeReader.Limits.CHECKLIST, problems);
            return root.flatMap(r -> ChecklistBinder.bind(r, name, baseDir, classpath, problems)).stream().toList();
        }

        /** An already resolved checklist, to serve as a parent; it has nothing left to check. */
        private static RawChecklist asRaw(Checklist c) {
            List<RawChecklist.RawCategory> cats = c.categories().stream()
                    .map(cat -> new RawChecklist.RawCategory(cat.id(), 0, 0, Optional.of(cat.title()),
                            cat.items().stream().map(i -> new RawChecklist.Located<>(i, 0, 0)).toList()))
                    .toList();
            return new RawChecklist("(loaded) " + c.id(), ".", false, c.id(), 0, c.version(), c.title(), c.audience(),
                    c.sources(), Optional.empty(), RawChecklist.Tailor.NONE,
                    c.profile().stream().map(f -> new RawChecklist.Located<>(f, 0, 0)).toList(),
                    new RawChecklist.GradingOverrides(Optional.of(c.grading().aRecommendedMin()),
                            Optional.of(c.grading().cRequiredMin()), Optional.of(c.grading().dRequiredMin())),
                    cats, c.concerns().stream().map(x -> new RawChecklist.Located<>(x, 0, 0)).toList(),
                    List.of(), List.of());
        }

        private static Optional<RuleFile> readRuleFile(RawChecklist owner, String name) {
            try {
                if (owner.fromClasspath()) {
                    String res = owner.baseDir().isEmpty() ? name : owner.baseDir() + "/" + name;
                    try (InputStream in = ChecklistLibrary.class.getClassLoader().getResourceAsStream(res)) {
                        if (in == null) {
                            return Optional.empty();
                        }
                        return Optional.of(new RuleFile(name, res, new String(in.readNBytes(1024 * 1024), StandardCharsets.UTF_8)));
                    }
                }
                Path base = Path.of(owner.baseDir()).toAbsolutePath().normalize();
                Path file = base.resolve(name).normalize();
                if (!file.startsWith(base) || !Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                return Optional.of(new RuleFile(name, file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
    }
}
