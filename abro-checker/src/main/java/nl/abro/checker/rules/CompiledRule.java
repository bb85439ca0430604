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
 * A rule compiled by Saxon, safe to share between threads: every thread loads its own selectors,
 * and parts compiled on first use are compiled once.
 */
public final class CompiledRule {
    private final RuleDefinition definition;
    private final List<QName> letNames;
    /** The value of a variable an expression does not read. */
    private static final XdmValue UNUSED = net.sf.saxon.s9api.XdmEmptySequence.getInstance();

    /** The rule as one expression that finds whether it has hits (see {@link RuleSweep}); null: none. */
    private final XPathExecutable sweep;
    private final boolean[] sweepUses;

    /** Compiles the parts when a rule's parts are made on first use. */
    @FunctionalInterface
    interface PartsCompiler {
        Parts compile() throws RuleCompilationException;
    }

    private final PartsCompiler partsCompiler;
    private volatile Parts parts;
    private volatile String partsRefused;

    /**
     * The rule's parts, compiled: its context, lets, tests and message placeholders, which make the
     * findings; per expression, which variables it reads (see bindOnce).
     */
    static final class Parts {
        final XPathExecutable context;
        final List<Scoped> lets;
        final List<CompiledTest> tests;
        /** Lets of a per-requirement rule that do not depend on $requirement: evaluated once per document. */
        final boolean[] documentWide;
        final java.util.Map<XPathExecutable, boolean[]> uses = new java.util.IdentityHashMap<>();

        Parts(RuleDefinition definition, XPathExecutable context, List<Scoped> lets, List<CompiledTest> tests) {
            this.context = context;
            this.lets = List.copyOf(lets);
            this.tests = List.copyOf(tests);
            this.documentWide = documentWide(definition, this.lets);
            List<String> variables = variables(definition);
            uses.put(context, uses(context, variables));
            this.lets.forEach(l -> uses.put(l.executable(), uses(l.executable(), variables)));
            for (CompiledTest test : this.tests) {
                uses.put(test.executable(), uses(test.executable(), variables));
                for (XPathExecutable placeholder : test.nl().expressions()) {
                    uses.put(placeholder, uses(placeholder, variables));
                }
                for (XPathExecutable placeholder : test.en().expressions()) {
                    uses.put(placeholder, uses(placeholder, variables));
                }
            }
        }
    }

    /** A rule whose parts are compiled already. */
    CompiledRule(RuleDefinition definition, Parts parts, XPathExecutable sweep) {
        this(definition, () -> parts, sweep);
        this.parts = parts;
    }

    /**
     * A rule whose parts are compiled when a document first needs them (where its sweep finds a
     * hit); if they do not compile then, the rule reports that as its error on that document.
     */
    CompiledRule(RuleDefinition definition, PartsCompiler parts, XPathExecutable sweep) {
        this.definition = definition;
        this.letNames = definition.lets().stream().map(l -> new QName(l.name())).toList();
        this.partsCompiler = parts;
        this.sweep = sweep;
        this.sweepUses = sweep == null ? null : uses(sweep, variables(definition));
    }

    /** The names of the variables an expression may read: Bindings.ALL followed by the lets. */
    private static List<String> variables(RuleDefinition definition) {
        List<String> variables = new ArrayList<>(Bindings.ALL.stream().map(QName::getLocalName).toList());
        definition.lets().forEach(l -> variables.add(l.name()));
        return variables;
    }

    /** The compiled parts, compiled now if they were not yet. */
    private Parts parts() throws SaxonApiException {
        Parts compiled = parts;
        if (compiled != null) {
            return compiled;
        }
        synchronized (this) {
            if (parts == null && partsRefused == null) {
                try {
                    parts = partsCompiler.compile();
                } catch (RuleCompilationException e) {
                    partsRefused = e.getMessage();
                }
            }
            if (partsRefused != null) {
                throw new SaxonApiException("the rule does not compile: " + partsRefused);
            }
            return parts;
        }
    }

