package nl.abro.checker.schematron;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.saxon.expr.Expression;
import net.sf.saxon.expr.Operand;
import net.sf.saxon.expr.VariableReference;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;
import nl.abro.checker.rules.Bindings;
import nl.abro.model.DocumentKind;
import nl.abro.model.Language;
import nl.abro.model.Requirement;
import nl.abro.model.RequirementPack;
import nl.abro.model.RuleDefinition;
import nl.abro.model.Severity;
import nl.abro.model.TbbLevel;

/**
 * Writes a pack's declaration rules as an ISO Schematron schema (queryBinding xslt3) that finds
 * what the checker finds, for one TBB level. How each part of a rule is carried over, and why it
 * keeps the engine's meaning (see CompiledRule and Checker):
 * <ul>
 * <li>The variables every rule sees ($tbb, $checkDate, $param, $tender, $request, $applicable, and
 *     $requirement, empty outside per-requirement rules) become schema-level lets with their values
 *     at the level, written as typed literals; SchXslt turns them into stylesheet parameters.</li>
 * <li>The engine evaluates a rule's context as an expression from the root element. A context that
 *     is absent becomes the pattern {@code /*}; an absolute path that is also a valid pattern stays as
 *     it is (a rooted path pattern matches exactly the nodes the expression selects); anything else
 *     becomes a schema-level let {@code /*!(context)} and the rule's context is a pattern on that
 *     variable, so it selects the same nodes.</li>
 * <li>Each rule is a pattern of its own: in Schematron only the first matching rule of a pattern
 *     fires on a node, while the engine runs every rule on every node its context selects.</li>
 * <li>A per-requirement rule runs in the engine once for every applicable requirement with
 *     $requirement bound. It becomes one pattern per applicable requirement, whose rule binds
 *     $requirement with its first let. That is plain ISO Schematron and gives one failed assert
 *     per requirement, as the engine gives one finding per requirement. Lets that do not depend on
 *     $requirement (the engine computes them once per document) are, where the rule's context is
 *     the root element, computed once in a schema-level let holding an array of their values; the
 *     rule's let of the same name takes its member, so the rule text is unchanged.</li>
 * <li>Assert and report keep their test; severity is the role, the requirement(s) a failure counts
 *     against the flag ($requirement in per-requirement rules), and the message the text, with
 *     each {XPath} placeholder a value-of joined with ", " as the engine does.</li>
 * <li>The engine points a finding at the last let holding a node, else the context node: that is
 *     the rule's subject, so SVRL locations match the engine's findings. Because SchXslt evaluates
 *     value-of relative to the subject, placeholders are evaluated on the rule's context node,
 *     which the rule keeps in a let.</li>
 * </ul>
 * What cannot carry over: a rule that fails with a dynamic error gives a "rule-error" finding in
 * the engine and stops the whole Schematron validation (SchXslt reports an svrl:error).
 */
public final class SchematronExporter {
    public static final String SCH = "http://purl.oclc.org/dsdl/schematron";
    /** Namespace of the variables the export adds (hoisted lets, context sets, the context node). */
    public static final String EXPORT_NS = "urn:nl:abro:schematron-export:1";

    private static final Map<String, String> STANDARD_PREFIXES = new LinkedHashMap<>();

    static {
        STANDARD_PREFIXES.put("xs", "http://www.w3.org/2001/XMLSchema");
        STANDARD_PREFIXES.put("fn", "http://www.w3.org/2005/xpath-functions");
        STANDARD_PREFIXES.put("map", "http://www.w3.org/2005/xpath-functions/map");
        STANDARD_PREFIXES.put("array", "http://www.w3.org/2005/xpath-functions/array");
        STANDARD_PREFIXES.put("math", "http://www.w3.org/2005/xpath-functions/math");
    }

    private final Processor processor;

    public SchematronExporter(Processor processor) {
        this.processor = processor;
    }

    /** What to export: the level whose values are bound, the check date, the language of messages. */
    public record Options(TbbLevel level, LocalDate checkDate, Language language) {
    }

    /** What was written, for the command line to report. */
    public record Result(String schema, int rules, int patterns, int applicable) {
    }

