package dev.tenken.checklist.load;

import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.ChecklistJson;
import dev.tenken.checklist.ChecklistLibrary;
import dev.tenken.checklist.Concern;
import dev.tenken.checklist.Condition;
import dev.tenken.checklist.FactType;
import dev.tenken.checklist.FactValue;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.LocalizedText;
import dev.tenken.checklist.Operator;
import dev.tenken.checklist.Problem;
import dev.tenken.checklist.ProfileFact;
import dev.tenken.checklist.Rank;
import dev.tenken.checklist.Severity;
import dev.tenken.checklist.SourceRef;
import dev.tenken.checklist.TenkenException;
import dev.tenken.checklist.TenkenVersion;
import dev.tenken.checklist.load.Node.ListNode;
import dev.tenken.checklist.load.Node.MapNode;
import dev.tenken.checklist.load.Node.Scalar;
import dev.tenken.checklist.load.RawChecklist.Located;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Checklists shipped as classpath resources, resolved and validated when the jar is built, and
 * read back at run time without the YAML parser and the binder. Reading YAML and binding it run
 * once per JVM, interpreted, and were most of what an application waited for at start.
 *
 * <p>{@link #main} writes, beside each {@code name.yaml} resource, {@code name.resolved.json}:
 * the checklist as {@link ChecklistJson} writes it, wrapped with the CRC-32 of the YAML bytes it
 * was made from and the Tenken version that made it. {@link ChecklistSources.Resource} uses it
 * only when it is there, its CRC matches the YAML it sits beside and its version is the running
 * one (defaults, such as weights and grading thresholds, are resolved into the copy), so an
 * edited YAML file, or a copy from another release, is never used; in every other case (no copy,
 * another format, a damaged copy) the YAML is loaded as usual. The result joins the load path as
 * a {@link RawChecklist}, so duplicate ids, {@code extends} by other checklists and load order
 * behave as for the YAML, except that a problem found there names the file without a line
 * (positions in the copy would not be the YAML's). The model's records check the copy again on
 * construction, but the loader's own checks (the vocabulary of threats, the typing of conditions)
 * ran only when the copy was made: copies are read from classpath resources only, never from
 * files or text a user gives.
 */
public final class PrecompiledChecklists {
    /** The version of the wrapped form; a copy of another version is not read. */
    static final int FORMAT = 1;
    static final String SUFFIX = ".resolved.json";

    private PrecompiledChecklists() {
    }

    /** The precompiled copy's resource name for a YAML resource. */
    static String copyOf(String yamlResource) {
        int dot = yamlResource.lastIndexOf('.');
        return (dot > yamlResource.lastIndexOf('/') ? yamlResource.substring(0, dot) : yamlResource) + SUFFIX;
    }

    static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length);
        return crc.getValue();
    }

    /**
     * The precompiled copy of {@code resource}, when one is beside it and was made from exactly
     * {@code yaml}; otherwise empty, and the caller loads the YAML.
     */
    static Optional<RawChecklist> read(ClassLoader loader, String resource, byte[] yaml, String baseDir) {
        byte[] json;
        try (InputStream in = loader.getResourceAsStream(copyOf(resource))) {
            if (in == null) {
                return Optional.empty();
            }
            json = in.readNBytes(TreeReader.Limits.CHECKLIST.maxBytes() + 1);
        } catch (IOException e) {
            return Optional.empty();
        }
        List<Problem> problems = new ArrayList<>();
        Optional<Node> root = TreeReader.read(json, copyOf(resource), TreeReader.Syntax.JSON, TreeReader.Limits.CHECKLIST, problems);
        if (root.isEmpty() || !problems.isEmpty()) {
            return Optional.empty();
        }
        try {
            MapNode m = (MapNode) root.get();
            if (integer(m, "format") != FORMAT || integer(m, "yaml_crc32") != crc(yaml)
                    || !string(m, "tenken_version").equals(TenkenVersion.current())) {
                return Optional.empty();
            }
            return Optional.of(new Reader(resource, baseDir).checklist((MapNode) get(m, "checklist")));
        } catch (RuntimeException e) {
            // not the shape this class writes (a record refused a value, a key is missing):
            // the YAML beside it is loaded instead, and reports its own problems if it has any
            return Optional.empty();
        }
    }

    /**
     * Writes the precompiled copies, at build time. Arguments: the classes directory holding the
     * resources, then the resource name of an index listing the YAML files beside it (one name
     * per line, {@code #} for comments). Every checklist is loaded and validated in full; a
     * problem fails the build, and so does a checklist with {@code extends} or rule files (a
     * precompiled copy holds neither).
     *
     * @param args classes directory, index resource
     * @throws IOException if a file cannot be read or written
     * @throws TenkenException if a checklist is not valid
     */
    public static void main(String[] args) throws IOException, TenkenException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: PrecompiledChecklists <classes dir> <index resource>");
        }
        Path classes = Path.of(args[0]);
        String index = args[1];
        String dir = index.contains("/") ? index.substring(0, index.lastIndexOf('/') + 1) : "";
        for (String line : Files.readAllLines(classes.resolve(index), StandardCharsets.UTF_8)) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            Path yaml = classes.resolve(dir + name);
            Checklist c = ChecklistLibrary.load(yaml);
            if (c.extendsId().isPresent() || !c.rules().isEmpty()) {
                throw new IllegalArgumentException(yaml + ": a precompiled checklist cannot extend another or name rule files");
            }
            String out = "{\"format\": " + FORMAT + ", \"yaml_crc32\": " + crc(Files.readAllBytes(yaml))
                    + ", \"tenken_version\": \"" + TenkenVersion.current() + "\", \"checklist\":\n"
                    + ChecklistJson.write(c) + "}\n";
            Files.writeString(classes.resolve(copyOf(dir + name)), out, StandardCharsets.UTF_8);
        }
    }

    private static Node get(MapNode m, String key) {
        Node.Entry e = m.entries().get(key);
        if (e == null) {
            throw new IllegalArgumentException("no " + key);
        }
        return e.value();
    }

    private static Optional<Node> opt(MapNode m, String key) {
        Node.Entry e = m.entries().get(key);
        return e == null ? Optional.empty() : Optional.of(e.value());
    }

    private static String text(Node n) {
        Scalar s = (Scalar) n;
        if (s.kind() != Node.ScalarKind.STRING) {
            throw new IllegalArgumentException("not a string");
        }
        return s.text();
    }

    private static String string(MapNode m, String key) {
        return text(get(m, key));
    }

    private static long integer(MapNode m, String key) {
        return Long.parseLong(((Scalar) get(m, key)).text());
    }

    private static BigDecimal decimal(MapNode m, String key) {
        return new BigDecimal(((Scalar) get(m, key)).text());
    }

    private static List<Node> list(MapNode m, String key) {
        return ((ListNode) get(m, key)).items();
    }

    private static LocalizedText localized(Node n) {
        if (n instanceof Scalar) {
            return new LocalizedText(text(n), text(n));
        }
        MapNode m = (MapNode) n;
        return new LocalizedText(string(m, "ja"), string(m, "en"));
    }

    private static List<LocalizedText> references(MapNode m) {
        List<LocalizedText> out = new ArrayList<>();
        for (Node r : list(m, "references")) {
            out.add(localized(r));
        }
        return out;
    }

    private static List<String> strings(MapNode m, String key) {
        List<String> out = new ArrayList<>();
        for (Node n : list(m, key)) {
            out.add(text(n));
        }
        return out;
    }

    /** No position: a line of the copy is not a line of the YAML a problem would name. */
    private static <T> Located<T> at(T value) {
        return new Located<>(value, 0, 0);
    }

    /** Maps the tree {@link ChecklistJson} wrote back to the records it was written from. */
    private record Reader(String source, String baseDir) {
        RawChecklist checklist(MapNode m) {
            List<SourceRef> sources = new ArrayList<>();
            for (Node n : list(m, "sources")) {
                MapNode s = (MapNode) n;
                sources.add(new SourceRef(string(s, "title"), opt(s, "section").map(PrecompiledChecklists::text).orElse("")));
            }
            List<Located<ProfileFact>> profile = new ArrayList<>();
            Set<String> factKeys = new LinkedHashSet<>();
            for (Node n : list(m, "profile")) {
                MapNode f = (MapNode) n;
                FactType type = FactType.parse(string(f, "type")).orElseThrow();
                List<String> values = f.entries().containsKey("values") ? strings(f, "values") : List.of();
                ProfileFact fact = new ProfileFact(string(f, "key"), type, values, localized(get(f, "question")));
                profile.add(at(fact));
                factKeys.add(fact.key());
            }
            MapNode g = (MapNode) get(m, "grading");
            RawChecklist.GradingOverrides grading = new RawChecklist.GradingOverrides(
                    Optional.of(decimal(g, "a_recommended_min")), Optional.of(decimal(g, "c_required_min")),
                    Optional.of(decimal(g, "d_required_min")));
            List<RawChecklist.RawCategory> categories = new ArrayList<>();
            Set<String> itemIds = new LinkedHashSet<>();
            for (Node n : list(m, "categories")) {
                MapNode c = (MapNode) n;
                List<Located<Item>> items = new ArrayList<>();
                for (Node i : list(c, "items")) {
                    Item item = item((MapNode) i);
                    items.add(at(item));
                    itemIds.add(item.id());
                }
                categories.add(new RawChecklist.RawCategory(string(c, "id"), 0, 0,
                        Optional.of(localized(get(c, "title"))), items));
            }
            List<Located<Concern>> concerns = new ArrayList<>();
            if (m.entries().containsKey("concerns")) {
                for (Node n : list(m, "concerns")) {
                    concerns.add(at(concern((MapNode) n)));
                }
            }
            if (m.entries().containsKey("rules") || m.entries().containsKey("extends")) {
                throw new IllegalArgumentException("a precompiled checklist names no rules and extends nothing");
            }
            return new RawChecklist(source, baseDir, true, string(m, "id"), 0, string(m, "version"),
                    localized(get(m, "title")), string(m, "audience"), sources, Optional.empty(), RawChecklist.Tailor.NONE,
                    profile, grading, categories, concerns, List.of(), List.of(), itemIds, factKeys, true);
        }

        private Item item(MapNode m) {
            return new Item(string(m, "id"), Rank.parse(string(m, "rank")).orElseThrow(), localized(get(m, "title")),
                    opt(m, "description").map(PrecompiledChecklists::localized), localized(get(m, "remediation")),
                    references(m), m.entries().containsKey("threats") ? strings(m, "threats") : List.of(),
                    opt(m, "applies_when").map(n -> condition((MapNode) n)),
                    opt(m, "check").map(n -> condition((MapNode) n)), decimal(m, "weight"));
        }

        private Concern concern(MapNode m) {
            return new Concern(string(m, "id"), opt(m, "when").map(n -> condition((MapNode) n)),
                    strings(m, "items_not_met"), Severity.parse(string(m, "severity")).orElseThrow(),
                    Boolean.parseBoolean(((Scalar) get(m, "raise")).text()), localized(get(m, "title")),
                    localized(get(m, "remediation")), references(m));
        }

        private Condition condition(MapNode m) {
            if (m.entries().containsKey("all")) {
                return new Condition.All(conditions(list(m, "all")));
            }
            if (m.entries().containsKey("any")) {
                return new Condition.Any(conditions(list(m, "any")));
            }
            if (m.entries().containsKey("not")) {
                return new Condition.Not(condition((MapNode) get(m, "not")));
            }
            if (m.entries().size() != 2) {
                throw new IllegalArgumentException("a comparison has a fact and one operator");
            }
            for (Node.Entry e : m.entries().values()) {
                if (!e.key().equals("fact")) {
                    return new Condition.Comparison(string(m, "fact"), Operator.parse(e.key()).orElseThrow(), value(e.value()));
                }
            }
            throw new IllegalArgumentException("no operator");
        }

        private List<Condition> conditions(List<Node> nodes) {
            List<Condition> out = new ArrayList<>();
            for (Node n : nodes) {
                out.add(condition((MapNode) n));
            }
            return out;
        }

        private static FactValue value(Node n) {
            if (n instanceof ListNode l) {
                List<String> members = new ArrayList<>();
                for (Node x : l.items()) {
                    members.add(text(x));
                }
                return new FactValue.Members(new LinkedHashSet<>(members));
            }
            Scalar s = (Scalar) n;
            return switch (s.kind()) {
                case BOOLEAN -> new FactValue.Bool(Boolean.parseBoolean(s.text()));
                case INTEGER, DECIMAL -> new FactValue.Num(new BigDecimal(s.text()));
                case STRING -> new FactValue.Text(s.text());
                case NULL -> throw new IllegalArgumentException("no value");
            };
        }
    }
}
