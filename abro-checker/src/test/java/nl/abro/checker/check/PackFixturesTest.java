package nl.abro.checker.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.checker.xml.Schemas;
import nl.abro.model.Requirement;
import nl.abro.model.RequirementPack;
import nl.abro.model.RuleDefinition;
import nl.abro.model.io.PackRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled pack's own promises: every rule behaves on its fixtures, and every decidable requirement has a rule. */
class PackFixturesTest {
    private static RequirementPack pack;
    private static CompiledPack compiled;
    private static DocumentLoader loader;

    @BeforeAll
    static void compile() throws Exception {
        pack = new PackRegistry(PackFixturesTest.class.getClassLoader()).resolve("abro-2026");
        var processor = HardenedSaxon.newProcessor();
        compiled = CompiledPack.compile(pack, processor);
        loader = new DocumentLoader(processor, Schemas.bundled());
    }

    @Test
    void everyFixtureBehaves() throws Exception {
        List<FixtureRunner.Result> results = new FixtureRunner(compiled, loader).run(pack.fixtures());
        assertThat(results).hasSizeGreaterThan(500);
        assertThat(results.stream().filter(r -> !r.passed()).map(r -> r.fixture().origin() + ": " + r.problem()))
                .isEmpty();
    }

    @Test
    void everyRuleHasAFixtureItPassesAndOneItFails() throws Exception {
        for (RuleDefinition rule : pack.rules()) {
            assertThat(pack.fixtures()).as("pass fixture for %s", rule.id())
                    .anyMatch(f -> f.rule().equals(rule.id()) && !f.expectFailure());
            assertThat(pack.fixtures()).as("fail fixture for %s", rule.id())
                    .anyMatch(f -> f.rule().equals(rule.id()) && f.expectFailure());
        }
    }

    @Test
    void everyDecidableRequirementHasARule() {
        Set<String> served = new HashSet<>();
        pack.rules().forEach(r -> served.addAll(r.requirements()));
        List<String> decidable = pack.catalog().requirements(Requirement::decidedByRule).stream().map(Requirement::number).toList();
        assertThat(decidable).hasSizeGreaterThan(100);
        assertThat(decidable).allSatisfy(n -> assertThat(served).as("a rule for %s", n).contains(n));
        assertThat(pack.rules()).hasSizeGreaterThanOrEqualTo(80);
        // Every chapter has rules.
        for (String chapter : List.of("1", "2", "3", "4", "5")) {
            assertThat(served).anyMatch(n -> n.startsWith(chapter + "."));
        }
    }

    @Test
    void everyFailFixtureNamesAMessageTheRuleDefines() throws Exception {
        pack.fixtures().stream().filter(f -> f.expectFailure() && f.message() != null).forEach(f -> {
            RuleDefinition rule = pack.rules().stream().filter(r -> r.id().equals(f.rule())).findFirst().orElseThrow();
            assertThat(rule.messages()).as("%s message %s", f.rule(), f.message()).containsKey(f.message());
        });
    }

    @Test
    void everyMessageHasDutchAndEnglish() {
        for (RuleDefinition rule : pack.rules()) {
            rule.messages().forEach((key, text) -> {
                assertThat(text.nl()).as("%s %s nl", rule.id(), key).isNotBlank();
                assertThat(text.en()).as("%s %s en", rule.id(), key).isNotBlank();
            });
        }
    }
}
