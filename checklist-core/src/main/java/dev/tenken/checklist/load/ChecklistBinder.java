package dev.tenken.checklist.load;

import dev.tenken.checklist.Ids;
import dev.tenken.checklist.text.Suggest;
import dev.tenken.checklist.Concern;
import dev.tenken.checklist.Condition;
import dev.tenken.checklist.FactType;
import dev.tenken.checklist.FactValue;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.LocalizedText;
import dev.tenken.checklist.Operator;
import dev.tenken.checklist.ProfileFact;
import dev.tenken.checklist.Problem;
import dev.tenken.checklist.Rank;
import dev.tenken.checklist.Severity;
import dev.tenken.checklist.SourceRef;
import dev.tenken.checklist.load.Node.MapNode;
import dev.tenken.checklist.load.Node.Scalar;
import dev.tenken.checklist.load.Node.ScalarKind;
import dev.tenken.checklist.load.RawChecklist.FactUse;
import dev.tenken.checklist.load.RawChecklist.GradingOverrides;
import dev.tenken.checklist.load.RawChecklist.Located;
import dev.tenken.checklist.load.RawChecklist.RankChange;
import dev.tenken.checklist.load.RawChecklist.RawCategory;
import dev.tenken.checklist.load.RawChecklist.Tailor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Binds a checklist document's tree into a {@link RawChecklist}, reporting every problem. */
public final class ChecklistBinder {

