package nl.abro.checker.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.checker.xml.Schemas;
import nl.abro.model.Requirement;
import nl.abro.model.RequirementPack;
import nl.abro.model.RuleDefinition;
import nl.abro.model.io.PackRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled packs' own promises: every rule behaves on its fixtures, with texts in both languages. */
class PackFixturesTest {
    private record Compiled(RequirementPack pack, CompiledPack rules, DocumentLoader loader) {
    }

    private static Map<String, Compiled> packs;

    @BeforeAll
    static void compile() throws Exception {
        var processor = HardenedSaxon.newProcessor();
        var registry = new PackRegistry(PackFixturesTest.class.getClassLoader());
        var loader = new DocumentLoader(processor, Schemas.bundled());
        packs = Map.of(
                "abro-2026", new Compiled(registry.resolve("abro-2026"), CompiledPack.compile(registry.resolve("abro-2026"), processor), loader),
                "adv", new Compiled(registry.resolve("adv"), CompiledPack.compile(registry.resolve("adv"), processor), loader),
                "tender-2026", new Compiled(registry.resolve("tender-2026"), CompiledPack.compile(registry.resolve("tender-2026"), processor), loader));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abro-2026", "adv", "tender-2026"})
    void everyFixtureBehaves(String id) throws Exception {
        Compiled pack = packs.get(id);
        List<FixtureRunner.Result> results = new FixtureRunner(pack.rules(), pack.loader()).run(pack.pack().fixtures());
        assertThat(results).hasSizeGreaterThanOrEqualTo(switch (id) {
            case "adv" -> 20;
            case "tender-2026" -> 100;
            default -> 500;
        });
        assertThat(results.stream().filter(r -> !r.passed()).map(r -> r.fixture().origin() + ": " + r.problem()))
                .isEmpty();
    }

    /** Fixtures also check that a rule's sweep finds every hit of its parts (FixtureRunner). */
    @ParameterizedTest
    @ValueSource(strings = {"abro-2026", "adv", "tender-2026"})
    void everyRuleRunsAsOneExpressionFirst(String id) {
        assertThat(packs.get(id).rules().rules().stream().filter(r -> !r.hasSweep()).map(r -> r.id())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abro-2026", "adv", "tender-2026"})
    void everyRuleHasAFixtureItPassesAndOneItFails(String id) throws Exception {
        RequirementPack pack = packs.get(id).pack();
        assertThat(pack.rules()).hasSizeGreaterThanOrEqualTo(5);
        for (RuleDefinition rule : pack.rules()) {
            assertThat(pack.fixtures()).as("pass fixture for %s", rule.id())
                    .anyMatch(f -> f.rule().equals(rule.id()) && !f.expectFailure());
            assertThat(pack.fixtures()).as("fail fixture for %s", rule.id())
                    .anyMatch(f -> f.rule().equals(rule.id()) && f.expectFailure());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"abro-2026", "adv", "tender-2026"})
    void everyFailFixtureNamesAMessageTheRuleDefines(String id) throws Exception {
        RequirementPack pack = packs.get(id).pack();
        pack.fixtures().stream().filter(f -> f.expectFailure() && f.message() != null).forEach(f -> {
            RuleDefinition rule = pack.rules().stream().filter(r -> r.id().equals(f.rule())).findFirst().orElseThrow();
            assertThat(rule.messages()).as("%s message %s", f.rule(), f.message()).containsKey(f.message());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"abro-2026", "adv", "tender-2026"})
    void everyMessageHasDutchAndEnglish(String id) {
        for (RuleDefinition rule : packs.get(id).pack().rules()) {
            rule.messages().forEach((key, text) -> {
                assertThat(text.nl()).as("%s %s nl", rule.id(), key).isNotBlank();
                assertThat(text.en()).as("%s %s en", rule.id(), key).isNotBlank();
            });
        }
    }

    @Test
    void everyDecidableAbroRequirementHasARule() {
        RequirementPack pack = packs.get("abro-2026").pack();
        Set<String> served = new HashSet<>();
        pack.rules().forEach(r -> served.addAll(r.requirements()));
        List<String> decidable = pack.catalog().requirements(Requirement::decidedByRule).stream().map(Requirement::number).toList();
        assertThat(decidable).hasSizeGreaterThan(100);
        assertThat(decidable).allSatisfy(n -> assertThat(served).as("a rule for %s", n).contains(n));
        assertThat(pack.rules()).hasSizeGreaterThanOrEqualTo(80);
        for (String chapter : List.of("1", "2", "3", "4", "5")) {
            assertThat(served).anyMatch(n -> n.startsWith(chapter + "."));
        }
    }
}
