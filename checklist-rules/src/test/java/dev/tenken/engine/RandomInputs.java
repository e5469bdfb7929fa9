package dev.tenken.engine;

import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.Category;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.Concern;
import dev.tenken.checklist.Condition;
import dev.tenken.checklist.FactType;
import dev.tenken.checklist.FactValue;
import dev.tenken.checklist.GradingPolicy;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.Answer;
import dev.tenken.checklist.LocalizedText;
import dev.tenken.checklist.Waiver;
import java.time.LocalDate;
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

/** Seeded generators of valid checklists and self-assessments for property tests. */
final class RandomInputs {
    private static final LocalizedText TEXT = new LocalizedText("テキスト", "text");
    private static final String[] WEIGHTS = {"1", "1", "1", "0.5", "1.5", "2", "0.3", "0.25", "3", "0.1"};

    private RandomInputs() {
    }

    static Checklist checklist(Random r, String id) {
        List<ProfileFact> facts = new ArrayList<>();
        int nFacts = 1 + r.nextInt(5);
        for (int f = 0; f < nFacts; f++) {
            FactType type = FactType.values()[r.nextInt(FactType.values().length)];
            List<String> values = switch (type) {
                case ENUM -> List.of("e0", "e1", "e2");
                case SET -> List.of("m0", "m1", "m2", "m3");
                default -> List.of();
            };
            facts.add(new ProfileFact("f" + f, type, values, TEXT));
        }
        List<Category> categories = new ArrayList<>();
        int nCats = 1 + r.nextInt(3);
        int itemNo = 0;
        List<String> ids = new ArrayList<>();
        for (int c = 0; c < nCats; c++) {
            List<Item> items = new ArrayList<>();
            int nItems = 1 + r.nextInt(12);
            for (int i = 0; i < nItems; i++) {
                String itemId = "I-" + itemNo++;
                ids.add(itemId);
                Optional<Condition> applies = r.nextInt(10) < 3 ? Optional.of(condition(r, facts, 0)) : Optional.empty();
                Optional<Condition> check = r.nextInt(10) < 2 ? Optional.of(condition(r, facts, 0)) : Optional.empty();
                items.add(new Item(itemId, r.nextBoolean() ? Rank.REQUIRED : Rank.RECOMMENDED, TEXT, Optional.empty(), TEXT,
                        List.of(new LocalizedText("参考", "ref")), List.of(), applies, check, new BigDecimal(WEIGHTS[r.nextInt(WEIGHTS.length)])));
            }
            categories.add(new Category("c" + c, TEXT, items));
        }
        List<Concern> concerns = new ArrayList<>();
        int nConcerns = r.nextInt(3);
        for (int k = 0; k < nConcerns; k++) {
            Set<String> picked = new LinkedHashSet<>();
            int n = 1 + r.nextInt(2);
            for (int j = 0; j < n; j++) {
                picked.add(ids.get(r.nextInt(ids.size())));
            }
            concerns.add(new Concern("k" + k, r.nextBoolean() ? Optional.of(condition(r, facts, 0)) : Optional.empty(),
                    List.copyOf(picked), Severity.values()[r.nextInt(3)], r.nextBoolean(), TEXT, TEXT, List.of()));
        }
        GradingPolicy grading = r.nextInt(4) == 0
                ? new GradingPolicy(new BigDecimal("0.7"), new BigDecimal("0.9"), new BigDecimal("0.4")) : GradingPolicy.DEFAULT;
        return new Checklist(id, "1", TEXT, "test", List.of(), Optional.empty(), facts, grading, categories, concerns, List.of());
    }

