package nl.abro.checker.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.abro.checker.check.CheckResult;
import nl.abro.checker.check.DocumentResult;
import nl.abro.checker.check.Finding;
import nl.abro.checker.check.Location;
import nl.abro.checker.check.Outcome;
import nl.abro.checker.check.RequirementResult;
import nl.abro.model.Language;
import nl.abro.model.LocalizedText;
import nl.abro.model.PackId;
import nl.abro.model.Requirement;
import nl.abro.model.RequirementPack;
import nl.abro.model.RuleDefinition;
import nl.abro.model.Severity;
import nl.abro.model.Waiver;

/**
 * SARIF 2.1.0 for code-scanning tools such as GitHub's: one run, one reporting descriptor per rule
 * of every pack of the run (described by the requirements it serves, from its own pack's catalog),
 * one result per finding at its line in the document, every input as an artifact with its SHA-256,
 * and unreadable documents as tool execution notifications. Findings of a waived requirement are
 * kept, with an external suppression.
 *
 * <p>Several packs: rule ids are unique within a pack, and a run's packs rarely share one, so a
 * descriptor keeps the rule's own id. Only an id that two packs of the run both define is
 * qualified with its pack's id, {@code adv:RULE-ID} (with id:version when the packs share the id
 * too), for every pack that defines it, so results of the two rules never merge. The separator is
 * a colon, not a slash: in SARIF a slash makes a hierarchical id, a sub-rule of the part before it. Descriptors,
 * results and the run's properties name their pack ({@code properties.pack}, id:version).
 *
 * <p>Paged documents: SARIF has no pages, and a region needs a line, so a finding in a PDF, DOCX
 * or ODT has no region; its page is in the result's {@code properties.page} and at the end of its
 * message ("(page 3)"), and its XPath into the document view is the logical location.
 */
public final class SarifReport implements SingleFileReport {
    public static final String FILE = "abro-report.sarif";
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String INFORMATION_URI = "https://github.com/abro-checker/abro-checker";
    /** The rule id the checker gives its own findings about waivers (see Checker). */
    public static final String WAIVER_RULE = "WAIVER";
    /** GitHub cuts descriptions at this length. */
    private static final int MAX_DESCRIPTION = 1024;

    private static final LocalizedText EVERY_REQUIREMENT = new LocalizedText(
            "Wordt uitgevoerd voor elke eis die op het TBB-niveau van het document van toepassing is.",
            "Runs for every requirement that applies at the document's TBB level.");
    private static final LocalizedText WAIVER_TITLE = new LocalizedText("Ontheffing", "Waiver");
    private static final LocalizedText WAIVER_TEXT = new LocalizedText(
            "Meldingen over ontheffingen, zoals een ontheffing die is verlopen en niet meer geldt.",
            "Notes about waivers, such as a waiver that has expired and no longer applies.");
    private static final LocalizedText UNREADABLE = new LocalizedText(
            "Document kon niet worden gecontroleerd: ", "Document could not be checked: ");

    private final Severity failOn;

    public SarifReport(Severity failOn) {
        this.failOn = failOn;
    }

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    public void write(CheckResult result, ReportContext context, Writer out) throws IOException {
        List<RequirementPack> packs = context.packsOf(result);
        Rules rules = Rules.of(result, packs);
        JsonWriter json = new JsonWriter(out);
        json.beginObject().field("$schema", SCHEMA).field("version", "2.1.0");
        json.name("runs").beginArray().beginObject();
        tool(json, result, context, rules);
        invocation(json, result, context.language());
        artifacts(json, result);
        results(json, result, context.language(), rules);
        json.field("language", context.language().code());
        json.name("properties").beginObject();
        json.name("packs").beginArray();
        for (RequirementPack pack : packs) {
            json.beginObject()
                    .field("id", pack.id())
                    .field("version", pack.coordinates().version())
                    .field("sha256", pack.sha256())
                    .field("title", pack.manifest().title().in(context.language()))
                    .endObject();
        }
        json.endArray();
        json.field("checkDate", result.checkDate().toString());
        json.field("tenderProfile", result.tenderProfile());
        json.field("failOn", failOn == null ? "never" : failOn.code());
        json.endObject();
        json.endObject().endArray().endObject();
        json.flush();
    }

