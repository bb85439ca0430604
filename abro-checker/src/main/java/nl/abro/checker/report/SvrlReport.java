package nl.abro.checker.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.abro.checker.check.CheckResult;
import nl.abro.checker.check.DocumentLoader;
import nl.abro.checker.check.DocumentResult;
import nl.abro.checker.check.Finding;
import nl.abro.checker.check.Outcome;
import nl.abro.checker.check.RequirementResult;
import nl.abro.checker.espd.EspdFacts;
import nl.abro.model.Language;
import nl.abro.model.LocalizedText;
import nl.abro.model.RequirementPack;
import nl.abro.model.RuleDefinition;
import nl.abro.model.Severity;
import nl.abro.model.Waiver;

/**
 * ISO Schematron SVRL, so that Schematron pipelines can take the results: one file per readable
 * document, "svrl/NN-name.svrl" with NN its position in the batch. Each rule that ran is an active
 * pattern with one fired rule; each finding a failed assert or successful report with the rule's
 * XPath test, the finding's location, its severity as role and its requirement as flag. Unreadable
 * documents get no file: nothing was validated.
 */
public final class SvrlReport implements Report {
    public static final String NS = "http://purl.oclc.org/dsdl/svrl";
    public static final String DIRECTORY = "svrl/";

    private static final LocalizedText CHECKED = new LocalizedText(
            "Document %s (SHA-256 %s) gecontroleerd bij %s tegen %s (SHA-256 %s) op %s door abro %s: %s.",
            "Document %s (SHA-256 %s) checked at %s against %s (SHA-256 %s) on %s by abro %s: %s.");
    private static final LocalizedText NO_LEVEL = new LocalizedText("geen TBB-niveau (niet genoemd)", "no TBB level (not stated)");
    private static final LocalizedText PAGE = new LocalizedText("Pagina %d: %s", "Page %d: %s");
    private static final LocalizedText COMPLIANT = new LocalizedText("voldoet", "compliant");
    private static final LocalizedText NON_COMPLIANT = new LocalizedText("voldoet niet", "non-compliant");
    private static final LocalizedText WAIVED_BY = new LocalizedText("Ontheffing van %s tot %s: %s", "Waived by %s until %s: %s");

    private final Severity failOn;

    public SvrlReport(Severity failOn) {
        this.failOn = failOn;
    }

    @Override
    public String format() {
        return "svrl";
    }

    @Override
    public void write(CheckResult result, ReportContext context, ReportSink sink) throws IOException {
        List<DocumentResult> documents = result.documents();
        for (int i = 0; i < documents.size(); i++) {
            DocumentResult document = documents.get(i);
            if (document.readable()) {
                try (Writer out = sink.open(fileName(i + 1, document.path()))) {
                    write(result, document, context, out);
                }
            }
        }
    }

    /** "svrl/02-tbb4-cloud-data-outside-nl.svrl" for the second document of the batch. */
    public static String fileName(int position, String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        return DIRECTORY + String.format(Locale.ROOT, "%02d-", position) + name.replaceAll("[^A-Za-z0-9._-]", "_") + ".svrl";
    }

    /** A finding and the waiver of its requirement, if waived. */
    private record Hit(Finding finding, Waiver waiver) {
    }

    public void write(CheckResult result, DocumentResult document, ReportContext context, Writer out) throws IOException {
        Language language = context.language();
        // The schema of an SVRL file is the document's own pack: each file is one validation.
        RequirementPack pack = context.pack(document);
        List<RuleDefinition> ran = pack.rules().stream().filter(r -> ran(r, document)).toList();
        XmlWriter xml = new XmlWriter(out);
        xml.start("svrl:schematron-output").attribute("xmlns:svrl", NS)
                .attribute("title", pack.manifest().title().in(language))
                .attribute("schemaVersion", pack.coordinates().version());
        xml.start("svrl:text").attribute("xml:lang", language.code())
                .text(String.format(CHECKED.in(language), document.path(), document.sha256(),
                        document.level() == null ? NO_LEVEL.in(language) : document.level(), pack.coordinates(),
                        pack.sha256(), result.checkDate(), result.toolVersion(),
                        (document.verdict(failOn) == DocumentResult.Verdict.COMPLIANT ? COMPLIANT : NON_COMPLIANT).in(language)))
                .end();
        Map<String, Set<String>> namespaces = new TreeMap<>();
        ran.forEach(r -> r.namespaces().forEach((prefix, uri) -> namespaces.computeIfAbsent(prefix, p -> new TreeSet<>()).add(uri)));
        for (Map.Entry<String, Set<String>> namespace : namespaces.entrySet()) {
            for (String uri : namespace.getValue()) {
                xml.start("svrl:ns-prefix-in-attribute-values").attribute("uri", uri).attribute("prefix", namespace.getKey()).end();
            }
        }

        // Patterns in pack order, then those of the checker's own findings (WAIVER) by id.
        Map<String, List<Hit>> patterns = new LinkedHashMap<>();
        ran.forEach(r -> patterns.put(r.id(), new ArrayList<>()));
        Map<String, List<Hit>> others = new TreeMap<>();
        for (RequirementResult requirement : document.requirements()) {
            Waiver waiver = requirement.outcome() == Outcome.WAIVED ? requirement.waiver() : null;
            for (Finding finding : requirement.findings()) {
                (patterns.containsKey(finding.rule()) ? patterns : others)
                        .computeIfAbsent(finding.rule(), k -> new ArrayList<>()).add(new Hit(finding, waiver));
            }
        }
        patterns.putAll(others);
        for (Map.Entry<String, List<Hit>> pattern : patterns.entrySet()) {
            RuleDefinition rule = ran.stream().filter(r -> r.id().equals(pattern.getKey())).findFirst().orElse(null);
            xml.start("svrl:active-pattern").attribute("id", pattern.getKey())
                    .attribute("name", rule == null ? pattern.getKey() : rule.title().in(language)).end();
            // Contexts are evaluated from the root element (see CompiledRule); none means the root element.
            xml.start("svrl:fired-rule").attribute("context", rule == null || rule.context() == null ? "/*" : rule.context()).end();
            for (Hit hit : pattern.getValue()) {
                hit(xml, hit, language, viewNamespace(document));
            }
        }
        xml.end();
        xml.finish();
    }

