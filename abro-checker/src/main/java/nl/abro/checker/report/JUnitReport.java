package nl.abro.checker.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.abro.checker.check.CheckResult;
import nl.abro.checker.check.DocumentResult;
import nl.abro.checker.check.Finding;
import nl.abro.checker.check.Outcome;
import nl.abro.checker.check.RequirementResult;
import nl.abro.model.Chapter;
import nl.abro.model.Language;
import nl.abro.model.LocalizedText;
import nl.abro.model.Requirement;
import nl.abro.model.RequirementPack;
import nl.abro.model.Severity;

/**
 * JUnit XML, as CI servers show test results: a test suite per document and a test case per
 * requirement of the document's pack, grouped by that pack's chapters. A failed requirement is a failure carrying its findings, manual review
 * and not applicable are skipped, a waived requirement passes with a note of the waiver, and an
 * unreadable document is a suite with one erroneous test case. Times are always 0: a report with
 * real timings would differ from run to run.
 */
public final class JUnitReport implements SingleFileReport {
    public static final String FILE = "abro-report-junit.xml";

    private static final LocalizedText READABLE = new LocalizedText("document is leesbaar", "document is readable");
    private static final LocalizedText MANUAL = new LocalizedText(
            "handmatige beoordeling: geen regel heeft deze eis beslist", "manual review: no rule decided this requirement");
    private static final LocalizedText NOT_AT = new LocalizedText("niet van toepassing bij ", "not applicable at ");
    private static final LocalizedText NOT_SELECTED = new LocalizedText(
            "niet van toepassing: niet geselecteerd in het aanbestedingsprofiel",
            "not applicable: not selected by the tender profile");
    private static final LocalizedText WAIVED_BY = new LocalizedText("Ontheffing van ", "Waived by ");
    private static final LocalizedText UNTIL = new LocalizedText(" tot ", " until ");
    private static final LocalizedText MORE = new LocalizedText(" bevinding(en) meer)", " more finding(s))");

    private final Severity failOn;

    public JUnitReport(Severity failOn) {
        this.failOn = failOn;
    }

    @Override
    public String format() {
        return "junit";
    }

    @Override
    public String fileName() {
        return FILE;
    }

    /** The counts of one suite, as its attributes and the suites total state them. */
    private record Counts(long tests, long failures, long errors, long skipped) {
        static Counts of(DocumentResult document) {
            if (!document.readable()) {
                return new Counts(1, 0, 1, 0);
            }
            return new Counts(document.requirements().size(), document.count(Outcome.FAILED), 0,
                    document.count(Outcome.MANUAL_REVIEW) + document.count(Outcome.NOT_APPLICABLE));
        }

        Counts plus(Counts other) {
            return new Counts(tests + other.tests, failures + other.failures, errors + other.errors, skipped + other.skipped);
        }

        void write(XmlWriter xml) throws IOException {
            xml.attribute("tests", tests).attribute("failures", failures).attribute("errors", errors)
                    .attribute("skipped", skipped).attribute("time", "0");
        }
    }

    @Override
    public void write(CheckResult result, ReportContext context, Writer out) throws IOException {
        XmlWriter xml = new XmlWriter(out);
        Counts total = result.documents().stream().map(Counts::of).reduce(new Counts(0, 0, 0, 0), Counts::plus);
        List<RequirementPack> packs = context.packsOf(result);
        xml.start("testsuites").attribute("name", "abro " + packs.stream().map(p -> p.coordinates().toString())
                .collect(Collectors.joining(" ")));
        total.write(xml);
        for (DocumentResult document : result.documents()) {
            suite(xml, document, result, packs, context);
        }
        xml.end();
        xml.finish();
    }

    /**
     * A document's suite. Its properties name the pack it was checked against as pack.id,
     * pack.version and pack.sha256 (for an unreadable document: the run's pack if it has only one,
     * else none), then every pack of the run as pack.1.id, pack.1.version, pack.1.sha256,
     * pack.2.id ... in the order of the run, because CI servers show properties per suite only.
     */
    private void suite(XmlWriter xml, DocumentResult document, CheckResult result, List<RequirementPack> packs,
                       ReportContext context) throws IOException {
        xml.start("testsuite").attribute("name", document.path());
        Counts.of(document).write(xml);
        xml.start("properties");
        RequirementPack own = document.pack() != null ? context.pack(document) : packs.size() == 1 ? packs.get(0) : null;
        if (own != null) {
            property(xml, "pack.id", own.id());
            property(xml, "pack.version", own.coordinates().version());
            property(xml, "pack.sha256", own.sha256());
        }
        for (int i = 0; i < packs.size(); i++) {
            property(xml, "pack." + (i + 1) + ".id", packs.get(i).id());
            property(xml, "pack." + (i + 1) + ".version", packs.get(i).coordinates().version());
            property(xml, "pack." + (i + 1) + ".sha256", packs.get(i).sha256());
        }
        property(xml, "checkDate", result.checkDate().toString());
        property(xml, "tenderProfile", result.tenderProfile());
        property(xml, "document.sha256", document.sha256());
        property(xml, "tbb", document.level() == null ? null : Integer.toString(document.level().number()));
        property(xml, "outcome", JsonReport.verdict(document.verdict(failOn)));
        xml.end();
        String name = className(document.path());
        if (!document.readable()) {
            xml.start("testcase").attribute("classname", name + ".document").attribute("name", READABLE.in(context.language()))
                    .attribute("time", "0");
            xml.start("error").attribute("message", document.error().in(context.language())).attribute("type", "unreadable").end();
            xml.end();
        }
        for (RequirementResult requirement : document.requirements()) {
            testCase(xml, document, name, requirement, context);
        }
        xml.end();
    }

