package dev.tenken.checklist.load;

import dev.tenken.checklist.Problem;
import dev.tenken.checklist.RuleFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where checklist definitions come from — classpath resources, directories, files, text — and
 * the first steps of the load path: bytes, then a located tree, then a {@link RawChecklist}.
 * Rule files named by a checklist are read here too, from beside it and nowhere else.
 */
public final class ChecklistSources {
    /** Largest rule file read: hand-written rules are small; a larger file is a mistake or an attack. */
    public static final int MAX_RULE_FILE_BYTES = 1024 * 1024;

    private ChecklistSources() {
    }

    /** One place checklists are read from. */
    public sealed interface Source {
        /**
         * Reads and binds every checklist of this source; problems go to {@code problems}, and
         * notes on files passed over (answers files in a checklist directory) to {@code notes}.
         */
        List<RawChecklist> read(List<Problem> problems, List<Problem> notes);

        /** Whether this source reads files on disk (so its checklists can be found by path). */
        default boolean fromFiles() {
            return false;
        }
    }

    /**
     * A classpath resource, such as {@code dev/tenken/checklists/telework-admin.yaml}; read from
     * its precompiled copy when the jar holds a current one ({@link PrecompiledChecklists}).
     */
    public record Resource(ClassLoader loader, String resource) implements Source {
        @Override
        public List<RawChecklist> read(List<Problem> problems, List<Problem> notes) {
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    problems.add(Problem.at(resource, 0, 0, "no such classpath resource"));
                    return List.of();
                }
                int slash = resource.lastIndexOf('/');
                String baseDir = slash < 0 ? "" : resource.substring(0, slash);
                return BoundedFiles.read(in, resource, TreeReader.Limits.CHECKLIST.maxBytes(), "checklist", problems)
                        .map(bytes -> PrecompiledChecklists.read(loader, resource, bytes, baseDir)
                                .map(List::of)
                                .orElseGet(() -> parse(bytes, resource, baseDir, true, problems, null)))
                        .orElse(List.of());
            } catch (IOException e) {
                problems.add(Problem.at(resource, 0, 0, "cannot read: " + BoundedFiles.plain(e)));
                return List.of();
            }
        }
    }

    /** Every {@code .yaml}, {@code .yml} and {@code .json} file directly in a directory, in name order. */
    public record Directory(Path directory) implements Source {
        @Override
        public List<RawChecklist> read(List<Problem> problems, List<Problem> notes) {
            if (!Files.isDirectory(directory)) {
                problems.add(Problem.at(directory.toString(), 0, 0, "not a directory"));
                return List.of();
            }
            List<Path> files;
            Path real;
            try (Stream<Path> s = Files.list(directory)) {
                real = directory.toRealPath();
                files = s.filter(ChecklistSources::isChecklistFile).sorted().toList();
            } catch (IOException | UncheckedIOException e) {
                problems.add(Problem.at(directory.toString(), 0, 0, "cannot list the directory: "
                        + BoundedFiles.plain(e instanceof UncheckedIOException u ? u.getCause() : e)));
                return List.of();
            }
            List<RawChecklist> out = new ArrayList<>();
            for (Path f : files) {
                if (!Files.isRegularFile(f)) {
                    continue;
                }
                if (!inside(f, real)) {
                    problems.add(Problem.at(f.toString(), 0, 0, "is a link to a file outside " + directory
                            + "; copy the checklist into the directory instead"));
                    continue;
                }
                out.addAll(BoundedFiles.read(f, TreeReader.Limits.CHECKLIST.maxBytes(), "checklist", problems)
                        .map(bytes -> parse(bytes, f.toString(), directoryOf(f), false, problems, notes))
                        .orElse(List.of()));
            }
            return out;
        }

        @Override
        public boolean fromFiles() {
            return true;
        }
    }

    /** One checklist file. */
    public record File(Path file) implements Source {
        @Override
        public List<RawChecklist> read(List<Problem> problems, List<Problem> notes) {
            String name = file.toString();
            return BoundedFiles.read(file, TreeReader.Limits.CHECKLIST.maxBytes(), "checklist", problems)
                    .map(bytes -> parse(bytes, name, directoryOf(file), false, problems, null))
                    .orElse(List.of());
        }

        @Override
        public boolean fromFiles() {
            return true;
        }
    }

    /** A checklist given as text; {@code name} names it in messages. */
    public record Text(String text, String name) implements Source {
        @Override
        public List<RawChecklist> read(List<Problem> problems, List<Problem> notes) {
            return parse(text.getBytes(StandardCharsets.UTF_8), name, ".", false, problems, null);
        }
    }

    private static boolean isChecklistFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

    private static boolean inside(Path file, Path realDirectory) {
        try {
            return file.toRealPath().startsWith(realDirectory);
        } catch (IOException e) {
            return false;
        }
    }

    private static String directoryOf(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        return dir == null ? "." : dir.toString();
    }

    /**
     * Binds one document. A document that is plainly a self-assessment (it names a checklist or
     * has answers, and has neither an id nor categories) is not bound as a checklist: in a
     * directory it is passed over with a note (when {@code notes} is given), elsewhere it is one
     * problem that says what to do with it.
     */
    private static List<RawChecklist> parse(byte[] bytes, String name, String baseDir, boolean classpath,
                                            List<Problem> problems, List<Problem> notes) {
        TreeReader.Syntax syntax = name.toLowerCase(Locale.ROOT).endsWith(".json")
                ? TreeReader.Syntax.JSON : TreeReader.Syntax.YAML;
        List<Problem> found = new ArrayList<>();
        Optional<Node> root = TreeReader.read(bytes, name, syntax, TreeReader.Limits.CHECKLIST, found);
        if (root.isPresent() && isAnswers(root.get())) {
            if (notes != null) {
                notes.add(Problem.at(name, 1, 1, "an answers file, not a checklist: passed over"));
            } else {
                problems.add(Problem.at(name, 1, 1, "this is an answers file, not a checklist: assess it (tenken assess "
                        + name + ") instead"));
            }
            return List.of();
        }
        problems.addAll(found);
        return root.flatMap(r -> ChecklistBinder.bind(r, name, baseDir, classpath, problems)).stream().toList();
    }

    private static boolean isAnswers(Node root) {
        return root instanceof Node.MapNode m && !m.entries().containsKey("id") && !m.entries().containsKey("categories")
                && (m.entries().containsKey("answers") || m.entries().containsKey("checklist"));
    }

    /**
     * Reads a rule file named by {@code owner}: from its classpath folder, or from its directory —
     * compared by real path, so a link that leads outside the folder is refused — within
     * {@link #MAX_RULE_FILE_BYTES}. Empty, with a located problem, when it cannot be used.
     */
    public static Optional<RuleFile> readRuleFile(RawChecklist owner, RawChecklist.Located<String> name,
                                                  List<Problem> problems) {
        List<Problem> found = new ArrayList<>();
        Optional<RuleFile> rf = owner.fromClasspath() ? ruleResource(owner, name.value(), found) : ruleFile(owner, name.value(), found);
        for (Problem p : found) {
            problems.add(new Problem(owner.source(), name.line(), name.column(), Optional.empty(),
                    "rule file '" + name.value() + "': " + p.message()));
        }
        return rf;
    }

    private static Optional<RuleFile> ruleResource(RawChecklist owner, String name, List<Problem> problems) {
        String res = owner.baseDir().isEmpty() ? name : owner.baseDir() + "/" + name;
        try (InputStream in = ChecklistSources.class.getClassLoader().getResourceAsStream(res)) {
            if (in == null) {
                problems.add(Problem.at(res, 0, 0, "not found beside the checklist"));
                return Optional.empty();
            }
            return BoundedFiles.read(in, res, MAX_RULE_FILE_BYTES, "rule file", problems)
                    .map(b -> new RuleFile(name, res, new String(b, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            problems.add(Problem.at(res, 0, 0, "cannot read: " + BoundedFiles.plain(e)));
            return Optional.empty();
        }
    }

    private static Optional<RuleFile> ruleFile(RawChecklist owner, String name, List<Problem> problems) {
        Path base;
        Path file = Path.of(owner.baseDir()).resolve(name);
        try {
            base = Path.of(owner.baseDir()).toRealPath();
        } catch (IOException e) {
            problems.add(Problem.at(owner.baseDir(), 0, 0, "cannot read the checklist's folder"));
            return Optional.empty();
        }
        if (!Files.exists(file)) {
            problems.add(Problem.at(file.toString(), 0, 0, "not found beside the checklist"));
            return Optional.empty();
        }
        if (!inside(file, base)) {
            problems.add(Problem.at(file.toString(), 0, 0, "leads outside the checklist's folder; rule files must be in it"));
            return Optional.empty();
        }
        return BoundedFiles.read(file, MAX_RULE_FILE_BYTES, "rule file", problems)
                .map(b -> new RuleFile(name, file.toString(), new String(b, StandardCharsets.UTF_8)));
    }
}