    public Result export(RequirementPack pack, Options options) {
        TbbLevel level = options.level();
        Language lang = options.language();
        List<String> applicable = pack.catalog().requirements(r -> r.appliesAt(level)).stream()
                .map(Requirement::number).toList();
        Bindings bindings = Bindings.of(pack, level, options.checkDate(), null, applicable);

        List<RuleDefinition> rules = new ArrayList<>();
        for (RuleDefinition rule : pack.rules()) {
            if (rule.document() == DocumentKind.DECLARATION && rule.runsAt(level)
                    && (rule.perRequirement() || rule.requirements().stream().anyMatch(applicable::contains))) {
                rules.add(rule);
            }
        }
        Map<String, String> namespaces = namespaces(rules);
        String x = exportPrefix(namespaces);
        namespaces.put(x, EXPORT_NS);

        Sch sch = new Sch();
        sch.comment(" Generated by abro export-schematron from pack " + pack.coordinates() + " (SHA-256 " + pack.sha256()
                + ")\n     for TBB " + level.number() + ", check date " + options.checkDate()
                + ". Run it with SchXslt2 (or any ISO Schematron processor\n     with queryBinding xslt3)"
                + " on declarations (urn:nl:abro:declaration:1). The variables below are\n     stylesheet parameters:"
                + " set checkDate to check on another day. Do not edit: export again. ");
        sch.start("sch:schema").attr("xmlns:sch", SCH).attr("queryBinding", "xslt3")
                .attr("schemaVersion", pack.coordinates().toString()).attr("xml:lang", lang.code());
        sch.element("sch:title", pack.manifest().title().in(lang) + " (TBB " + level.number() + ")");
        namespaces.forEach((prefix, uri) -> sch.start("sch:ns").attr("prefix", prefix).attr("uri", uri).end());
        bindings.byName().forEach((name, value) ->
                sch.start("sch:let").attr("name", name).attr("value", XPathLiterals.of(value)).end());

        int patterns = 0;
        List<Runnable> body = new ArrayList<>();
        for (RuleDefinition rule : rules) {
            Analysis analysis = analyse(rule);
            String hoisted = null;
            if (rule.perRequirement() && analysis.rootContext() && analysis.hoistable() != null) {
                hoisted = x + ":lets." + rule.id();
                sch.start("sch:let").attr("name", hoisted).attr("value", analysis.hoistable()).end();
            }
            if (rule.perRequirement()) {
                String shared = analysis.contextUsesRequirement() ? null : context(rule, analysis, x, null, sch);
                for (String requirement : applicable) {
                    String context = shared != null ? shared : context(rule, analysis, x, requirement, sch);
                    String hoistedName = hoisted;
                    body.add(() -> pattern(sch, rule, analysis, context, requirement, hoistedName, applicable, lang, x));
                    patterns++;
                }
            } else {
                String context = context(rule, analysis, x, null, sch);
                body.add(() -> pattern(sch, rule, analysis, context, null, null, applicable, lang, x));
                patterns++;
            }
        }
        body.forEach(Runnable::run);
        sch.end();
        return new Result(sch.toString(), rules.size(), patterns, applicable.size());
    }

    /** The rule's context as a Schematron pattern; declares a schema-level let where one is needed. */
    private String context(RuleDefinition rule, Analysis analysis, String x, String requirement, Sch sch) {
        if (analysis.rootContext()) {
            return "/*";
        }
        String context = rule.context().strip();
        if (!analysis.contextUsesRequirement() && isRootedPathPattern(rule, context)) {
            return context;
        }
        String name = x + ":context." + rule.id() + (analysis.contextUsesRequirement() ? "." + requirement : "");
        String value = "/*!(" + context + ")";
        if (analysis.contextUsesRequirement()) {
            value = "let $requirement := " + XPathLiterals.string(requirement) + " return " + value;
        }
        sch.start("sch:let").attr("name", name).attr("value", value).end();
        return "$" + name;
    }

