package nl.abro.checker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.saxon.s9api.XdmNode;
import nl.abro.model.DocumentKind;
import nl.abro.model.LocalizedText;
import nl.abro.model.RuleDefinition;
import nl.abro.model.RuleDefinition.Test.Kind;
import nl.abro.model.Severity;
import nl.abro.model.TbbLevel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A rule's sweep (one expression) must find a hit exactly where its parts do: per context node,
 * per requirement, for asserts and reports, with lets that do and do not depend on $requirement.
 */
class RuleSweepTest {
    private static final List<String> APPLICABLE = List.of("1.1.1", "1.1.2", "2.1.1", "2.1.2");
    private static RuleTestKit kit;

    @BeforeAll
    static void setUp() throws Exception {
        kit = new RuleTestKit();
    }

    private static Bindings bindings() {
        return Bindings.of(kit.pack, TbbLevel.TBB_3, LocalDate.of(2026, 11, 22), null, APPLICABLE);
    }

    private static RuleDefinition rule(boolean perRequirement, String context, List<RuleDefinition.Let> lets,
                                       RuleDefinition.Test... tests) {
        return new RuleDefinition("SWEEP", perRequirement ? List.of() : List.of("1.1.1"), perRequirement,
                DocumentKind.DECLARATION, Set.of(), Severity.ERROR, new LocalizedText("t", "t"), context, lets,
                List.of(tests), Map.of("m", new LocalizedText("{$requirement} {name(.)}", "{$requirement} {name(.)}")),
                Map.of(), new RuleDefinition.Origin("test", 1, 1));
    }

    private static RuleDefinition.Test test(Kind kind, String xpath) {
        return new RuleDefinition.Test(kind, xpath, "m", null, null);
    }

    /** The requirements for which the parts, run one requirement at a time, find a hit. */
    private static List<String> partsFindHitsFor(CompiledRule rule, XdmNode document) throws Exception {
        List<String> hit = new ArrayList<>();
        for (String number : APPLICABLE) {
            if (!rule.evaluate(document, bindings().forRequirement(number)).isEmpty()) {
                hit.add(number);
            }
        }
        return hit;
    }

    @Test
    void perRequirementRuleFindsTheRequirementsItsPartsFind() throws Exception {
        CompiledRule rule = kit.compiler.compile(rule(true, null, List.of(
                        new RuleDefinition.Let("byNumber", "map:merge(for $s in s return map{string($s/@r): $s})"),
                        new RuleDefinition.Let("mine", "$byNumber($requirement)"),
                        new RuleDefinition.Let("status", "string($mine/@status)")),
                test(Kind.ASSERT, "exists($mine)"),
                test(Kind.REPORT, "$status = 'no'")));
        XdmNode document = kit.document("<d><s r='1.1.1' status='yes'/><s r='1.1.2' status='no'/><s r='2.1.2' status='yes'/></d>");

        assertThat(rule.hasSweep()).isTrue();
        assertThat(partsFindHitsFor(rule, document)).containsExactly("1.1.2", "2.1.1");
        assertThat(rule.mayHitFor(document, bindings(), APPLICABLE)).containsExactly("1.1.2", "2.1.1");
    }

    @Test
    void aContextThatDependsOnTheRequirementIsEvaluatedPerRequirement() throws Exception {
        CompiledRule rule = kit.compiler.compile(rule(true, "s[@r = $requirement]", List.of(),
                test(Kind.ASSERT, "@status = 'yes'")));
        XdmNode document = kit.document("<d><s r='1.1.1' status='yes'/><s r='2.1.1' status='no'/><s r='2.1.2' status='maybe'/></d>");

        assertThat(partsFindHitsFor(rule, document)).containsExactly("2.1.1", "2.1.2");
        assertThat(rule.mayHitFor(document, bindings(), APPLICABLE)).containsExactly("2.1.1", "2.1.2");
    }

    @Test
    void ruleWithAContextFindsAHitOnlyWhereOneOfItsNodesFails() throws Exception {
        CompiledRule rule = kit.compiler.compile(rule(false, "account",
                List.of(new RuleDefinition.Let("limit", "xs:integer(@lockout)")),
                test(Kind.ASSERT, "$limit le 5"),
                test(Kind.REPORT, "@shared = 'true'")));
        XdmNode clean = kit.document("<d><account lockout='3'/><account lockout='5'/></d>");
        XdmNode tooLenient = kit.document("<d><account lockout='3'/><account lockout='10'/></d>");
        XdmNode shared = kit.document("<d><account lockout='3' shared='true'/></d>");

        assertThat(rule.evaluate(clean, bindings())).isEmpty();
        assertThat(rule.mayHit(clean, bindings())).isFalse();
        assertThat(rule.evaluate(tooLenient, bindings())).hasSize(1);
        assertThat(rule.mayHit(tooLenient, bindings())).isTrue();
        assertThat(rule.evaluate(shared, bindings())).hasSize(1);
        assertThat(rule.mayHit(shared, bindings())).isTrue();
    }

    @Test
    void anErrorInTheSweepLeavesTheDecisionToTheParts() throws Exception {
        // xs:integer('x') fails: the parts report a rule error, so the sweep must not say "no hit".
        CompiledRule rule = kit.compiler.compile(rule(false, "account", List.of(), test(Kind.ASSERT, "xs:integer(@lockout) le 5")));
        XdmNode broken = kit.document("<d><account lockout='x'/></d>");

        assertThat(rule.mayHit(broken, bindings())).isTrue();
        assertThat(rule.mayHitFor(broken, bindings(), APPLICABLE)).isEqualTo(APPLICABLE);
    }
}
