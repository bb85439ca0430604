package nl.abro.checker.rules;

import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import nl.abro.checker.xml.NodeLocation;
import nl.abro.model.LocalizedText;
import nl.abro.model.RuleDefinition;
import nl.abro.model.Severity;

/**
 * A rule compiled by Saxon, immutable and safe to share between threads: every evaluation makes
 * its own selectors.
 */
public final class CompiledRule {
    private final RuleDefinition definition;
    private final XPathExecutable context;
    private final List<Scoped> lets;
    private final List<CompiledTest> tests;
    private final List<QName> letNames;

    CompiledRule(RuleDefinition definition, XPathExecutable context, List<Scoped> lets, List<CompiledTest> tests) {
        this.definition = definition;
        this.context = context;
        this.lets = List.copyOf(lets);
        this.tests = List.copyOf(tests);
        this.letNames = definition.lets().stream().map(l -> new QName(l.name())).toList();
    }

    public RuleDefinition definition() {
        return definition;
    }

    public String id() {
        return definition.id();
    }

    /** An expression and how many of the rule's let variables it can see. */
    record Scoped(XPathExecutable executable, int visibleLets) {
    }

    record CompiledTest(RuleDefinition.Test test, XPathExecutable executable, MessageTemplate nl, MessageTemplate en) {
    }

    /** Evaluates the rule on a document; returns its failures in document order. */
    public List<RuleHit> evaluate(XdmNode document, Bindings bindings) throws SaxonApiException {
        List<RuleHit> hits = new ArrayList<>();
        XPathSelector contextSelector = context.load();
        bind(contextSelector, bindings, List.of(), 0);
        // Contexts are evaluated from the root element, so "d:cyber/d:accounts" means what its author
        // expects; absolute paths ("/d:declaration/...") work as well.
        contextSelector.setContextItem(rootElement(document));
        for (XdmItem item : contextSelector.evaluate()) {
            if (!(item instanceof XdmNode node)) {
                continue;
            }
            List<XdmValue> letValues = new ArrayList<>();
            for (Scoped let : lets) {
                XPathSelector selector = let.executable().load();
                bind(selector, bindings, letValues, let.visibleLets());
                selector.setContextItem(node);
                letValues.add(selector.evaluate());
            }
            for (CompiledTest test : tests) {
                XPathSelector selector = test.executable().load();
                bind(selector, bindings, letValues, letValues.size());
                selector.setContextItem(node);
                boolean holds = selector.effectiveBooleanValue();
                boolean failed = test.test().kind() == RuleDefinition.Test.Kind.ASSERT ? !holds : holds;
                if (failed) {
                    MessageTemplate.Evaluator evaluator = executable -> {
                        XPathSelector placeholder = executable.load();
                        bind(placeholder, bindings, letValues, letValues.size());
                        placeholder.setContextItem(node);
                        return placeholder.evaluate();
                    };
                    Severity severity = test.test().severity() != null ? test.test().severity() : definition.severity();
                    String requirement = test.test().requirement();
                    if (requirement == null && definition.perRequirement()) {
                        requirement = bindings.get(Bindings.REQUIREMENT).itemAt(0).getStringValue();
                    }
                    hits.add(new RuleHit(definition.id(), test.test().message(),
                            new LocalizedText(test.nl().render(evaluator), test.en().render(evaluator)),
                            severity, requirement, locate(node, letValues), test.test()));
                }
            }
        }
        return hits;
    }

    private static XdmNode rootElement(XdmNode document) {
        for (XdmNode child : document.children()) {
            if (child.getNodeKind() == net.sf.saxon.s9api.XdmNodeKind.ELEMENT) {
                return child;
            }
        }
        return document;
    }

    private void bind(XPathSelector selector, Bindings bindings, List<XdmValue> letValues, int visibleLets)
            throws SaxonApiException {
        for (QName name : Bindings.ALL) {
            selector.setVariable(name, bindings.get(name));
        }
        for (int i = 0; i < visibleLets; i++) {
            selector.setVariable(letNames.get(i), letValues.get(i));
        }
    }

    /**
     * Points at the offending value: the last let variable holding a node (the fact a rule looked
     * at), or the context node when none does.
     */
    private static NodeLocation locate(XdmNode context, List<XdmValue> letValues) {
        for (int i = letValues.size() - 1; i >= 0; i--) {
            XdmValue value = letValues.get(i);
            if (value.size() > 0 && value.itemAt(0) instanceof XdmNode node) {
                return NodeLocation.of(node);
            }
        }
        return NodeLocation.of(context);
    }
}
