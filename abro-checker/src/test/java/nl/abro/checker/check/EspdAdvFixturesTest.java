package nl.abro.checker.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.checker.xml.Schemas;
import nl.abro.model.RequirementPack;
import nl.abro.model.RuleDefinition;
import nl.abro.model.io.PackRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ADV pack's ESPD rules behave on their fixtures, like the ABRO pack's in PackFixturesTest. */
class EspdAdvFixturesTest {
    private static RequirementPack pack;
    private static CompiledPack compiled;
    private static DocumentLoader loader;

    @BeforeAll
    static void compile() throws Exception {
        pack = new PackRegistry(EspdAdvFixturesTest.class.getClassLoader()).resolve("adv");
        var processor = HardenedSaxon.newProcessor();
        compiled = CompiledPack.compile(pack, processor);
        loader = new DocumentLoader(processor, Schemas.bundled());
    }

    @Test
    void everyFixtureBehaves() throws Exception {
        List<FixtureRunner.Result> results = new FixtureRunner(compiled, loader).run(pack.fixtures());
        assertThat(results).hasSizeGreaterThanOrEqualTo(20);
        assertThat(results.stream().filter(r -> !r.passed()).map(r -> r.fixture().origin() + ": " + r.problem()))
                .isEmpty();
    }

    @Test
    void everyRuleHasAFixtureItPassesAndOneItFails() throws Exception {
        assertThat(pack.rules()).hasSizeGreaterThanOrEqualTo(5);
        for (RuleDefinition rule : pack.rules()) {
            assertThat(pack.fixtures()).as("pass fixture for %s", rule.id())
                    .anyMatch(f -> f.rule().equals(rule.id()) && !f.expectFailure());
            assertThat(pack.fixtures()).as("fail fixture for %s", rule.id())
                    .anyMatch(f -> f.rule().equals(rule.id()) && f.expectFailure());
        }
    }

    @Test
    void everyMessageHasDutchAndEnglish() throws Exception {
        for (RuleDefinition rule : pack.rules()) {
            rule.messages().forEach((key, text) -> {
                assertThat(text.nl()).as("%s %s nl", rule.id(), key).isNotBlank();
                assertThat(text.en()).as("%s %s en", rule.id(), key).isNotBlank();
            });
        }
    }
}