    static final Set<String> TOP_KEYS = Set.of("id", "version", "title", "audience", "sources", "extends", "tailor",
            "profile", "grading", "categories", "concerns", "rules");
    static final Set<String> ITEM_KEYS = Set.of("id", "rank", "title", "description", "remediation", "references",
            "threats", "applies_when", "check", "weight");
    static final Set<String> CATEGORY_KEYS = Set.of("id", "title", "items");
    static final Set<String> FACT_KEYS = Set.of("key", "type", "values", "question");
    static final Set<String> CONCERN_KEYS = Set.of("id", "when", "items_not_met", "severity", "raise", "title",
            "remediation", "references");
    static final Set<String> GRADING_KEYS = Set.of("a_recommended_min", "c_required_min", "d_required_min");
    static final List<String> RANK_WORDS = List.of("必須", "推奨", "required", "recommended");
    /** The threats of the MIC telework guideline, plus information leakage. */
    public static final List<String> THREATS = List.of("malware", "unauthorised-access", "theft-loss", "eavesdropping",
            "information-leak");
    /**
     * The most comparisons one condition ({@code applies_when}, {@code check} or a concern's
     * {@code when}) may hold: 256. Real conditions hold a handful; each comparison costs rule
     * evaluation on every assessment, so a bound keeps one condition from dominating.
     */
    public static final int MAX_COMPARISONS_PER_CONDITION = 256;
    /**
     * The most comparisons one checklist file may hold across all its conditions: 100,000 (five
     * per item of a 20,000-item checklist). Keeps the compiled rules within a small heap.
     */
    public static final int MAX_COMPARISONS_PER_CHECKLIST = 100_000;
    /**
     * The most item ids one concern may name in {@code items_not_met}: {@link Concern#MAX_ITEMS_NOT_MET}
     * (64). Each becomes one pattern of one generated rule, and a rule's compiled code is bounded.
     */
    public static final int MAX_ITEMS_NOT_MET = Concern.MAX_ITEMS_NOT_MET;
    /**
     * The most concerns a checklist may hold, inherited ones included: {@link Concern#MAX_PER_CHECKLIST}
     * (256). Checked by the resolver, at the first concern beyond it.
     */
    public static final int MAX_CONCERNS = Concern.MAX_PER_CHECKLIST;
    /**
     * The most item ids all concerns of a checklist may name together, inherited ones included:
     * {@link Concern#MAX_ITEMS_PER_CHECKLIST} (2,048). Checked by the resolver, at the first
     * concern beyond it.
     */
    public static final int MAX_CONCERN_ITEMS = Concern.MAX_ITEMS_PER_CHECKLIST;
    /**
     * The most ancestors a checklist may have through {@code extends}: 16 (a chain of 17
     * checklists). Checked by the resolver, at the {@code extends} line of the first checklist
     * beyond it; real chains are two or three deep.
     */
    public static final int MAX_EXTENDS_DEPTH = 16;
    /**
     * The most values an enum or set fact may declare (256), each at most {@link Ids#MAX_LENGTH}
     * characters: messages about a value name the declared ones, so their size stays bounded.
     */
    public static final int MAX_FACT_VALUES = 256;
    private static final Pattern RULE_FILE = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._/-]*\\.drl");

    private final Binder b;
    private final ConditionBinder conditions;
    private final Set<String> factKeys = new LinkedHashSet<>();
    private final Set<String> itemIds = new LinkedHashSet<>();
    private int itemNodes;

    private ChecklistBinder(Binder binder) {
        this.b = binder;
        this.conditions = new ConditionBinder(binder);
    }

    /**
     * Binds {@code root}, adding every problem to {@code problems}. Returns the checklist as far as
     * it bound whenever its id could be read (so resolution can report the rest in the same run);
     * {@link RawChecklist#complete()} says whether binding found problems.
     */
    public static Optional<RawChecklist> bind(Node root, String source, String baseDir, boolean fromClasspath,
                                              List<Problem> problems) {
        ChecklistBinder cb = new ChecklistBinder(new Binder(source, problems));
        return Optional.ofNullable(cb.checklist(root, baseDir, fromClasspath, problems.size()));
    }

    private RawChecklist checklist(Node root, String baseDir, boolean fromClasspath, int problemsBefore) {
        Optional<MapNode> top = b.map(root, "a checklist");
        if (top.isEmpty()) {
            return null;
        }
        MapNode m = top.get();
        b.allowOnly(m, TOP_KEYS, "the checklist");
        Optional<Node> idNode = b.required(m, "id", "the checklist");
        String id = idNode.flatMap(n -> b.string(n, "id")).orElse(null);
        if (id != null && (id.length() > Ids.MAX_LENGTH || !Ids.CHECKLIST_ID.matcher(id).matches())) {
            b.problem(idNode.get(), "checklist id '" + id + "' must match [a-z0-9-]+ (at most " + Ids.MAX_LENGTH + " characters)");
        }
        Optional<Located<String>> parent = b.get(m, "extends")
                .flatMap(n -> b.string(n, "extends").map(s -> new Located<>(s, n.line(), n.column())));
        boolean inherits = parent.isPresent();
        String version = optionalOrRequired(m, "version", inherits).flatMap(n -> b.text(n, "version")).orElse(null);
        LocalizedText title = optionalOrRequired(m, "title", inherits).flatMap(n -> b.localized(n, "title")).orElse(null);
        String audience = b.get(m, "audience").flatMap(n -> b.text(n, "audience")).orElse(null);
        List<SourceRef> sources = b.get(m, "sources").map(this::sources).orElse(List.of());
        Tailor tailor = b.get(m, "tailor").map(this::tailor).orElse(Tailor.NONE);
        if (!tailor.isEmpty() && !inherits) {
            b.problem(tailor.line(), tailor.column(), "'tailor' needs 'extends': only inherited items can be tailored");
        }
        List<Located<ProfileFact>> profile = b.get(m, "profile").map(this::profile).orElse(List.of());
        GradingOverrides grading = b.get(m, "grading").map(this::grading).orElse(GradingOverrides.NONE);
        Optional<Node> cats = inherits ? b.get(m, "categories") : b.required(m, "categories", "the checklist");
        List<RawCategory> categories = cats.map(this::categories).orElse(List.of());
        List<Located<Concern>> concerns = b.get(m, "concerns").map(this::concerns).orElse(List.of());
        List<Located<String>> rules = b.get(m, "rules").map(this::ruleNames).orElse(List.of());
        if (!inherits && itemNodes == 0 && cats.isPresent()) {
            b.problem(cats.get(), "a checklist needs at least one item");
        }
        if (id == null) {
            return null;
        }
        return new RawChecklist(b.source(), baseDir, fromClasspath, id, idNode.get().line(), version, title, audience,
                sources, parent, tailor, profile, grading, categories, concerns, rules, conditions.factUses(), itemIds, factKeys,
                b.problems().size() == problemsBefore);
    }

    private Optional<Node> optionalOrRequired(MapNode m, String key, boolean inherits) {
        return inherits ? b.get(m, key) : b.required(m, key, "the checklist");
    }

    private List<SourceRef> sources(Node n) {
        List<SourceRef> out = new ArrayList<>();
        b.list(n, "sources").ifPresent(l -> {
            for (Node s : l.items()) {
                b.map(s, "a source").ifPresent(sm -> {
                    b.allowOnly(sm, Set.of("title", "section"), "a source");
                    Optional<String> t = b.required(sm, "title", "a source").flatMap(x -> b.text(x, "source title"));
                    String section = b.get(sm, "section").flatMap(x -> b.text(x, "source section")).orElse("");
                    t.ifPresent(title -> out.add(new SourceRef(title, section)));
                });
            }
        });
        return out;
    }

    private Tailor tailor(Node n) {
        Optional<MapNode> m = b.map(n, "tailor");
        if (m.isEmpty()) {
            return Tailor.NONE;
        }
        b.allowOnly(m.get(), Set.of("exclude", "rank"), "tailor");
        List<Located<String>> exclude = new ArrayList<>();
        b.get(m.get(), "exclude").flatMap(x -> b.list(x, "tailor.exclude")).ifPresent(l -> l.items().forEach(
                i -> b.string(i, "an excluded item id").ifPresent(s -> exclude.add(new Located<>(s, i.line(), i.column())))));
        List<Located<RankChange>> ranks = new ArrayList<>();
        b.get(m.get(), "rank").flatMap(x -> b.map(x, "tailor.rank")).ifPresent(rm -> {
            for (Node.Entry e : rm.entries().values()) {
                rank(e.value()).ifPresent(r -> ranks.add(new Located<>(new RankChange(e.key(), r), e.line(), e.column())));
            }
        });
        return new Tailor(exclude, ranks, n.line(), n.column());
    }

    private Optional<Rank> rank(Node n) {
        Optional<String> s = b.text(n, "rank");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Optional<Rank> r = Rank.parse(s.get());
        if (r.isEmpty()) {
            b.problem(n, "unknown rank '" + s.get() + "'; expected 必須 or 推奨" + rankHint(s.get()));
        }
        return r;
    }

    /** Suggests a rank for near misses, including Japanese words one character off such as 必要. */
    private static String rankHint(String typo) {
        Optional<String> near = Suggest.nearest(typo.toLowerCase(java.util.Locale.ROOT), RANK_WORDS);
        if (near.isEmpty() && typo.length() == 2) {
            if (typo.charAt(0) == '必' || typo.charAt(1) == '須') {
                near = Optional.of("必須");
            } else if (typo.charAt(0) == '推' || typo.charAt(1) == '奨') {
                near = Optional.of("推奨");
            }
        }
        return near.map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    private List<Located<ProfileFact>> profile(Node n) {
        List<Located<ProfileFact>> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        b.list(n, "profile").ifPresent(l -> {
            for (Node f : l.items()) {
                b.map(f, "a profile fact").ifPresent(fm -> fact(fm).ifPresent(pf -> {
                    if (!keys.add(pf.key())) {
                        b.problem(fm, "duplicate profile fact '" + pf.key() + "'");
                    } else {
                        out.add(new Located<>(pf, fm.line(), fm.column()));
                    }
                }));
            }
        });
        return out;
    }

    private Optional<ProfileFact> fact(MapNode fm) {
        b.allowOnly(fm, FACT_KEYS, "a profile fact");
        Optional<Node> keyNode = b.required(fm, "key", "a profile fact");
        Optional<String> key = keyNode.flatMap(x -> b.string(x, "key"));
        if (key.isPresent() && !Ids.FACT_KEY.matcher(key.get()).matches()) {
            b.problem(keyNode.get(), "fact key '" + key.get() + "' must match " + Ids.FACT_KEY.pattern());
            key = Optional.empty();
        }
        key.ifPresent(factKeys::add);
        Optional<Node> typeNode = b.required(fm, "type", "profile fact '" + key.orElse("?") + "'");
        Optional<FactType> type = typeNode.flatMap(x -> b.string(x, "type")).flatMap(t -> {
            Optional<FactType> ft = FactType.parse(t);
            if (ft.isEmpty()) {
                b.problem(typeNode.get(), "unknown fact type '" + t + "'; expected boolean, number, string, enum or set"
                        + Suggest.hint(t, Arrays.stream(FactType.values()).map(FactType::key).toList()));
            }
            return ft;
        });
        List<String> values = b.get(fm, "values").map(v -> b.stringList(v, "values")).orElse(List.of());
        Optional<Node> valuesNode = b.get(fm, "values");
        if (values.size() > MAX_FACT_VALUES) {
            b.problem(valuesNode.orElseThrow(), "a fact may declare at most " + MAX_FACT_VALUES + " values; found " + values.size());
            return Optional.empty();
        }
        for (String v : values) {
            if (v.length() > Ids.MAX_LENGTH) {
                b.problem(valuesNode.orElseThrow(), "a fact value may have at most " + Ids.MAX_LENGTH + " characters; found one of "
                        + v.length());
                return Optional.empty();
            }
        }
        Optional<LocalizedText> question = b.required(fm, "question", "profile fact '" + key.orElse("?") + "'")
                .flatMap(q -> b.localized(q, "question"));
        if (type.isPresent() && key.isPresent()) {
            boolean enumerated = type.get() == FactType.ENUM || type.get() == FactType.SET;
            if (enumerated && values.isEmpty()) {
                b.problem(fm, "fact '" + key.get() + "' of type " + type.get().key() + " needs 'values'");
                return Optional.empty();
            }
            if (!enumerated && !values.isEmpty()) {
                b.problem(fm, "fact '" + key.get() + "': only enum and set facts take 'values'");
                return Optional.empty();
            }
            if (new LinkedHashSet<>(values).size() != values.size()) {
                b.problem(fm, "fact '" + key.get() + "' lists a value twice");
                return Optional.empty();
            }
        }
        if (key.isEmpty() || type.isEmpty() || question.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ProfileFact(key.get(), type.get(), values, question.get()));
        } catch (IllegalArgumentException e) {
            b.problem(fm, e.getMessage()); // such as values that differ only in case
            return Optional.empty();
        }
    }

    private GradingOverrides grading(Node n) {
        Optional<MapNode> m = b.map(n, "grading");
        if (m.isEmpty()) {
            return GradingOverrides.NONE;
        }
        b.allowOnly(m.get(), GRADING_KEYS, "grading");
        return new GradingOverrides(fraction(m.get(), "a_recommended_min"), fraction(m.get(), "c_required_min"),
                fraction(m.get(), "d_required_min"));
    }

    private Optional<BigDecimal> fraction(MapNode m, String key) {
        return b.get(m, key).flatMap(n -> b.number(n, key).filter(v -> {
            boolean ok = v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0;
            if (!ok) {
                b.problem(n, key + " must be between 0 and 1, was " + v.toPlainString());
            }
            return ok;
        }));
    }

    private List<RawCategory> categories(Node n) {
        List<RawCategory> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        b.list(n, "categories").ifPresent(l -> {
            for (Node c : l.items()) {
                b.map(c, "a category").ifPresent(cm -> {
                    b.setItem(null);
                    b.allowOnly(cm, CATEGORY_KEYS, "a category");
                    Optional<Node> idNode = b.required(cm, "id", "a category");
                    Optional<String> id = idNode.flatMap(x -> b.string(x, "category id")).filter(s -> validId(s, idNode.get(), "category id"));
                    Optional<LocalizedText> title = b.get(cm, "title").flatMap(t -> b.localized(t, "category title"));
                    List<Located<Item>> items = b.required(cm, "items", "category '" + id.orElse("?") + "'")
                            .map(this::items).orElse(List.of());
                    id.ifPresent(i -> {
                        if (!ids.add(i)) {
                            b.problem(idNode.get(), "duplicate category id '" + i + "'");
                        } else {
                            out.add(new RawCategory(i, cm.line(), cm.column(), title, items));
                        }
                    });
                });
            }
        });
        b.setItem(null);
        return out;
    }

    private boolean validId(String id, Node at, String what) {
        if (id.length() > Ids.MAX_LENGTH || !Ids.ITEM_ID.matcher(id).matches()) {
            b.problem(at, what + " '" + id + "' must match " + Ids.ITEM_ID.pattern() + " (at most " + Ids.MAX_LENGTH
                    + " characters)");
            return false;
        }
        return true;
    }

    private List<Located<Item>> items(Node n) {
        List<Located<Item>> out = new ArrayList<>();
        b.list(n, "items").ifPresent(l -> {
            for (Node i : l.items()) {
                itemNodes++;
                b.map(i, "an item").ifPresent(im -> item(im).ifPresent(it -> out.add(new Located<>(it, im.line(), im.column()))));
            }
        });
        return out;
    }

    private Optional<Item> item(MapNode im) {
        b.setItem(null);
        Optional<Node> idNode = b.required(im, "id", "an item");
        Optional<String> id = idNode.flatMap(x -> b.string(x, "item id")).filter(s -> validId(s, idNode.get(), "item id"));
        id.ifPresent(b::setItem);
        b.allowOnly(im, ITEM_KEYS, "an item");
        if (id.isPresent() && !itemIds.add(id.get())) {
            b.problem(idNode.get(), "duplicate item id '" + id.get() + "'");
            id = Optional.empty();
        }
        Optional<Rank> rank = b.required(im, "rank", "the item").flatMap(this::rank);
        Optional<LocalizedText> title = b.required(im, "title", "the item").flatMap(t -> b.localized(t, "title"));
        Optional<LocalizedText> description = b.get(im, "description").flatMap(t -> b.localized(t, "description"));
        boolean descriptionBad = b.get(im, "description").isPresent() && description.isEmpty();
        Optional<LocalizedText> remediation = b.required(im, "remediation", "the item").flatMap(t -> b.localized(t, "remediation"));
        List<LocalizedText> references = b.get(im, "references").map(this::references).orElse(List.of());
        List<String> threats = b.get(im, "threats").map(this::threats).orElse(List.of());
        String owner = id.orElse("?");
        Optional<Optional<Condition>> applies = b.get(im, "applies_when").map(c -> conditions.bind(c, owner));
        Optional<Optional<Condition>> check = b.get(im, "check").map(c -> conditions.bind(c, owner));
        Optional<BigDecimal> weight = b.get(im, "weight").flatMap(w -> b.number(w, "weight").filter(v -> {
            if (v.signum() <= 0) {
                b.problem(w, "weight must be a positive number, was " + v.toPlainString());
                return false;
            }
            return true;
        }));
        boolean weightBad = b.get(im, "weight").isPresent() && weight.isEmpty();
        b.setItem(null);
        if (id.isEmpty() || rank.isEmpty() || title.isEmpty() || remediation.isEmpty() || descriptionBad || weightBad
                || (applies.isPresent() && applies.get().isEmpty()) || (check.isPresent() && check.get().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Item(id.get(), rank.get(), title.get(), description, remediation.get(), references, threats,
                applies.flatMap(x -> x), check.flatMap(x -> x), weight.orElse(BigDecimal.ONE)));
    }

    /** References: each a string (the same in both languages) or {@code {ja: ..., en: ...}}. */
    private List<LocalizedText> references(Node n) {
        List<LocalizedText> out = new ArrayList<>();
        b.list(n, "references").ifPresent(l -> {
            for (Node r : l.items()) {
                if (r instanceof Node.MapNode) {
                    b.localized(r, "a reference").ifPresent(out::add);
                } else {
                    b.string(r, "each reference").ifPresent(t -> out.add(new LocalizedText(t, t)));
                }
            }
        });
        return out;
    }

    private List<String> threats(Node n) {
        List<String> out = new ArrayList<>();
        b.list(n, "threats").ifPresent(l -> {
            for (Node t : l.items()) {
                b.string(t, "a threat").ifPresent(s -> {
                    if (THREATS.contains(s)) {
                        out.add(s);
                    } else {
                        b.problem(t, "unknown threat '" + s + "'; expected one of " + String.join(", ", THREATS)
                                + Suggest.hint(s, THREATS));
                    }
                });
            }
        });
        return out;
    }

    private List<Located<Concern>> concerns(Node n) {
        List<Located<Concern>> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        b.list(n, "concerns").ifPresent(l -> {
            for (Node c : l.items()) {
                b.map(c, "a concern").ifPresent(cm -> {
                    b.setItem(null);
                    Optional<Node> idNode = b.required(cm, "id", "a concern");
                    Optional<String> id = idNode.flatMap(x -> b.string(x, "concern id")).filter(s -> validId(s, idNode.get(), "concern id"));
                    id.ifPresent(b::setItem);
                    b.allowOnly(cm, CONCERN_KEYS, "a concern");
                    Optional<Optional<Condition>> when = b.get(cm, "when").map(w -> conditions.bind(w, id.orElse("?")));
                    List<String> items = b.required(cm, "items_not_met", "the concern")
                            .map(x -> b.stringList(x, "items_not_met")).orElse(List.of());
                    boolean tooMany = items.size() > MAX_ITEMS_NOT_MET;
                    if (tooMany) {
                        b.problem(b.get(cm, "items_not_met").orElseThrow(), "items_not_met names " + items.size()
                                + " items; a concern may name at most " + MAX_ITEMS_NOT_MET + " (split it into several concerns)");
                        items = List.of();
                    }
                    Optional<Severity> severity = b.required(cm, "severity", "the concern").flatMap(x -> b.string(x, "severity"))
                            .flatMap(s -> {
                                Optional<Severity> sv = Severity.parse(s);
                                if (sv.isEmpty()) {
                                    b.problem(cm, "unknown severity '" + s + "'; expected high, medium or low");
                                }
                                return sv;
                            });
                    boolean raise = b.get(cm, "raise").flatMap(x -> b.bool(x, "raise")).orElse(true);
                    Optional<LocalizedText> title = b.required(cm, "title", "the concern").flatMap(t -> b.localized(t, "title"));
                    Optional<LocalizedText> remediation = b.required(cm, "remediation", "the concern")
                            .flatMap(t -> b.localized(t, "remediation"));
                    List<LocalizedText> refs = b.get(cm, "references").map(this::references).orElse(List.of());
                    if (items.isEmpty() && b.get(cm, "items_not_met").isPresent() && !tooMany) {
                        b.problem(cm, "items_not_met needs at least one item id");
                    }
                    if (id.isPresent() && !ids.add(id.get())) {
                        b.problem(idNode.get(), "duplicate concern id '" + id.get() + "'");
                    } else if (id.isPresent() && severity.isPresent() && title.isPresent() && remediation.isPresent()
                            && !items.isEmpty() && (when.isEmpty() || when.get().isPresent())) {
                        out.add(new Located<>(new Concern(id.get(), when.flatMap(x -> x), items, severity.get(), raise,
                                title.get(), remediation.get(), refs), cm.line(), cm.column()));
                    }
                    b.setItem(null);
                });
            }
        });
        return out;
    }

    private List<Located<String>> ruleNames(Node n) {
        List<Located<String>> out = new ArrayList<>();
        b.list(n, "rules").ifPresent(l -> {
            for (Node r : l.items()) {
                b.string(r, "a rule file").ifPresent(s -> {
                    if (!RULE_FILE.matcher(s).matches() || s.contains("..") || s.startsWith("/")) {
                        b.problem(r, "rule file '" + s + "' must be a relative path ending in .drl, inside the checklist's folder");
                    } else {
                        out.add(new Located<>(s, r.line(), r.column()));
                    }
                });
            }
        });
        return out;
    }
}