    /**
     * Findings of the checker itself (a rule that could not be evaluated, an expired waiver) have no
     * test; they are written as a failed assert of false(), so a pipeline counting failed asserts
     * never takes a rule that did not run for one that passed.
     */
    /** The namespace every element of a document's XML view is in (see DocumentLoader). */
    private static String viewNamespace(DocumentResult document) {
        return switch (document.kind()) {
            case DECLARATION -> DocumentLoader.DECLARATION_NS;
            case TENDER -> DocumentLoader.DOCUMENT_VIEW_NS;
            case ESPD_RESPONSE, ESPD_REQUEST -> EspdFacts.NS;
        };
    }

    /**
     * Our locations leave namespaces out for people to read; SVRL consumers evaluate them, so here
     * every element step is written as an EQName: /Q{urn:...}declaration/Q{urn:...}cloud/@x.
     */
    static String qualified(String xpath, String namespace) {
        StringBuilder out = new StringBuilder();
        for (String step : xpath.split("/")) {
            if (step.isEmpty()) {
                continue;
            }
            out.append('/');
            boolean element = !step.startsWith("@") && !step.equals("text()") && !step.equals("node()");
            out.append(element ? "Q{" + namespace + "}" + step : step);
        }
        return out.length() == 0 ? "/" : out.toString();
    }

    private static void hit(XmlWriter xml, Hit hit, Language language, String namespace) throws IOException {
        Finding finding = hit.finding();
        Waiver waiver = hit.waiver();
        RuleDefinition.Test test = finding.test();
        boolean report = test != null && test.kind() == RuleDefinition.Test.Kind.REPORT;
        xml.start(report ? "svrl:successful-report" : "svrl:failed-assert")
                .attribute("test", test == null ? "false()" : test.xpath())
                .attribute("location", finding.location().xpath() == null ? "/" : qualified(finding.location().xpath(), namespace))
                .attribute("role", finding.severity().code())
                .attribute("flag", finding.requirement());
        // SVRL knows no suppression; the waiver travels as a diagnostic so it is not lost.
        if (waiver != null) {
            xml.start("svrl:diagnostic-reference").attribute("diagnostic", "waiver");
            xml.start("svrl:text").attribute("xml:lang", language.code())
                    .text(String.format(WAIVED_BY.in(language), waiver.approver(), waiver.expires(), waiver.justification())).end();
            xml.end();
        }
        // The location is an XPath into the document's view; for a paged document the text names the page too.
        String message = finding.message().in(language);
        xml.start("svrl:text").attribute("xml:lang", language.code())
                .text(finding.location().page() == null ? message : String.format(PAGE.in(language), finding.location().page(), message))
                .end();
        xml.end();
    }

    /**
     * Whether the checker ran the rule on this document, as Checker decides it: the rule is for this
     * kind of document and this level, and serves a requirement that applied (or runs per requirement).
     */
    private static boolean ran(RuleDefinition rule, DocumentResult document) {
        if (rule.document() != document.kind() || !rule.runsAt(document.level())) {
            return false;
        }
        return document.requirements().stream()
                .filter(r -> r.outcome() != Outcome.NOT_APPLICABLE)
                .anyMatch(r -> rule.perRequirement() || rule.requirements().contains(r.requirement()));
    }
}