    /** Whether the parts are compiled (they are made on first use for a rule of a bundled pack). */
    public boolean partsCompiled() {
        return parts != null;
    }

    /**
     * For a per-requirement rule, which lets do not depend on $requirement, directly or through
     * another let: they have one value per context node for all requirements of a document.
     */
    static boolean[] documentWide(RuleDefinition definition, List<Scoped> lets) {
        boolean[] documentWide = new boolean[lets.size()];
        if (definition.perRequirement()) {
            java.util.Set<String> varying = new java.util.HashSet<>(java.util.Set.of(Bindings.REQUIREMENT.getLocalName()));
            for (int i = 0; i < lets.size(); i++) {
                documentWide[i] = !references(lets.get(i).executable(), varying);
                if (!documentWide[i]) {
                    varying.add(definition.lets().get(i).name());
                }
            }
        }
        return documentWide;
    }

    private static boolean[] uses(XPathExecutable executable, List<String> variables) {
        boolean[] used = new boolean[variables.size()];
        for (int i = 0; i < used.length; i++) {
            used[i] = references(executable, java.util.Set.of(variables.get(i)));
        }
        return used;
    }

    static boolean references(XPathExecutable executable, java.util.Set<String> names) {
        return references(executable.getUnderlyingExpression().getInternalExpression(), names);
    }

