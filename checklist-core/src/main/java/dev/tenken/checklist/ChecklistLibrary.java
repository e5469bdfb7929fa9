package dev.tenken.checklist;

import dev.tenken.checklist.load.ChecklistResolver;
import dev.tenken.checklist.load.ChecklistSources;
import dev.tenken.checklist.load.RawChecklist;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
    /** Checklists read from files, by the file's absolute normalised path. */
    private final Map<Path, String> idByFile;
    private final List<Problem> notes;

    private ChecklistLibrary(Map<String, Checklist> checklists, Map<Path, String> idByFile, List<Problem> notes) {
        this.checklists = Collections.unmodifiableMap(new LinkedHashMap<>(checklists));
        this.idByFile = Map.copyOf(idByFile);
        this.notes = List.copyOf(notes);
    }

    /**
     * Files passed over while loading, with why: answers files found in a checklist directory.
     *
     * @return the notes, empty when nothing was passed over
     */
    public List<Problem> notes() {
        return notes;
    }

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A library of checklists already resolved (for example, to serve as parents).
     *
     * @param checklists the checklists, each id once; kept in iteration order
     * @return the library
     * @throws IllegalArgumentException if two checklists share an id
     */
    public static ChecklistLibrary of(Collection<Checklist> checklists) {
        Map<String, Checklist> m = new LinkedHashMap<>();
        for (Checklist c : checklists) {
            if (m.putIfAbsent(c.id(), c) != null) {
                throw new IllegalArgumentException("duplicate checklist id '" + c.id() + "'");
            }
        }
        return new ChecklistLibrary(m, Map.of(), List.of());
    }

    /**
     * Reads and resolves one checklist file that extends nothing.
     *
     * @param file the checklist file ({@code .yaml}, {@code .yml} or {@code .json})
     * @return the resolved checklist
     * @throws TenkenException if the file cannot be read or is not a valid checklist; it carries every
     *                         problem found, with file, line and column (or, phase {@link TenkenException.Phase#SETUP},
     *                         when the Jackson on the class path is too old or mixed)
     */
    public static Checklist load(Path file) throws TenkenException {
        ChecklistLibrary lib = builder().addFile(file).build();
        return lib.fromFile(file).orElseThrow();
    }

    /**
     * The checklist with this id.
     *
     * @param id the checklist id
     * @return the checklist, or empty when the library has none with that id
     */
    public Optional<Checklist> get(String id) {
        return Optional.ofNullable(checklists.get(id));
    }

    /**
     * The checklist that was read from this file, if the library read it.
     *
     * @param file the file, compared as an absolute normalised path
     * @return the checklist, or empty when the library did not read that file
     */
    public Optional<Checklist> fromFile(Path file) {
        return Optional.ofNullable(idByFile.get(key(file))).map(checklists::get);
    }

    /**
     * Every checklist, in load order.
     *
     * @return an unmodifiable view of the checklists
     */
    public Collection<Checklist> all() {
        return checklists.values();
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    /** Builds a {@link ChecklistLibrary}. Sources are read in {@link #build()}. */
    public static final class Builder {
        private final List<ChecklistSources.Source> sources = new ArrayList<>();
        private final List<Checklist> resolved = new ArrayList<>();

        private Builder() {
        }

        /**
         * A checklist resource on the classpath, such as {@code dev/tenken/checklists/telework-admin.yaml}.
         *
         * @param loader   the class loader to read it with
         * @param resource the resource name, without a leading slash
         * @return this builder
         */
        public Builder addResource(ClassLoader loader, String resource) {
            sources.add(new ChecklistSources.Resource(Objects.requireNonNull(loader, "loader"),
                    Objects.requireNonNull(resource, "resource")));
            return this;
        }

        /**
         * Every {@code .yaml}, {@code .yml} and {@code .json} file directly in a directory, in name order.
         *
         * @param directory the directory; not searched recursively
         * @return this builder
         */
        public Builder addDirectory(Path directory) {
            sources.add(new ChecklistSources.Directory(Objects.requireNonNull(directory, "directory")));
            return this;
        }

        /**
         * One checklist file.
         *
         * @param file the file to read
         * @return this builder
         */
        public Builder addFile(Path file) {
            sources.add(new ChecklistSources.File(Objects.requireNonNull(file, "file")));
            return this;
        }

        /**
         * A checklist given as text; {@code sourceName} names it in messages.
         *
         * @param text       the checklist in YAML or JSON
         * @param sourceName what to call it in messages, such as a file name
         * @return this builder
         */
        public Builder addText(String text, String sourceName) {
            sources.add(new ChecklistSources.Text(Objects.requireNonNull(text, "text"),
                    Objects.requireNonNull(sourceName, "sourceName")));
            return this;
        }

        /**
         * Checklists already resolved: they join the library, and may be named by {@code extends},
         * for every id that no source of this builder defines (for example built-in parents while
         * validating a user's files). They are used as they are, rule files included.
         *
         * @param checklists the resolved checklists
         * @return this builder
         */
        public Builder addResolved(Collection<Checklist> checklists) {
            resolved.addAll(checklists);
            return this;
        }

        /**
         * Reads, resolves and validates everything; every problem of every source in one exception.
         *
         * @return the library
         * @throws TenkenException if any source cannot be read, is not a valid checklist, repeats an id or
         *                         extends a checklist that cannot be found; it carries every problem found.
         *                         Also, before reading anything, when the Jackson on the class path is too old
         *                         or mixed (phase {@link TenkenException.Phase#SETUP}, see {@link LibraryVersions})
         */
        public ChecklistLibrary build() throws TenkenException {
            LibraryVersions.check();
            List<Problem> problems = new ArrayList<>();
            Map<String, RawChecklist> raws = new LinkedHashMap<>();
            Map<Path, String> idByFile = new LinkedHashMap<>();
            List<Problem> notes = new ArrayList<>();
            for (ChecklistSources.Source s : sources) {
                for (RawChecklist raw : s.read(problems, notes)) {
                    RawChecklist previous = raws.putIfAbsent(raw.id(), raw);
                    if (previous != null) {
                        problems.add(new Problem(raw.source(), raw.line(), 1, Optional.empty(),
                                "checklist id '" + raw.id() + "' is already defined by " + previous.source()));
                    } else if (s.fromFiles()) {
                        idByFile.put(key(Path.of(raw.source())), raw.id());
                    }
                }
            }
            Map<String, Checklist> parents = new LinkedHashMap<>();
            resolved.forEach(c -> parents.putIfAbsent(c.id(), c));
            parents.keySet().removeAll(raws.keySet());
            Map<String, Checklist> out = ChecklistResolver.resolveAll(raws, parents, ChecklistSources::readRuleFile, problems);
            if (!problems.isEmpty()) {
                throw new TenkenException(TenkenException.Phase.DEFINITION, problems);
            }
            out.putAll(parents);
            return new ChecklistLibrary(out, idByFile, notes);
        }
    }
}