    /** A descriptor: a rule of a pack, or (pack null) the checker's own WAIVER or an id no pack defines. */
    private record Descriptor(String id, RequirementPack pack, RuleDefinition rule) {
    }

    /**
     * The descriptors of a run and their positions: every pack's rules, pack by pack in the run's
     * order and in pack order within each, then the waiver notes, then any other rule a finding
     * names. Listing every rule, not only those that fired, lets code scanning tell a fixed problem
     * from a rule that no longer exists.
     */
    private record Rules(List<Descriptor> descriptors, Map<PackId, Map<String, Integer>> ofPack, Map<String, Integer> other) {
        static Rules of(CheckResult result, List<RequirementPack> packs) {
            // An id two packs both define is qualified in both: with the pack id, or id:version if that is shared too.
            Map<String, Long> definedBy = packs.stream().flatMap(p -> p.rules().stream().map(RuleDefinition::id).distinct())
                    .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
            Map<String, Long> packIds = packs.stream().collect(Collectors.groupingBy(RequirementPack::id, Collectors.counting()));
            List<Descriptor> descriptors = new ArrayList<>();
            Map<PackId, Map<String, Integer>> ofPack = new LinkedHashMap<>();
            for (RequirementPack pack : packs) {
                Map<String, Integer> index = ofPack.computeIfAbsent(pack.coordinates(), k -> new LinkedHashMap<>());
                String qualifier = packIds.get(pack.id()) > 1 ? pack.coordinates().toString() : pack.id();
                for (RuleDefinition rule : pack.rules()) {
                    if (!index.containsKey(rule.id())) {
                        index.put(rule.id(), descriptors.size());
                        String id = definedBy.get(rule.id()) > 1 ? qualifier + ":" + rule.id() : rule.id();
                        descriptors.add(new Descriptor(id, pack, rule));
                    }
                }
            }
            Map<String, Integer> other = new LinkedHashMap<>();
            other.put(WAIVER_RULE, descriptors.size());
            descriptors.add(new Descriptor(WAIVER_RULE, null, null));
            TreeSet<String> unknown = new TreeSet<>();
            for (DocumentResult document : result.documents()) {
                Map<String, Integer> own = ofPack.getOrDefault(document.pack(), Map.of());
                document.findings().stream().map(Finding::rule).filter(id -> !own.containsKey(id)).forEach(unknown::add);
            }
            for (String id : unknown) {
                if (!other.containsKey(id)) {
                    other.put(id, descriptors.size());
                    boolean taken = descriptors.stream().anyMatch(d -> d.id().equals(id));
                    descriptors.add(new Descriptor(taken ? "abro:" + id : id, null, null));
                }
            }
            return new Rules(List.copyOf(descriptors), ofPack, other);
        }

        /** The position of the descriptor of a finding's rule in a document. */
        int index(DocumentResult document, Finding finding) {
            Integer own = ofPack.getOrDefault(document.pack(), Map.of()).get(finding.rule());
            return own != null ? own : other.get(finding.rule());
        }

        Descriptor of(DocumentResult document, Finding finding) {
            return descriptors.get(index(document, finding));
        }
    }

    private void tool(JsonWriter json, CheckResult result, ReportContext context, Rules rules) throws IOException {
        json.name("tool").beginObject().name("driver").beginObject()
                .field("name", "abro")
                .field("version", result.toolVersion())
                .field("informationUri", INFORMATION_URI);
        json.name("rules").beginArray();
        for (Descriptor descriptor : rules.descriptors()) {
            if (descriptor.rule() != null) {
                descriptor(json, descriptor, context.language());
            } else {
                String id = descriptor.id();
                LocalizedText title = id.equals(WAIVER_RULE) ? WAIVER_TITLE : new LocalizedText(id, id);
                LocalizedText text = id.equals(WAIVER_RULE) ? WAIVER_TEXT : title;
                descriptor(json, id, title.in(context.language()), text.in(context.language()),
                        text.in(context.language()), Severity.INFO, List.of(), List.of("abro"), null);
            }
        }
        json.endArray();
        json.endObject().endObject();
    }