    static Condition condition(Random r, List<ProfileFact> facts, int depth) {
        int pick = depth >= 2 ? 9 : r.nextInt(10);
        if (pick == 0 || pick == 1) {
            return new Condition.All(List.of(condition(r, facts, depth + 1), condition(r, facts, depth + 1)));
        }
        if (pick == 2) {
            return new Condition.Any(List.of(condition(r, facts, depth + 1), condition(r, facts, depth + 1)));
        }
        if (pick == 3) {
            return new Condition.Not(condition(r, facts, depth + 1));
        }
        ProfileFact f = facts.get(r.nextInt(facts.size()));
        if (r.nextInt(8) == 0) {
            return new Condition.Comparison(f.key(), Operator.EXISTS, FactValue.of(r.nextBoolean()));
        }
        return switch (f.type()) {
            case BOOLEAN -> new Condition.Comparison(f.key(), r.nextBoolean() ? Operator.EQ : Operator.NE, FactValue.of(r.nextBoolean()));
            case NUMBER -> new Condition.Comparison(f.key(), List.of(Operator.GTE, Operator.LTE, Operator.EQ, Operator.NE).get(r.nextInt(4)),
                    FactValue.of(r.nextInt(20)));
            case STRING -> r.nextBoolean()
                    ? new Condition.Comparison(f.key(), Operator.EQ, FactValue.of("s" + r.nextInt(3)))
                    : new Condition.Comparison(f.key(), Operator.IN, FactValue.of(Set.of("s0", "s1")));
            case ENUM -> r.nextBoolean()
                    ? new Condition.Comparison(f.key(), r.nextBoolean() ? Operator.EQ : Operator.NE, FactValue.of("e" + r.nextInt(3)))
                    : new Condition.Comparison(f.key(), Operator.IN, FactValue.of(subset(r, f.values(), 1)));
            case SET -> switch (r.nextInt(4)) {
                case 0 -> new Condition.Comparison(f.key(), Operator.CONTAINS, FactValue.of("m" + r.nextInt(4)));
                case 1 -> new Condition.Comparison(f.key(), Operator.IN, FactValue.of(subset(r, f.values(), 1)));
                case 2 -> new Condition.Comparison(f.key(), Operator.EQ, FactValue.of(subset(r, f.values(), 0)));
                default -> new Condition.Comparison(f.key(), Operator.NE, FactValue.of(subset(r, f.values(), 0)));
            };
        };
    }

    private static Set<String> subset(Random r, List<String> values, int min) {
        Set<String> s = new LinkedHashSet<>();
        for (String v : values) {
            if (r.nextBoolean()) {
                s.add(v);
            }
        }
        while (s.size() < min) {
            s.add(values.get(r.nextInt(values.size())));
        }
        return s;
    }

    static SelfAssessment assessment(Random r, Checklist c) {
        SelfAssessment.Builder b = SelfAssessment.builder(c.id()).organisation("org-" + r.nextInt(1000));
        for (ProfileFact f : c.profile()) {
            if (r.nextInt(5) == 0) {
                continue; // a fact the profile does not give
            }
            b.profile(f.key(), value(r, f));
        }
        b.assessedOn(DAY);
        for (Item i : c.items().toList()) {
            if (r.nextInt(6) != 0) {
                AnswerStatus s = AnswerStatus.values()[r.nextInt(AnswerStatus.values().length)];
                // contract version 2: not_applicable counts only with a reason; some answers carry waivers
                Optional<String> note = r.nextInt(3) == 0 ? Optional.of(r.nextBoolean() ? "理由 " + r.nextInt(9) : " ") : Optional.empty();
                Optional<Waiver> waiver = r.nextInt(8) == 0
                        ? Optional.of(new Waiver("accepted " + r.nextInt(9), Optional.empty(), DAY.plusDays(r.nextInt(21) - 10)))
                        : Optional.empty();
                b.answer(i.id(), new Answer(s, note, Optional.empty(), waiver));
            }
        }
        return b.build();
    }

    /** The day random assessments describe: fixed, so reports and waivers do not depend on the clock. */
    static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    /** The same assessment with one profile fact left out. */
    static SelfAssessment withoutFact(SelfAssessment a, String key) {
        SelfAssessment.Builder b = copyHeader(a);
        a.profile().forEach((k, v) -> {
            if (!k.equals(key)) {
                b.profile(k, v);
            }
        });
        a.answers().forEach(b::answer);
        return b.build();
    }

    /** The same assessment with one answer replaced by {@code answer}. */
    static SelfAssessment withAnswer(SelfAssessment a, String itemId, Answer answer) {
        SelfAssessment.Builder b = copyHeader(a);
        a.profile().forEach(b::profile);
        a.answers().forEach((id, ans) -> b.answer(id, id.equals(itemId) ? answer : ans));
        if (!a.answers().containsKey(itemId)) {
            b.answer(itemId, answer);
        }
        return b.build();
    }

    private static SelfAssessment.Builder copyHeader(SelfAssessment a) {
        SelfAssessment.Builder b = SelfAssessment.builder(a.checklistId());
        a.organisation().forEach(b::organisation);
        a.assessedOn().ifPresent(b::assessedOn);
        a.assessor().forEach(b::assessor);
        return b;
    }

    static FactValue value(Random r, ProfileFact f) {
        return switch (f.type()) {
            case BOOLEAN -> FactValue.of(r.nextBoolean());
            case NUMBER -> FactValue.of(r.nextInt(20));
            case STRING -> FactValue.of("s" + r.nextInt(3));
            case ENUM -> FactValue.of(f.values().get(r.nextInt(f.values().size())));
            case SET -> FactValue.of(subset(r, f.values(), 0));
        };
    }

    /** The same assessment with one answer replaced by a bare status. */
    static SelfAssessment withAnswer(SelfAssessment a, String itemId, AnswerStatus status) {
        return withAnswer(a, itemId, Answer.of(status));
    }
}