    private void pattern(Sch sch, RuleDefinition rule, Analysis analysis, String context, String requirement,
                         String hoisted, List<String> applicable, Language lang, String x) {
        String id = rule.id() + (requirement == null ? "" : "." + requirement);
        sch.start("sch:pattern").attr("id", id);
        String title = rule.title() == null ? rule.id() : rule.title().in(lang);
        sch.element("sch:title", title + (requirement == null ? "" : " (" + requirement + ")"));
        String subject = subject(rule);
        sch.start("sch:rule").attr("context", context);
        if (subject != null) {
            sch.attr("subject", subject);
        }
        String contextVariable = x + ":context";
        if (subject != null) {
            sch.start("sch:let").attr("name", contextVariable).attr("value", ".").end();
        }
        if (requirement != null) {
            sch.start("sch:let").attr("name", "requirement").attr("value", XPathLiterals.string(requirement)).end();
        }
        int member = 0;
        for (int i = 0; i < rule.lets().size(); i++) {
            RuleDefinition.Let let = rule.lets().get(i);
            String value = hoisted != null && analysis.documentWide()[i] ? "$" + hoisted + "?" + (++member) : let.xpath();
            sch.start("sch:let").attr("name", let.name()).attr("value", value).end();
        }
        List<String> served = rule.requirements().stream().filter(applicable::contains).toList();
        Map<String, Integer> seen = new HashMap<>();
        for (RuleDefinition.Test test : rule.tests()) {
            String flag = test.requirement() != null ? test.requirement()
                    : requirement != null ? "$requirement" : String.join(" ", served);
            if (test.requirement() != null && !applicable.contains(test.requirement())) {
                // The engine drops findings for a requirement that does not apply at this level.
                continue;
            }
            int n = seen.merge(test.message(), 1, Integer::sum);
            Severity severity = test.severity() != null ? test.severity() : rule.severity();
            sch.startInline(test.kind() == RuleDefinition.Test.Kind.ASSERT ? "sch:assert" : "sch:report")
                    .attr("id", id + "." + test.message() + (n > 1 ? "." + n : ""))
                    .attr("test", test.xpath()).attr("role", severity.code()).attr("flag", flag);
            message(sch, rule.messages().get(test.message()).in(lang), subject != null ? "$" + contextVariable : null);
            sch.end();
        }
        sch.end();
        sch.end();
    }

    /**
     * The node the engine reports: the first item of the last let whose first item is a node, else
     * the context node. Null for a rule without lets (the context node, Schematron's default).
     */
    private static String subject(RuleDefinition rule) {
        if (rule.lets().isEmpty()) {
            return null;
        }
        List<String> candidates = new ArrayList<>();
        for (int i = rule.lets().size() - 1; i >= 0; i--) {
            candidates.add("head($" + rule.lets().get(i).name() + ")[. instance of node()]");
        }
        candidates.add(".");
        return "(" + String.join(", ", candidates) + ")[1]";
    }

    /** Message text with {XPath} placeholders ("{{" and "}}" are braces), as MessageTemplate reads it. */
    private static void message(Sch sch, String text, String contextVariable) {
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < text.length() && text.charAt(i + 1) == c) {
                literal.append(c);
                i += 2;
            } else if (c == '{') {
                int end = text.indexOf('}', i + 1);
                sch.text(literal.toString());
                literal.setLength(0);
                String xpath = text.substring(i + 1, end);
                // A bare variable needs no focus; anything else is evaluated on the rule's context node.
                boolean variable = xpath.strip().matches("\\$[\\w.-]+");
                String scoped = variable ? xpath.strip()
                        : contextVariable == null ? "(" + xpath + ")" : "(" + contextVariable + "!(" + xpath + "))";
                sch.start("sch:value-of").attr("select", "string-join(" + scoped + "!string(), ', ')").end();
                i = end + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        sch.text(literal.toString());
    }

    /** What the export needs to know about a rule's expressions, from Saxon's compiled trees. */
    private record Analysis(boolean rootContext, boolean contextUsesRequirement, boolean[] documentWide, String hoistable) {
    }

