package dev.tenken.bench;

import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.Category;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.Concern;
import dev.tenken.checklist.Condition;
import dev.tenken.checklist.FactType;
import dev.tenken.checklist.FactValue;
import dev.tenken.checklist.GradingPolicy;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.LocalizedText;
import dev.tenken.checklist.Operator;
import dev.tenken.checklist.ProfileFact;
import dev.tenken.checklist.Rank;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Seeded synthetic checklists and self-assessments shaped like the built-in ones: about a third
 * of the items depend on the profile, some are decided by a check, a few concerns link items,
 * ten items per category. The same seed gives the same workload, so runs compare.
 */
public final class Workload {
    private static final String[] WEIGHTS = {"1", "1", "1", "1", "0.5", "1.5", "2"};
    private static final List<String> METHODS = List.of("vpn", "remote-desktop", "cloud", "vdi", "device-takeout");
    private static final List<String> NETWORKS = List.of("office", "home-wifi", "public-wifi", "mobile");

    private Workload() {
    }

    /** A checklist of {@code items} items with id {@code id}. */
    public static Checklist checklist(String id, int items, long seed) {
        Random r = new Random(seed);
        List<ProfileFact> facts = List.of(
                new ProfileFact("telework.methods", FactType.SET, METHODS, text("方式", "methods")),
                new ProfileFact("networks.used", FactType.SET, NETWORKS, text("ネットワーク", "networks")),
                new ProfileFact("devices.ownership", FactType.ENUM, List.of("company", "byod", "mixed"), text("端末", "devices")),
                new ProfileFact("mdm.in_use", FactType.BOOLEAN, List.of(), text("MDM", "MDM")),
                new ProfileFact("staff.count", FactType.NUMBER, List.of(), text("人数", "staff")),
                new ProfileFact("admin.present", FactType.BOOLEAN, List.of(), text("管理者", "admin")));
        List<Category> categories = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<Item> current = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            String itemId = "X-" + (i + 1);
            ids.add(itemId);
            int kind = r.nextInt(100);
            Optional<Condition> applies = kind < 33 ? Optional.of(condition(r, 0)) : Optional.empty();
            Optional<Condition> check = kind >= 33 && kind < 43 ? Optional.of(condition(r, 1)) : Optional.empty();
            current.add(new Item(itemId, r.nextInt(100) < 55 ? Rank.REQUIRED : Rank.RECOMMENDED,
                    text("項目 " + itemId + " を実施している", "Item " + itemId + " is in place"), Optional.empty(),
                    text("項目 " + itemId + " を実施してください", "Put item " + itemId + " in place"),
                    List.of(text("ベンチマーク指針 " + (i % 7), "Benchmark guideline " + (i % 7))), List.of(), applies, check,
                    new BigDecimal(WEIGHTS[r.nextInt(WEIGHTS.length)])));
            if (current.size() == 10 || i == items - 1) {
                String cat = "cat-" + categories.size();
                categories.add(new Category(cat, text("分野 " + categories.size(), "Area " + categories.size()), current));
                current = new ArrayList<>();
            }
        }
        List<Concern> concerns = new ArrayList<>();
        for (int k = 0; k < Math.max(1, items / 25); k++) {
            Set<String> linked = new LinkedHashSet<>();
            linked.add(ids.get(r.nextInt(ids.size())));
            linked.add(ids.get(r.nextInt(ids.size())));
            concerns.add(new Concern("concern-" + k, Optional.of(condition(r, 1)), List.copyOf(linked),
                    Severity.values()[r.nextInt(2)], r.nextBoolean(), text("懸念 " + k, "Concern " + k),
                    text("対策 " + k, "Fix " + k), List.of(text("ベンチマーク指針", "Benchmark guideline"))));
        }
        return new Checklist(id, "bench", text("ベンチマーク", "Benchmark"), "system-administrator", List.of(),
                Optional.empty(), facts, GradingPolicy.DEFAULT, categories, concerns, List.of());
    }

    private static Condition condition(Random r, int depth) {
        int pick = depth >= 2 ? 9 : r.nextInt(10);
        if (pick < 2) {
            return new Condition.All(List.of(condition(r, depth + 1), condition(r, depth + 1)));
        }
        if (pick == 2) {
            return new Condition.Any(List.of(condition(r, depth + 1), condition(r, depth + 1)));
        }
        if (pick == 3) {
            return new Condition.Not(condition(r, depth + 1));
        }
        return switch (r.nextInt(7)) {
            case 0 -> new Condition.Comparison("telework.methods", Operator.CONTAINS, FactValue.of(pick(r, METHODS)));
            case 1 -> new Condition.Comparison("networks.used", Operator.IN, FactValue.of(new LinkedHashSet<>(List.of(pick(r, NETWORKS), pick(r, NETWORKS)))));
            case 2 -> new Condition.Comparison("devices.ownership", r.nextBoolean() ? Operator.EQ : Operator.NE,
                    FactValue.of(pick(r, List.of("company", "byod", "mixed"))));
            case 3 -> new Condition.Comparison("mdm.in_use", Operator.EQ, FactValue.of(r.nextBoolean()));
            case 4 -> new Condition.Comparison("staff.count", r.nextBoolean() ? Operator.GTE : Operator.LTE, FactValue.of(5 + r.nextInt(100)));
            case 5 -> new Condition.Comparison("admin.present", Operator.EXISTS, FactValue.of(r.nextBoolean()));
            default -> new Condition.Comparison("admin.present", Operator.EQ, FactValue.of(true));
        };
    }

    /**
     * {@code count} self-assessments of any checklist: each declared profile fact given with a
     * random value of its type (one in five left out), answers mostly met, one in twelve missing.
     */
    public static List<SelfAssessment> assessments(Checklist c, int count, long seed) {
        Random r = new Random(seed);
        List<SelfAssessment> out = new ArrayList<>(count);
        AnswerStatus[] statuses = {AnswerStatus.MET, AnswerStatus.MET, AnswerStatus.MET, AnswerStatus.PARTIAL,
            AnswerStatus.UNMET, AnswerStatus.UNKNOWN, AnswerStatus.NOT_APPLICABLE};
        List<Item> items = c.items().toList();
        for (int n = 0; n < count; n++) {
            SelfAssessment.Builder b = SelfAssessment.builder(c.id()).organisation("org-" + n);
            for (ProfileFact f : c.profile()) {
                if (r.nextInt(5) == 0) {
                    continue;
                }
                switch (f.type()) {
                    case BOOLEAN -> b.profile(f.key(), r.nextBoolean());
                    case NUMBER -> b.profile(f.key(), r.nextInt(300));
                    case STRING -> b.profile(f.key(), "s" + r.nextInt(3));
                    case ENUM -> b.profile(f.key(), pick(r, f.values()));
                    case SET -> b.profile(f.key(), subset(r, f.values()));
                    default -> throw new IllegalStateException(f.type().toString());
                }
            }
            for (Item i : items) {
                if (r.nextInt(12) > 0) {
                    b.answer(i.id(), statuses[r.nextInt(statuses.length)]);
                }
            }
            out.add(b.build());
        }
        return out;
    }

    private static Set<String> subset(Random r, List<String> values) {
        Set<String> s = new LinkedHashSet<>();
        for (String v : values) {
            if (r.nextInt(3) == 0) {
                s.add(v);
            }
        }
        return s;
    }

    private static String pick(Random r, List<String> values) {
        return values.get(r.nextInt(values.size()));
    }

    private static LocalizedText text(String ja, String en) {
        return new LocalizedText(ja, en);
    }
}
