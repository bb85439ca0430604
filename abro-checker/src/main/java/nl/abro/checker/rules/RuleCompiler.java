package nl.abro.checker.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;
import nl.abro.model.RuleDefinition;

/** Compiles a pack's rules with Saxon, once, refusing any rule that reaches outside its document. */
public final class RuleCompiler {
    private static final Map<String, String> STANDARD_PREFIXES = Map.of(
            "fn", "http://www.w3.org/2005/xpath-functions",
            "math", "http://www.w3.org/2005/xpath-functions/math",
            "map", "http://www.w3.org/2005/xpath-functions/map",
            "array", "http://www.w3.org/2005/xpath-functions/array",
            "xs", "http://www.w3.org/2001/XMLSchema");

    private final Processor processor;

    public RuleCompiler(Processor processor) {
        this.processor = processor;
    }

    /** Compiles a rule whole: its parts and its sweep; a part that does not compile is an error now. */
    public CompiledRule compile(RuleDefinition rule) throws RuleCompilationException {
        CompiledRule.Parts parts = compileParts(rule);
        boolean contextVaries = rule.perRequirement()
                && CompiledRule.references(parts.context, java.util.Set.of(Bindings.REQUIREMENT.getLocalName()));
        return new CompiledRule(rule, parts, sweep(rule, parts.documentWide, contextVaries));
    }

    /**
     * Compiles a rule's sweep now and its parts when a document first needs them: where its sweep
     * finds a hit, which for most rules of a check is never. That is half of the compilation, most
     * of a short run. For a rule of a pack the build has tested (its fixtures compile every part);
     * a part that does not compile is then the rule's error on the document that needs it. The
     * sandbox still refuses a rule now, by its text. A per-requirement rule, whose sweep depends on
     * an analysis of its compiled lets, and a rule whose sweep does not compile are compiled whole.
     */
    public CompiledRule compileOnDemand(RuleDefinition rule) throws RuleCompilationException {
        if (rule.perRequirement()) {
            return compile(rule);
        }
        checkText(rule, rule.context() == null ? "." : rule.context(), "context");
        for (RuleDefinition.Let let : rule.lets()) {
            checkText(rule, let.xpath(), "let $" + let.name());
        }
        for (RuleDefinition.Test test : rule.tests()) {
            checkText(rule, test.xpath(), test.kind().name().toLowerCase(java.util.Locale.ROOT));
        }
        XPathExecutable sweep = sweep(rule, new boolean[rule.lets().size()], false);
        return sweep == null ? compile(rule) : new CompiledRule(rule, () -> compileParts(rule), sweep);
    }

    private static void checkText(RuleDefinition rule, String xpath, String where) throws RuleCompilationException {
        checkText(xpath, describe(rule, where));
    }

    private static void checkText(String xpath, String where) throws RuleCompilationException {
        String refused = RuleSandbox.checkText(xpath);
        if (refused != null) {
            throw new RuleCompilationException(where + ": " + refused);
        }
    }

    private CompiledRule.Parts compileParts(RuleDefinition rule) throws RuleCompilationException {
        XPathCompiler compiler = processor.newXPathCompiler();
        compiler.setLanguageVersion("3.1");
        STANDARD_PREFIXES.forEach(compiler::declareNamespace);
        rule.namespaces().forEach(compiler::declareNamespace);
        Bindings.ALL.forEach(compiler::declareVariable);

        XPathExecutable context = compile(compiler, rule, rule.context() == null ? "." : rule.context(), "context");
        List<CompiledRule.Scoped> lets = new ArrayList<>();
        for (int i = 0; i < rule.lets().size(); i++) {
            RuleDefinition.Let let = rule.lets().get(i);
            lets.add(new CompiledRule.Scoped(compile(compiler, rule, let.xpath(), "let $" + let.name()), i));
            compiler.declareVariable(new QName(let.name()));
        }
        List<CompiledRule.CompiledTest> tests = new ArrayList<>();
        for (RuleDefinition.Test test : rule.tests()) {
            var message = rule.messages().get(test.message());
            String where = "message " + test.message();
            tests.add(new CompiledRule.CompiledTest(test,
                    compile(compiler, rule, test.xpath(), test.kind().name().toLowerCase(java.util.Locale.ROOT)),
                    MessageTemplate.parse(message.nl(), xpath -> compile(compiler, rule, xpath, where + " (nl)"), describe(rule, where)),
                    MessageTemplate.parse(message.en(), xpath -> compile(compiler, rule, xpath, where + " (en)"), describe(rule, where))));
        }
        return new CompiledRule.Parts(rule, context, lets, tests);
    }

    /**
     * The rule's sweep (see {@link RuleSweep}), or null when the parts, put together, do not compile:
     * the rule then runs part by part, which is slower but means the same.
     */
    private XPathExecutable sweep(RuleDefinition rule, boolean[] documentWide, boolean contextVaries) {
        XPathCompiler compiler = processor.newXPathCompiler();
        compiler.setLanguageVersion("3.1");
        STANDARD_PREFIXES.forEach(compiler::declareNamespace);
        rule.namespaces().forEach(compiler::declareNamespace);
        Bindings.ALL.forEach(compiler::declareVariable);
        try {
            XPathExecutable sweep = compiler.compile(RuleSweep.text(rule, documentWide, contextVaries));
            return RuleSandbox.checkCompiled(sweep) == null ? sweep : null;
        } catch (SaxonApiException e) {
            return null;
        }
    }

    /**
     * Compiles a pack expression that is not part of a rule (a manifest's statedLevel), under the
     * same sandbox; it sees no variables.
     */
    public XPathExecutable compileExpression(String xpath, Map<String, String> namespaces, String where)
            throws RuleCompilationException {
        XPathCompiler compiler = processor.newXPathCompiler();
        compiler.setLanguageVersion("3.1");
        STANDARD_PREFIXES.forEach(compiler::declareNamespace);
        namespaces.forEach(compiler::declareNamespace);
        return compile(compiler, xpath, where);
    }

    private static XPathExecutable compile(XPathCompiler compiler, RuleDefinition rule, String xpath, String where)
            throws RuleCompilationException {
        return compile(compiler, xpath, describe(rule, where));
    }

    private static XPathExecutable compile(XPathCompiler compiler, String xpath, String where)
            throws RuleCompilationException {
        checkText(xpath, where);
        XPathExecutable executable;
        try {
            executable = compiler.compile(xpath);
        } catch (SaxonApiException e) {
            throw new RuleCompilationException(where + ": XPath does not compile: "
                    + String.valueOf(e.getMessage()).strip().replaceAll("\\s+", " "));
        }
        String refused = RuleSandbox.checkCompiled(executable);
        if (refused != null) {
            throw new RuleCompilationException(where + ": " + refused);
        }
        return executable;
    }

    private static String describe(RuleDefinition rule, String where) {
        return rule.origin() + ": rule " + rule.id() + ", " + where;
    }
}