    /** A rule described by what it checks: the titles and summaries of the requirements it serves, from its pack. */
    private static void descriptor(JsonWriter json, Descriptor descriptor, Language language) throws IOException {
        RuleDefinition rule = descriptor.rule();
        List<Requirement> served = rule.requirements().stream()
                .map(n -> descriptor.pack().catalog().requirement(n)).flatMap(Optional::stream).toList();
        String title = rule.title().in(language);
        String full = served.stream().map(r -> r.number() + " " + r.title().in(language)).collect(Collectors.joining("; "));
        String help = served.stream().map(r -> r.number() + " " + r.title().in(language) + "\n" + r.summary().in(language))
                .collect(Collectors.joining("\n\n"));
        if (rule.perRequirement() || served.isEmpty()) {
            full = title + ". " + EVERY_REQUIREMENT.in(language);
            help = full;
        }
        TreeSet<String> tags = new TreeSet<>(List.of("abro", "security"));
        served.forEach(r -> tags.add(r.domain().code()));
        descriptor(json, descriptor.id(), title, full, help, rule.severity(),
                rule.perRequirement() ? List.of("*") : rule.requirements(), List.copyOf(tags), descriptor.pack());
    }

    private static void descriptor(JsonWriter json, String id, String title, String full, String help, Severity severity,
                                   List<String> requirements, List<String> tags, RequirementPack pack) throws IOException {
        json.beginObject().field("id", id).field("name", pascalCase(id));
        json.name("shortDescription").beginObject().field("text", limit(title)).endObject();
        json.name("fullDescription").beginObject().field("text", limit(full)).endObject();
        json.name("help").beginObject().field("text", help).endObject();
        json.name("defaultConfiguration").beginObject().field("level", level(severity)).endObject();
        json.name("properties").beginObject();
        if (pack != null) {
            json.field("pack", pack.coordinates().toString());
        }
        strings(json, "requirements", requirements);
        strings(json, "tags", tags);
        json.endObject();
        json.endObject();
    }

    private void invocation(JsonWriter json, CheckResult result, Language language) throws IOException {
        List<DocumentResult> documents = result.documents();
        json.name("invocations").beginArray().beginObject();
        json.name("executionSuccessful").value(documents.stream().allMatch(DocumentResult::readable));
        json.field("exitCode", result.exitCode(failOn));
        json.name("toolExecutionNotifications").beginArray();
        for (int i = 0; i < documents.size(); i++) {
            DocumentResult document = documents.get(i);
            if (document.readable()) {
                continue;
            }
            json.beginObject().field("level", "error");
            json.name("message").beginObject().field("text", UNREADABLE.in(language) + document.error().in(language)).endObject();
            json.name("locations").beginArray().beginObject().name("physicalLocation").beginObject();
            artifactLocation(json, document, i);
            json.endObject().endObject().endArray();
            json.endObject();
        }
        json.endArray();
        json.endObject().endArray();
    }

    private void artifacts(JsonWriter json, CheckResult result) throws IOException {
        json.name("artifacts").beginArray();
        for (DocumentResult document : result.documents()) {
            json.beginObject();
            json.name("location").beginObject().field("uri", uri(document.path())).endObject();
            strings(json, "roles", List.of("analysisTarget"));
            if (document.sha256() != null) {
                json.name("hashes").beginObject().field("sha-256", document.sha256()).endObject();
            }
            json.name("properties").beginObject()
                    .field("outcome", JsonReport.verdict(document.verdict(failOn)))
                    .field("pack", document.pack() == null ? null : document.pack().toString())
                    .field("tbb", document.level() == null ? null : document.level().number())
                    .endObject();
            json.endObject();
        }
        json.endArray();
    }

    private static void results(JsonWriter json, CheckResult result, Language language, Rules rules)
            throws IOException {
        json.name("results").beginArray();
        List<DocumentResult> documents = result.documents();
        for (int i = 0; i < documents.size(); i++) {
            DocumentResult document = documents.get(i);
            for (RequirementResult requirement : document.requirements()) {
                Waiver waiver = requirement.outcome() == Outcome.WAIVED ? requirement.waiver() : null;
                for (Finding finding : requirement.findings()) {
                    result(json, document, i, finding, waiver, language, rules);
                }
            }
        }
        json.endArray();
    }