    private static void testCase(XmlWriter xml, DocumentResult document, String documentName, RequirementResult result,
                                 ReportContext context) throws IOException {
        Language language = context.language();
        Requirement requirement = context.pack(document).catalog().requirement(result.requirement()).orElse(null);
        String chapter = requirement == null ? "other" : context.pack(document).catalog().chapter(requirement.chapter())
                .map(JUnitReport::chapterName).orElse(requirement.chapter());
        xml.start("testcase")
                .attribute("classname", documentName + "." + chapter)
                .attribute("name", requirement == null ? result.requirement()
                        : result.requirement() + " " + requirement.title().in(language))
                .attribute("time", "0");
        List<String> notes = new ArrayList<>();
        switch (result.outcome()) {
            case FAILED -> {
                List<Finding> errors = result.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
                Finding first = errors.isEmpty() ? result.findings().get(0) : errors.get(0);
                String message = first.message().in(language)
                        + (errors.size() > 1 ? " (+" + (errors.size() - 1) + MORE.in(language) : "");
                xml.start("failure").attribute("message", message)
                        .attribute("type", errors.stream().map(Finding::rule).distinct().collect(Collectors.joining(" ")))
                        .text(findings(document, result.findings(), language)).end();
            }
            case MANUAL_REVIEW -> xml.start("skipped").attribute("message", MANUAL.in(language)).end();
            // Without a level (a tender document that states none) only the tender profile leaves a requirement out.
            case NOT_APPLICABLE -> xml.start("skipped").attribute("message",
                    document.level() == null || requirement != null && requirement.appliesAt(document.level())
                            ? NOT_SELECTED.in(language) : NOT_AT.in(language) + document.level()).end();
            case WAIVED -> notes.add(WAIVED_BY.in(language) + result.waiver().approver() + UNTIL.in(language)
                    + result.waiver().expires() + ": " + result.waiver().justification());
            case PASSED, ERROR -> { }
        }
        // Findings that do not fail the requirement (warnings, notes, waived errors) still belong in view.
        if (result.outcome() != Outcome.FAILED && !result.findings().isEmpty()) {
            notes.add(findings(document, result.findings(), language));
        }
        if (!notes.isEmpty()) {
            xml.element("system-out", String.join("\n", notes));
        }
        xml.end();
    }

    /**
     * One block per finding: "error RULE path:line:column xpath" (in a paged document "path page 3
     * xpath"), then the message indented.
     */
    private static String findings(DocumentResult document, List<Finding> findings, Language language) {
        List<String> blocks = new ArrayList<>();
        for (Finding finding : findings) {
            String where = Locations.shortForm(finding.location(), language);
            blocks.add(finding.severity().code() + " " + finding.rule() + " " + document.path()
                    + (where.isEmpty() ? "" : (finding.location().page() != null ? " " : ":") + where)
                    + (finding.location().xpath() == null ? "" : " " + finding.location().xpath())
                    + "\n    " + finding.message().in(language));
        }
        return String.join("\n", blocks);
    }

    private static void property(XmlWriter xml, String name, String value) throws IOException {
        if (value != null) {
            xml.start("property").attribute("name", name).attribute("value", value).end();
        }
    }

    /** "5-cloud": the chapter's number and domain, the same in both languages. */
    private static String chapterName(Chapter chapter) {
        return chapter.number() + "-" + chapter.domain().code();
    }

    /**
     * A class-like name for a document, stable across runs and languages: its path without leading
     * "./", "../" or root, each part reduced to letters, digits, "-" and "_", joined by dots, e.g.
     * "examples.tbb3-compliant_xml". CI servers group test cases into packages and classes by it.
     */
    static String className(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".") || (part.equals("..") && parts.isEmpty()) || part.matches("[A-Za-z]:")) {
                continue;
            }
            parts.add(part.replaceAll("[^A-Za-z0-9_-]", "_"));
        }
        return parts.isEmpty() ? "document" : String.join(".", parts);
    }
}