    private static boolean references(net.sf.saxon.expr.Expression expression, java.util.Set<String> names) {
        if (expression instanceof net.sf.saxon.expr.VariableReference reference
                && names.contains(reference.getVariableName().getLocalPart())) {
            return true;
        }
        for (net.sf.saxon.expr.Operand operand : expression.operands()) {
            if (references(operand.getChildExpression(), names)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the rule runs as one expression first (false: its parts do not compile together). */
    public boolean hasSweep() {
        return sweep != null;
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
    /**
     * The rule's selectors, loaded once per thread and kept for the next document: loading them
     * (a dynamic context, an error reporter, parse options for every expression) cost more than
     * evaluating them for most rules.
     */
    private final ThreadLocal<Evaluation> loaded = new ThreadLocal<>();

    public List<RuleHit> evaluate(XdmNode document, Bindings bindings) throws SaxonApiException {
        Evaluation evaluation = evaluation();
        try {
            return evaluation.evaluate(document, bindings);
        } finally {
            evaluation.forget();
        }
    }

    /**
     * Evaluates a per-requirement rule for one requirement, keeping the lets that do not depend on
     * $requirement for the next requirement of the same document; {@link #release()} when done.
     */
    public List<RuleHit> evaluateKeeping(XdmNode document, Bindings bindings) throws SaxonApiException {
        return evaluation().evaluate(document, bindings);
    }

    /** Lets this thread's selectors drop what they kept of the last document. */
    public void release() {
        Evaluation evaluation = loaded.get();
        if (evaluation != null) {
            evaluation.forget();
        }
    }

    /** This thread's loaded selectors of the rule. */
    private Evaluation evaluation() throws SaxonApiException {
        Evaluation evaluation = loaded.get();
        if (evaluation == null) {
            evaluation = prepare();
            loaded.set(evaluation);
        }
        return evaluation;
    }

    /**
     * Whether the rule (not per requirement) may have a hit on the document: false only when its
     * sweep ran and found none. Where it answers true, {@link #evaluate} gives the hits.
     */
    public boolean mayHit(XdmNode document, Bindings bindings) {
        XdmValue found = swept(document, bindings);
        try {
            return found == null || ((net.sf.saxon.s9api.XdmAtomicValue) found.itemAt(0)).getBooleanValue();
        } catch (SaxonApiException e) {
            return true;
        }
    }

    /**
     * Of {@code applicable}, the requirements a per-requirement rule may have a hit for: all of
     * them unless its sweep ran; then those it found, in the order of {@code applicable}.
     */
    public List<String> mayHitFor(XdmNode document, Bindings bindings, List<String> applicable) {
        XdmValue found = swept(document, bindings);
        if (found == null) {
            return applicable;
        }
        java.util.Set<String> numbers = new java.util.HashSet<>();
        for (XdmItem item : found) {
            numbers.add(item.getStringValue());
        }
        return applicable.stream().filter(numbers::contains).toList();
    }

    /** The sweep's result, or null when the rule has none or it raised an error (the parts then decide). */
    private XdmValue swept(XdmNode document, Bindings bindings) {
        if (sweep == null) {
            return null;
        }
        try {
            return evaluation().sweep(document, bindings);
        } catch (SaxonApiException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Loads the rule's selectors once, for many evaluations in one thread: a per-requirement rule
     * runs for every applicable requirement of a document, and loading is most of its cost.
     */
    private Evaluation prepare() throws SaxonApiException {
        return new Evaluation();
    }

    /**
     * The rule's expressions, loaded; for one document in one thread. Lets that do not depend on
     * $requirement keep their value for that document.
     */
    private final class Evaluation {
        private XPathSelector context;
        private final List<XPathSelector> lets = new ArrayList<>();
        private final List<XPathSelector> tests = new ArrayList<>();
        private final java.util.Map<XdmNode, XdmValue[]> kept = new java.util.HashMap<>();
        private XdmNode keptFor;
        /**
         * Per selector, the value last given to each variable (Bindings.ALL, then the lets). Saxon
         * copies and type-checks a value on every setVariable, which for $applicable (hundreds of
         * strings) bound to every expression once per requirement was most of a check's time; a
         * selector keeps its variables between evaluations, so an unchanged value is not set again.
         */
        private final java.util.Map<XPathSelector, XdmValue[]> bound = new java.util.IdentityHashMap<>();

        private XPathSelector sweep;

        /** The parts, loaded when the sweep first finds a hit in this thread. */
        private Parts parts;

        private void loadParts() throws SaxonApiException {
            if (parts != null) {
                return;
            }
            Parts compiled = CompiledRule.this.parts();
            context = compiled.context.load();
            for (Scoped let : compiled.lets) {
                lets.add(let.executable().load());
            }
            for (CompiledTest test : compiled.tests) {
                tests.add(test.executable().load());
            }
            parts = compiled;
        }

        public List<RuleHit> evaluate(XdmNode document, Bindings bindings) throws SaxonApiException {
            loadParts();
            boolean[] documentWide = parts.documentWide;
            List<RuleHit> hits = new ArrayList<>();
            bindOnce(context, parts.uses.get(parts.context), bindings, List.of(), 0);
            // Contexts are evaluated from the root element, so "d:cyber/d:accounts" means what its
            // author expects; absolute paths ("/d:declaration/...") work as well.
            context.setContextItem(rootElement(document));
            for (XdmItem item : context.evaluate()) {
                if (!(item instanceof XdmNode node)) {
                    continue;
                }
                if (keptFor != document) {
                    kept.clear();
                    keptFor = document;
                }
                XdmValue[] known = kept.computeIfAbsent(node, n -> new XdmValue[lets.size()]);
                List<XdmValue> letValues = new ArrayList<>();
                for (int i = 0; i < lets.size(); i++) {
                    if (documentWide[i] && known[i] != null) {
                        letValues.add(known[i]);
                        continue;
                    }
                    XPathSelector selector = lets.get(i);
                    Scoped let = parts.lets.get(i);
                    bindOnce(selector, parts.uses.get(let.executable()), bindings, letValues, let.visibleLets());
                    selector.setContextItem(node);
                    XdmValue value = selector.evaluate();
                    letValues.add(value);
                    if (documentWide[i]) {
                        known[i] = value;
                    }
                }
                for (int i = 0; i < tests.size(); i++) {
                    CompiledTest test = parts.tests.get(i);
                    XPathSelector selector = tests.get(i);
                    bindOnce(selector, parts.uses.get(test.executable()), bindings, letValues, letValues.size());
                    selector.setContextItem(node);
                    boolean holds = selector.effectiveBooleanValue();
                    boolean failed = test.test().kind() == RuleDefinition.Test.Kind.ASSERT ? !holds : holds;
                    if (failed) {
                        hits.add(hit(parts, test, node, bindings, letValues));
                    }
                }
            }
            return hits;
        }

        XdmValue sweep(XdmNode document, Bindings bindings) throws SaxonApiException {
            if (sweep == null) {
                sweep = CompiledRule.this.sweep.load();
            }
            bindOnce(sweep, sweepUses, bindings, List.of(), 0);
            sweep.setContextItem(rootElement(document));
            return sweep.evaluate();
        }

        /** Drops what was kept for the last document, so a thread does not hold on to its tree. */
        void forget() {
            kept.clear();
            keptFor = null;
        }

        /**
         * Sets the variables of one expression that changed since it last ran. Saxon wants a value
         * for every declared variable, but one the expression does not read gets the empty sequence,
         * once: setting $applicable (hundreds of strings, each checked by Saxon) for every expression
         * of every document was a third of a check.
         */
        private void bindOnce(XPathSelector selector, boolean[] used, Bindings bindings, List<XdmValue> letValues,
                              int visibleLets) throws SaxonApiException {
            int globals = Bindings.ALL.size();
            XdmValue[] last = bound.computeIfAbsent(selector, s -> new XdmValue[globals + letNames.size()]);
            for (int i = 0; i < globals; i++) {
                XdmValue value = used[i] ? bindings.get(Bindings.ALL.get(i)) : UNUSED;
                if (last[i] != value) {
                    selector.setVariable(Bindings.ALL.get(i), value);
                    last[i] = value;
                }
            }
            for (int i = 0; i < visibleLets; i++) {
                XdmValue value = used[globals + i] ? letValues.get(i) : UNUSED;
                if (last[globals + i] != value) {
                    selector.setVariable(letNames.get(i), value);
                    last[globals + i] = value;
                }
            }
        }
    }

    private RuleHit hit(Parts parts, CompiledTest test, XdmNode node, Bindings bindings, List<XdmValue> letValues)
            throws SaxonApiException {
        MessageTemplate.Evaluator evaluator = executable -> {
            XPathSelector placeholder = executable.load();
            bind(placeholder, parts.uses.get(executable), bindings, letValues);
            placeholder.setContextItem(node);
            return placeholder.evaluate();
        };
        Severity severity = test.test().severity() != null ? test.test().severity() : definition.severity();
        String requirement = test.test().requirement();
        if (requirement == null && definition.perRequirement()) {
            requirement = bindings.get(Bindings.REQUIREMENT).itemAt(0).getStringValue();
        }
        return new RuleHit(definition.id(), test.test().message(),
                new LocalizedText(test.nl().render(evaluator), test.en().render(evaluator)),
                severity, requirement, locate(node, letValues), test.test());
    }

    private static XdmNode rootElement(XdmNode document) {
        for (XdmNode child : document.children()) {
            if (child.getNodeKind() == net.sf.saxon.s9api.XdmNodeKind.ELEMENT) {
                return child;
            }
        }
        return document;
    }

    /** Binds the variables a placeholder reads; the others get the empty sequence, which costs Saxon nothing to check. */
    private void bind(XPathSelector selector, boolean[] used, Bindings bindings, List<XdmValue> letValues)
            throws SaxonApiException {
        int globals = Bindings.ALL.size();
        for (int i = 0; i < globals; i++) {
            selector.setVariable(Bindings.ALL.get(i), used[i] ? bindings.get(Bindings.ALL.get(i)) : UNUSED);
        }
        for (int i = 0; i < letValues.size(); i++) {
            selector.setVariable(letNames.get(i), used[globals + i] ? letValues.get(i) : UNUSED);
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
