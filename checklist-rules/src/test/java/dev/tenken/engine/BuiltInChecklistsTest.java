package dev.tenken.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenken.checklist.AnswerStatus;
import dev.tenken.checklist.Checklist;
import dev.tenken.checklist.Condition;
import dev.tenken.checklist.Item;
import dev.tenken.checklist.ProfileFact;
import dev.tenken.checklist.Rank;
import dev.tenken.checklist.SelfAssessment;
import dev.tenken.checklist.report.AssessmentReport;
import dev.tenken.checklist.report.Grade;
import dev.tenken.checklist.report.ItemStatus;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BuiltInChecklistsTest {
    private static final Map<String, Integer> MINIMUM_ITEMS = Map.of(
            "telework-admin", 40, "telework-worker", 20, "wifi-provider", 20, "wifi-user", 15);
    private static TenkenEngine engine;

    @BeforeAll
    static void build() throws Exception {
        engine = TenkenEngine.builder().withBuiltInChecklists().build();
    }

    static Stream<String> ids() {
        return MINIMUM_ITEMS.keySet().stream().sorted();
    }

    private static Checklist checklist(String id) {
        return engine.checklist(id).orElseThrow();
    }

    @Test
    void allFourBuiltInsAreListed() {
        assertEquals(Set.copyOf(MINIMUM_ITEMS.keySet()), Set.copyOf(TenkenEngine.builtInIds()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void hasEnoughItemsUsingBothRanksInEarnest(String id) {
        Checklist c = checklist(id);
        long items = c.items().count();
        long required = c.items().filter(i -> i.rank() == Rank.REQUIRED).count();
        assertTrue(items >= MINIMUM_ITEMS.get(id), id + " has " + items + " items");
        assertTrue(required >= items / 3 && required <= items * 2 / 3, id + ": " + required + " of " + items + " required");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void everyItemHasReferencesAndAConcreteRemediation(String id) {
        for (Item i : checklist(id).items().toList()) {
            assertFalse(i.references().isEmpty(), i.id() + " has no references");
            for (String text : List.of(i.remediation().ja(), i.remediation().en())) {
                assertTrue(text.length() >= 20, i.id() + ": remediation too short to say what to do: " + text);
                assertFalse(text.contains("適切な対策") || text.toLowerCase().contains("appropriate measures"),
                        i.id() + ": remediation must say concretely what to do");
            }
        }
        Set<String> ids = new HashSet<>();
        checklist(id).items().forEach(i -> assertTrue(ids.add(i.id())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void everyProfileFactIsUsedByAConditionAndProfilesShapeTheChecklist(String id) {
        Checklist c = checklist(id);
        Set<String> used = new HashSet<>();
        c.items().forEach(i -> {
            i.appliesWhen().ifPresent(cond -> cond.forEachComparison(k -> used.add(k.fact())));
            i.check().ifPresent(cond -> cond.forEachComparison(k -> used.add(k.fact())));
        });
        c.concerns().forEach(k -> k.when().ifPresent(cond -> cond.forEachComparison(x -> used.add(x.fact()))));
        for (ProfileFact f : c.profile()) {
            assertTrue(used.contains(f.key()), id + ": profile fact '" + f.key() + "' is asked but never used");
        }
        long conditional = c.items().filter(i -> i.appliesWhen().isPresent() || i.check().isPresent()).count();
        assertTrue(conditional >= 5 || c.items().count() < 20, id + ": only " + conditional + " items depend on the profile");
    }

    /** A profile that gives no fact a check needs, so that answers decide every applicable item. */
    private static SelfAssessment.Builder profileWithoutCheckFacts(Checklist c, Random r) {
        Set<String> checkFacts = new HashSet<>();
        c.items().forEach(i -> i.check().ifPresent(cond -> cond.forEachComparison(k -> checkFacts.add(k.fact()))));
        SelfAssessment.Builder b = SelfAssessment.builder(c.id()).organisation("test");
        for (ProfileFact f : c.profile()) {
            if (!checkFacts.contains(f.key())) {
                b.profile(f.key(), RandomInputs.value(r, f));
            }
        }
        return b;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void gradesAWhenEverythingIsMetAndEWhenNothingIs(String id) throws Exception {
        Checklist c = checklist(id);
        for (int seed = 0; seed < 20; seed++) {
            SelfAssessment.Builder met = profileWithoutCheckFacts(c, new Random(seed));
            SelfAssessment.Builder unmet = profileWithoutCheckFacts(c, new Random(seed));
            for (Item i : c.items().toList()) {
                met.answer(i.id(), AnswerStatus.MET);
                unmet.answer(i.id(), AnswerStatus.UNMET);
            }
            AssessmentReport good = engine.assess(met.build());
            assertEquals(Grade.A, good.grade(), id + " seed " + seed);
            assertEquals(100, good.score());
            assertTrue(good.findings().isEmpty(), "no findings and no concerns when all is met");
            AssessmentReport bad = engine.assess(unmet.build());
            assertEquals(Grade.E, bad.grade(), id + " seed " + seed);
            assertEquals(0, bad.score());
            assertTrue(bad.hasRequiredShortfall());
        }
    }

    @Test
    void aCloudOnlyShopIsNotAskedAboutVpnGateways() throws Exception {
        AssessmentReport r = engine.assess(SelfAssessment.builder("telework-admin")
                .profile("telework.methods", Set.of("cloud")).profile("networks.used", Set.of("home-wifi")).build());
        for (String vpnItem : List.of("TA-10", "TA-20", "TA-21", "TA-27")) {
            assertEquals(ItemStatus.NOT_APPLICABLE, r.items().stream().filter(i -> i.item().equals(vpnItem)).findFirst()
                    .orElseThrow().status(), vpnItem);
        }
    }

    @Test
    void consultantsConcernsFire() throws Exception {
        AssessmentReport admin = engine.assess(SelfAssessment.builder("telework-admin")
                .profile("telework.methods", Set.of("vpn")).profile("devices.ownership", "byod")
                .profile("networks.used", Set.of("public-wifi"))
                .answer("TA-08", AnswerStatus.UNMET).answer("TA-27", AnswerStatus.UNMET)
                .answer("TA-10", AnswerStatus.UNMET).answer("TA-15", AnswerStatus.PARTIAL).build());
        assertEquals(3, admin.findings().stream().filter(f -> f.item().isEmpty()).count(), "BYOD, public Wi-Fi, exposed gateway");
        AssessmentReport provider = engine.assess(SelfAssessment.builder("wifi-provider")
                .profile("network.shared", true).profile("encryption.in-use", "none")
                .answer("WP-06", AnswerStatus.UNMET).build());
        assertTrue(provider.findings().stream().anyMatch(f -> f.item().isEmpty()
                && f.title().contains("業務用のネットワーク")), "open Wi-Fi on the business network");
        assertEquals(ItemStatus.UNMET, provider.items().stream().filter(i -> i.item().equals("WP-01")).findFirst()
                .orElseThrow().status(), "no encryption: WP-01 decided unmet by check");
    }

    @Test
    void everyConditionReferencesAnExistingValue() {
        // the loader enforces this; the test keeps the built-ins honest if the loader ever weakens
        for (String id : ids().toList()) {
            Checklist c = checklist(id);
            c.items().forEach(i -> i.appliesWhen().ifPresent(cond -> cond.forEachComparison(
                    (Condition.Comparison k) -> assertTrue(c.fact(k.fact()).isPresent(), id + " " + i.id()))));
        }
    }
}
