package nl.abro.checker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.checker.xml.XmlInput;
import nl.abro.model.DocumentKind;
import nl.abro.model.LocalizedText;
import nl.abro.model.RuleDefinition;
import nl.abro.model.Severity;
import nl.abro.model.TbbLevel;
import nl.abro.model.io.PackRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A hostile pack can read nothing but the document it is given. */
class RuleSandboxTest {
    private final Processor processor = HardenedSaxon.newProcessor();
    private final RuleCompiler compiler = new RuleCompiler(processor);

    @ParameterizedTest
    @ValueSource(strings = {
        "doc('file:///etc/passwd')",
        "doc-available('http://127.0.0.1:9/x')",
        "collection('file:///etc')",
        "uri-collection('file:///etc')",
        "unparsed-text('/etc/passwd')",
        "unparsed-text-lines('/etc/passwd')",
        "unparsed-text-available('/etc/passwd')",
        "environment-variable('HOME')",
        "available-environment-variables()",
        "json-doc('file:///etc/x.json')",
        "transform(map{})",
        "load-xquery-module('urn:x')",
        "function-lookup(xs:QName('fn:doc'), 1)('file:///etc/passwd')",
        "fn:doc('file:///etc/passwd')",
        "doc#1('file:///etc/passwd')",
        "let $f := unparsed-text#1 return $f('/etc/passwd')",
        "Q{java:java.lang.System}getProperty('user.home')",
        "Q{http://www.w3.org/2005/xpath-functions}unparsed-text('/etc/passwd')",
        "saxon:eval('1')",
        "ext:anything()"})
    void forbiddenCallsFailPackLoadingWithTheRuleId(String xpath) {
        assertThatThrownBy(() -> compiler.compile(rule(xpath)))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("rule EVIL-RULE")
                .hasMessageContaining("not allowed in rules");
    }

    @Test
    void wordsInsideStringsAreNotCalls() throws Exception {
        CompiledRule compiled = compiler.compile(rule("'see doc(1) and unparsed-text()' != ''"));
        assertThat(compiled.id()).isEqualTo("EVIL-RULE");
    }

    @Test
    void syntaxErrorNamesRuleAndSaxonMessage() {
        assertThatThrownBy(() -> compiler.compile(rule("count(")))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageMatching("(?s)rules\\.xml:3:4: rule EVIL-RULE, assert: XPath does not compile: .+");
    }

    @Test
    void runtimeResolversRefuseEvenWhatTheCompilerCannotSee() throws Exception {
        // A dynamic call through a map entry is caught at compile time; the processor itself refuses too.
        XdmNode document = new XmlInput(processor).parse(new java.io.ByteArrayInputStream("<a/>".getBytes()), null);
        var xpath = processor.newXPathCompiler();
        for (String expression : List.of("doc('file:///etc/hostname')", "unparsed-text('file:///etc/hostname')",
                "collection('file:///etc')")) {
            var selector = xpath.compile(expression).load();
            selector.setContextItem(document);
            assertThatThrownBy(selector::evaluate).as(expression).isInstanceOf(net.sf.saxon.s9api.SaxonApiException.class);
        }
        // The environment is empty to XPath.
        assertThat(xpath.compile("available-environment-variables()").load().evaluate().size()).isZero();
        assertThat(xpath.compile("string-join(environment-variable('PATH'))").load().evaluate().toString()).isEmpty();
    }

    @Test
    void bindingsExposeLevelParametersAndDate() throws Exception {
        var pack = new PackRegistry(getClass().getClassLoader()).resolve("abro-2026");
        Bindings bindings = Bindings.of(pack, TbbLevel.TBB_4, LocalDate.of(2026, 11, 22), null, List.of("5.1.4"));
        CompiledRule compiled = compiler.compile(rule("$param?lockoutThresholdUser = 5 and $tbb = 4 and $checkDate = xs:date('2026-11-22') and $applicable = '5.1.4' and empty($param?cctvRetentionDays)"));
        XdmNode document = new XmlInput(processor).parse(new java.io.ByteArrayInputStream("<a/>".getBytes()), null);
        assertThat(compiled.evaluate(document, bindings)).isEmpty();
    }

    private static RuleDefinition rule(String test) {
        return new RuleDefinition("EVIL-RULE", List.of("1.1.1"), false, DocumentKind.DECLARATION, Set.of(), Severity.ERROR,
                null, null, List.of(), List.of(new RuleDefinition.Test(RuleDefinition.Test.Kind.ASSERT, test, "m", null, null)),
                Map.of("m", new LocalizedText("x", "x")), Map.of("ext", "urn:evil", "saxon", "http://saxon.sf.net/"),
                new RuleDefinition.Origin("rules.xml", 3, 4));
    }
}