    private static void result(JsonWriter json, DocumentResult document, int artifact, Finding finding, Waiver waiver,
                               Language language, Rules rules) throws IOException {
        Location location = finding.location();
        json.beginObject()
                .field("ruleId", rules.of(document, finding).id())
                .field("ruleIndex", rules.index(document, finding))
                .field("level", level(finding.severity()));
        // A rule may serve several requirements; the number tells the results at one place apart.
        // A page has no place in a SARIF region, so viewers learn it from the message.
        json.name("message").beginObject()
                .field("text", "[" + finding.requirement() + "] " + finding.message().in(language)
                        + (location.page() == null ? "" : " (" + Locations.shortForm(location, language) + ")"))
                .endObject();
        json.name("locations").beginArray().beginObject();
        json.name("physicalLocation").beginObject();
        artifactLocation(json, document, artifact);
        if (location.line() != null) {
            // The line only: XML parsers give the column where a start tag ends, and a viewer would
            // highlight from there; the XPath below names the exact fact.
            json.name("region").beginObject()
                    .field("startLine", location.line())
                    .endObject();
        }
        json.endObject();
        if (location.xpath() != null) {
            json.name("logicalLocations").beginArray().beginObject()
                    .field("fullyQualifiedName", location.xpath())
                    .field("kind", nodeKind(location.xpath()))
                    .endObject().endArray();
        }
        json.endObject().endArray();
        // GitHub reads only primaryLocationLineHash; ours ignores the line so an alert survives edits
        // elsewhere in the declaration, and names the requirement so one rule's results stay apart.
        String fingerprint = sha256(String.join("\n", document.path(), finding.rule(), finding.requirement(),
                String.valueOf(location.xpath()), finding.messageKey()));
        json.name("partialFingerprints").beginObject()
                .field("abroFinding/v1", fingerprint)
                .field("primaryLocationLineHash", fingerprint)
                .endObject();
        if (waiver != null) {
            json.name("suppressions").beginArray().beginObject()
                    .field("kind", "external")
                    .field("status", "accepted")
                    .field("justification", waiver.justification())
                    .name("properties").beginObject()
                    .field("approver", waiver.approver())
                    .field("expires", waiver.expires().toString())
                    .endObject()
                    .endObject().endArray();
        }
        json.name("properties").beginObject()
                .field("pack", document.pack().toString())
                .field("requirement", finding.requirement())
                .field("messageKey", finding.messageKey())
                .field("page", location.page())
                .endObject();
        json.endObject();
    }

    private static void artifactLocation(JsonWriter json, DocumentResult document, int index) throws IOException {
        json.name("artifactLocation").beginObject().field("uri", uri(document.path())).field("index", index).endObject();
    }

    private static void strings(JsonWriter json, String name, List<String> values) throws IOException {
        json.name(name).beginArray();
        for (String value : values) {
            json.value(value);
        }
        json.endArray();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** SARIF's logical location kinds for XML: the last step of the path says what it points at. */
    private static String nodeKind(String xpath) {
        String last = xpath.substring(xpath.lastIndexOf('/') + 1);
        return last.startsWith("@") ? "attribute" : last.equals("text()") ? "text" : "element";
    }

    /** "CLD-DATA-LOCATION" becomes "CldDataLocation": SARIF wants a rule name without spaces. */
    static String pascalCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return name.isEmpty() ? id : name.toString();
    }

    private static String limit(String text) {
        return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION - 1) + "\u2026";
    }

    /**
     * The document path as a URI reference. Relative paths stay relative (code scanning resolves them
     * from the repository root); absolute ones become file: URIs. Characters a URI cannot hold are
     * percent-encoded.
     */
    static String uri(String path) {
        boolean drive = path.matches("[A-Za-z]:/.*");
        if (path.startsWith("/") || drive) {
            return "file://" + (drive ? "/" : "") + encode(path);
        }
        String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        // "a:b.xml" would read as a URI with scheme "a".
        return (first.contains(":") ? "./" : "") + encode(path);
    }

    private static String encode(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HexFormat.of().withUpperCase().toHexDigits((byte) c));
            }
        }
        return out.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