    private Analysis analyse(RuleDefinition rule) {
        XPathCompiler compiler = compiler(rule);
        String context = rule.context() == null ? null : rule.context().strip();
        boolean root = context == null || context.equals(".");
        boolean contextUsesRequirement = !root && references(compile(compiler, context), Set.of("requirement"));
        boolean[] documentWide = new boolean[rule.lets().size()];
        String hoistable = null;
        if (rule.perRequirement()) {
            // As CompiledRule decides it: a let is computed once per document unless it uses
            // $requirement or a let that does.
            Set<String> varying = new HashSet<>(Set.of("requirement"));
            List<String> bindings = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < rule.lets().size(); i++) {
                RuleDefinition.Let let = rule.lets().get(i);
                documentWide[i] = !references(compile(compiler, let.xpath()), varying);
                compiler.declareVariable(new QName(let.name()));
                if (documentWide[i]) {
                    bindings.add("$" + let.name() + " := (" + let.xpath() + ")");
                    names.add("$" + let.name());
                } else {
                    varying.add(let.name());
                }
            }
            if (!names.isEmpty()) {
                String candidate = "/*!(let " + String.join(", ", bindings) + " return [" + String.join(", ", names) + "])";
                // A let Saxon judged independent may still name a varying let in its text (optimised away);
                // then it cannot stand alone, and the rule keeps all its lets.
                hoistable = compiles(compiler(rule), candidate) ? candidate : null;
            }
        }
        return new Analysis(root, contextUsesRequirement, documentWide, hoistable);
    }

    private XPathCompiler compiler(RuleDefinition rule) {
        XPathCompiler compiler = processor.newXPathCompiler();
        compiler.setLanguageVersion("3.1");
        STANDARD_PREFIXES.forEach(compiler::declareNamespace);
        rule.namespaces().forEach(compiler::declareNamespace);
        Bindings.names().forEach(name -> compiler.declareVariable(new QName(name)));
        return compiler;
    }

    private static XPathExecutable compile(XPathCompiler compiler, String xpath) {
        try {
            return compiler.compile(xpath);
        } catch (SaxonApiException e) {
            throw new IllegalArgumentException("does not compile: " + xpath + ": " + e.getMessage(), e);
        }
    }

    private static boolean compiles(XPathCompiler compiler, String xpath) {
        try {
            compiler.compile(xpath);
            return true;
        } catch (SaxonApiException e) {
            return false;
        }
    }

    /** An absolute path without set operators at the top, which Saxon accepts as a pattern. */
    private boolean isRootedPathPattern(RuleDefinition rule, String context) {
        if (!context.startsWith("/")) {
            return false;
        }
        String bare = blankLiterals(context);
        if (bare.contains("|") || bare.matches("(?s).*\\b(union|intersect|except)\\b.*")) {
            return false;
        }
        try {
            compiler(rule).compilePattern(context);
            return true;
        } catch (SaxonApiException e) {
            return false;
        }
    }

    private static String blankLiterals(String xpath) {
        return xpath.replaceAll("\"[^\"]*\"|'[^']*'", "''");
    }

    private static boolean references(XPathExecutable executable, Set<String> names) {
        return references(executable.getUnderlyingExpression().getInternalExpression(), names);
    }

    private static boolean references(Expression expression, Set<String> names) {
        if (expression instanceof VariableReference reference && names.contains(reference.getVariableName().getLocalPart())) {
            return true;
        }
        for (Operand operand : expression.operands()) {
            if (references(operand.getChildExpression(), names)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> namespaces(List<RuleDefinition> rules) {
        Map<String, String> namespaces = new LinkedHashMap<>(STANDARD_PREFIXES);
        for (RuleDefinition rule : rules) {
            for (Map.Entry<String, String> ns : new java.util.TreeMap<>(rule.namespaces()).entrySet()) {
                String before = namespaces.putIfAbsent(ns.getKey(), ns.getValue());
                if (before != null && !before.equals(ns.getValue())) {
                    throw new IllegalArgumentException("rule " + rule.id() + " binds prefix " + ns.getKey() + " to " + ns.getValue()
                            + ", other rules to " + before + "; a Schematron schema has one binding per prefix");
                }
            }
        }
        return namespaces;
    }

    private static String exportPrefix(Map<String, String> namespaces) {
        String prefix = "abro";
        for (int i = 2; namespaces.containsKey(prefix); i++) {
            prefix = "abro" + i;
        }
        return prefix;
    }
}
