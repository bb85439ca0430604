package nl.abro.checker.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import nl.abro.checker.check.CheckResult;
import nl.abro.checker.check.DocumentResult;
import nl.abro.checker.check.Finding;
import nl.abro.checker.check.Outcome;
import nl.abro.checker.check.RequirementResult;
import nl.abro.model.Chapter;
import nl.abro.model.Language;
import nl.abro.model.Requirement;
import nl.abro.model.RequirementPack;
import nl.abro.model.Severity;
import nl.abro.model.TbbLevel;

/**
 * The machine-readable report, schema {@code abro-report-1.schema.json} (next to this class): the
 * audit trail (tool, every pack used with its SHA-256, check date, every input with SHA-256) and
 * per document the pack it was checked against, its outcome, every requirement's outcome and every
 * finding with its location. Each pack carries its catalog, so titles and chapters of a document
 * are looked up in its own pack's. The HTML report is made from this.
 */
public final class JsonReport implements SingleFileReport {
    public static final String FILE = "abro-report.json";
    public static final String SCHEMA_ID = "urn:nl:abro:report:1";

    private final Severity failOn;

    public JsonReport(Severity failOn) {
        this.failOn = failOn;
    }

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    public void write(CheckResult result, ReportContext context, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        json.field("schema", SCHEMA_ID);
        json.name("tool").beginObject().field("name", "abro").field("version", result.toolVersion()).endObject();
        json.field("checkDate", result.checkDate().toString());
        json.field("language", context.language().code());
        json.field("failOn", failOn == null ? "never" : failOn.code());
        json.field("tenderProfile", result.tenderProfile());
        long compliant = result.documents().stream().filter(d -> d.verdict(failOn) == DocumentResult.Verdict.COMPLIANT).count();
        long errors = result.documents().stream().filter(d -> !d.readable()).count();
        json.name("summary").beginObject()
                .field("documents", result.documents().size())
                .field("compliant", compliant)
                .field("nonCompliant", result.documents().size() - compliant - errors)
                .field("error", errors)
                .endObject();
        json.name("documents").beginArray();
        for (DocumentResult document : result.documents()) {
            document(json, document, context);
        }
        json.endArray();
        json.name("packs").beginArray();
        for (RequirementPack pack : context.packsOf(result)) {
            pack(json, pack, context.language());
        }
        json.endArray();
        json.endObject();
        json.flush();
    }

    /**
     * A pack with its chapters and requirements in the report's language, so the report stands on
     * its own.
     */
    private static void pack(JsonWriter json, RequirementPack pack, Language language) throws IOException {
        json.beginObject()
                .field("id", pack.id())
                .field("version", pack.coordinates().version())
                .field("sha256", pack.sha256())
                .field("title", pack.manifest().title().in(language));
        json.name("catalog").beginObject();
        json.name("chapters").beginArray();
        for (Chapter chapter : pack.catalog().chapters()) {
            json.beginObject().field("number", chapter.number()).field("domain", chapter.domain().code())
                    .field("title", chapter.title().in(language)).endObject();
        }
        json.endArray();
        json.name("requirements").beginArray();
        for (Requirement requirement : pack.catalog().requirements()) {
            json.beginObject()
                    .field("number", requirement.number())
                    .field("chapter", requirement.chapter())
                    .field("title", requirement.title().in(language))
                    .field("summary", requirement.summary().in(language))
                    .field("automation", requirement.automation().name().toLowerCase(Locale.ROOT));
            json.name("tbb").beginArray();
            for (TbbLevel level : TbbLevel.values()) {
                if (requirement.appliesAt(level)) {
                    json.value(level.number());
                }
            }
            json.endArray().endObject();
        }
        json.endArray();
        json.endObject();
        json.endObject();
    }

    private void document(JsonWriter json, DocumentResult document, ReportContext context) throws IOException {
        json.beginObject();
        json.field("path", document.path());
        json.field("sha256", document.sha256());
        json.field("kind", document.kind() == null ? null : document.kind().code());
        // Always present, null when there is none: no pack for a file not read far enough to
        // choose one, no level for a tender document that states none.
        json.name("pack").value(document.pack() == null ? null : document.pack().toString());
        json.field("outcome", verdict(document.verdict(failOn)));
        json.field("error", document.error() == null ? null : document.error().in(context.language()));
        if (document.level() == null) {
            json.name("tbb").nullValue();
        } else {
            json.field("tbb", document.level().number());
        }
        if (document.readable()) {
            json.name("counts").beginObject();
            for (Outcome outcome : Outcome.values()) {
                if (outcome != Outcome.ERROR) {
                    json.field(camel(outcome), document.count(outcome));
                }
            }
            json.endObject();
        }
        json.name("requirements").beginArray();
        for (RequirementResult requirement : document.requirements()) {
            json.beginObject().field("number", requirement.requirement()).field("outcome", code(requirement.outcome()));
            if (requirement.waiver() != null) {
                json.name("waiver").beginObject()
                        .field("approver", requirement.waiver().approver())
                        .field("expires", requirement.waiver().expires().toString())
                        .field("justification", requirement.waiver().justification())
                        .endObject();
            }
            json.endObject();
        }
        json.endArray();
        json.name("findings").beginArray();
        for (Finding finding : document.findings()) {
            json.beginObject()
                    .field("requirement", finding.requirement())
                    .field("rule", finding.rule())
                    .field("key", finding.messageKey())
                    .field("severity", finding.severity().code())
                    .field("message", finding.message().in(context.language()));
            json.name("location").beginObject()
                    .field("page", finding.location().page())
                    .field("line", finding.location().line())
                    .field("column", finding.location().column())
                    .field("xpath", finding.location().xpath())
                    .endObject();
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    /** Requirement outcomes as in the schema: passed, failed, not-applicable, manual-review, waived, error. */
    public static String code(Outcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static String verdict(DocumentResult.Verdict verdict) {
        return verdict.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String camel(Outcome outcome) {
        String[] parts = outcome.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder out = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            out.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return out.toString();
    }
}
