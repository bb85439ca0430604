package nl.abro.checker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import nl.abro.model.DocumentKind;
import nl.abro.model.LocalizedText;
import nl.abro.model.RuleDefinition;
import nl.abro.model.RuleDefinition.Test.Kind;
import nl.abro.model.Severity;
import nl.abro.model.TbbLevel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A rule compiled on demand: its sweep now, its parts when a document first needs them. */
class OnDemandRuleTest {
    private static RuleTestKit kit;

    @BeforeAll
    static void setUp() throws Exception {
        kit = new RuleTestKit();
    }

    private static Bindings bindings() {
        return Bindings.of(kit.pack, TbbLevel.TBB_3, LocalDate.of(2026, 11, 22), null, List.of("1.1.1"));
    }

    private static RuleDefinition rule(boolean perRequirement, String test, String message) {
        return new RuleDefinition("ON-DEMAND", perRequirement ? List.of() : List.of("1.1.1"), perRequirement,
                DocumentKind.DECLARATION, Set.of(), Severity.ERROR, new LocalizedText("t", "t"), "s",
                List.of(new RuleDefinition.Let("status", "string(@status)")),
                List.of(new RuleDefinition.Test(Kind.ASSERT, test, "m", null, null)),
                Map.of("m", new LocalizedText(message, message)), Map.of(), new RuleDefinition.Origin("test", 1, 1));
    }

    @Test
    void thePartsAreCompiledOnlyWhenTheSweepFindsAHit() throws Exception {
        CompiledRule rule = kit.compiler.compileOnDemand(rule(false, "$status = 'ok'", "status {$status}"));
        assertThat(rule.hasSweep()).isTrue();
        assertThat(rule.partsCompiled()).isFalse();

        XdmNode clean = kit.document("<d><s status='ok'/></d>");
        assertThat(rule.mayHit(clean, bindings())).isFalse();
        assertThat(rule.partsCompiled()).isFalse();

        XdmNode broken = kit.document("<d><s status='ok'/><s status='bad'/></d>");
        assertThat(rule.mayHit(broken, bindings())).isTrue();
        var hits = rule.evaluate(broken, bindings());
        assertThat(rule.partsCompiled()).isTrue();
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.message().en()).isEqualTo("status bad");
            assertThat(hit.location().xpath()).isEqualTo("/d/s[2]");
        });
        // The same hits as the rule compiled whole.
        assertThat(kit.compiler.compile(rule(false, "$status = 'ok'", "status {$status}")).evaluate(broken, bindings()))
                .isEqualTo(hits);
    }

    @Test
    void aPartThatDoesNotCompileIsTheRulesErrorWhereItIsNeeded() throws Exception {
        // The sweep does not contain the messages: a broken placeholder shows only when the parts are made.
        CompiledRule rule = kit.compiler.compileOnDemand(rule(false, "$status = 'ok'", "status {$status +}"));
        assertThat(rule.hasSweep()).isTrue();
        XdmNode broken = kit.document("<d><s status='bad'/></d>");
        assertThatThrownBy(() -> rule.evaluate(broken, bindings()))
                .isInstanceOf(SaxonApiException.class).hasMessageContaining("the rule does not compile")
                .hasMessageContaining("rule ON-DEMAND, message m");
        // Asked again, the same answer, without compiling again.
        assertThatThrownBy(() -> rule.evaluate(broken, bindings())).hasMessageContaining("the rule does not compile");
        // Compiled whole, the same rule is refused at once.
        assertThatThrownBy(() -> kit.compiler.compile(rule(false, "$status = 'ok'", "status {$status +}")))
                .isInstanceOf(RuleCompilationException.class).hasMessageContaining("message m");
    }

    @Test
    void theSandboxStillRefusesARuleAtOnce() {
        assertThatThrownBy(() -> kit.compiler.compileOnDemand(rule(false, "doc('file:///etc/passwd') or true()", "m")))
                .isInstanceOf(RuleCompilationException.class).hasMessageContaining("rule ON-DEMAND");
    }

    @Test
    void perRequirementRulesAreCompiledWhole() throws Exception {
        assertThat(kit.compiler.compileOnDemand(rule(true, "$status = 'ok'", "m")).partsCompiled()).isTrue();
    }
}
