package nl.abro.checker.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import nl.abro.checker.check.CheckResult;
import nl.abro.checker.check.DocumentResult;
import nl.abro.checker.check.Finding;
import nl.abro.checker.check.Outcome;
import nl.abro.checker.check.RequirementResult;
import nl.abro.model.Language;
import nl.abro.model.Requirement;
import nl.abro.model.RequirementPack;
import nl.abro.model.Severity;

/**
 * A concise report for a terminal or log: per document its verdict, then each requirement that
 * failed or was waived with the findings behind it, titled from the document's own pack. Warnings
 * and information are listed under their requirement too. The footer names every pack of the run
 * with its SHA-256 and every input with its own. Colour only when asked (on a terminal).
 */
public final class TextReport implements SingleFileReport {
    private static final String RESET = "\u001b[0m";
    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";

    private final nl.abro.model.Severity failOn;

    public TextReport(Severity failOn) {
        this.failOn = failOn;
    }

    @Override
    public String format() {
        return "text";
    }

    public static final String FILE = "abro-report.txt";

    @Override
    public String fileName() {
        return FILE;
    }

    /** The text report on a writer of the caller's, such as the terminal. */
    @Override
    public void write(CheckResult result, ReportContext context, Writer writer) {
        PrintWriter out = new PrintWriter(writer);
        boolean nl = context.language() == Language.NL;
        List<RequirementPack> packs = context.packsOf(result);
        // With several packs each document says which one it was checked against.
        boolean namePack = packs.size() > 1;
        int compliant = 0;
        int nonCompliant = 0;
        int errors = 0;
        for (DocumentResult document : result.documents()) {
            DocumentResult.Verdict verdict = document.verdict(failOn);
            switch (verdict) {
                case COMPLIANT -> compliant++;
                case NON_COMPLIANT -> nonCompliant++;
                case ERROR -> errors++;
            }
            String label = switch (verdict) {
                case COMPLIANT -> paint(context, GREEN, nl ? "VOLDOET" : "COMPLIANT");
                case NON_COMPLIANT -> paint(context, RED, nl ? "VOLDOET NIET" : "NON-COMPLIANT");
                case ERROR -> paint(context, RED, nl ? "FOUT" : "ERROR");
            };
            if (!document.readable()) {
                out.println(paint(context, BOLD, document.path()) + "  " + label + "  " + document.error().in(context.language()));
                continue;
            }
            out.println(paint(context, BOLD, document.path()) + "  " + label + "  " + counts(document, namePack, nl));
            for (RequirementResult requirement : document.requirements()) {
                boolean show = requirement.outcome() == Outcome.FAILED || requirement.outcome() == Outcome.WAIVED
                        || !requirement.findings().isEmpty();
                if (!show) {
                    continue;
                }
                String title = context.pack(document).catalog().requirement(requirement.requirement())
                        .map(Requirement::title).map(t -> t.in(context.language())).orElse("");
                out.println("  " + requirement.requirement() + "  " + outcome(context, requirement.outcome(), nl) + "  " + title);
                if (requirement.waiver() != null) {
                    out.println("      " + paint(context, DIM, (nl ? "ontheffing van " : "waived by ") + requirement.waiver().approver()
                            + (nl ? " tot " : " until ") + requirement.waiver().expires() + ": " + requirement.waiver().justification()));
                }
                for (Finding finding : requirement.findings()) {
                    String where = Locations.shortForm(finding.location(), context.language());
                    out.println("      " + severity(context, finding.severity()) + "  " + finding.rule()
                            + (where.isEmpty() ? "" : "  " + where)
                            + (finding.location().xpath() == null ? "" : "  " + paint(context, DIM, finding.location().xpath())));
                    out.println("        " + finding.message().in(context.language()));
                }
            }
        }
        out.println();
        // The audit trail: what was checked, against what, by what, on which date.
        String checkedBy = (nl ? "Gecontroleerd door abro " : "Checked by abro ") + result.toolVersion() + (nl ? " tegen" : " against");
        if (packs.size() == 1) {
            out.println(paint(context, DIM, checkedBy + " " + packs.get(0).coordinates() + " (SHA-256 " + packs.get(0).sha256() + ")"));
        } else {
            out.println(paint(context, DIM, checkedBy + ":"));
            int width = packs.stream().mapToInt(p -> p.coordinates().toString().length()).max().orElse(0);
            for (RequirementPack pack : packs) {
                String coordinates = pack.coordinates().toString();
                out.println(paint(context, DIM, "  " + coordinates + " ".repeat(width - coordinates.length())
                        + "  SHA-256 " + pack.sha256() + "  " + pack.manifest().title().in(context.language())));
            }
        }
        for (DocumentResult document : result.documents()) {
            out.println(paint(context, DIM, "  " + (document.sha256() == null ? "-".repeat(64) : document.sha256()) + "  " + document.path()));
        }
        out.println(nl
                ? String.format("%d document(en): %d voldoet, %d voldoet niet, %d fout. %s %s, controledatum %s.",
                        result.documents().size(), compliant, nonCompliant, errors, packs.size() == 1 ? "Pakket" : "Pakketten",
                        names(packs), result.checkDate())
                : String.format("%d document(s): %d compliant, %d non-compliant, %d error. %s %s, check date %s.",
                        result.documents().size(), compliant, nonCompliant, errors, packs.size() == 1 ? "Pack" : "Packs",
                        names(packs), result.checkDate()));
        out.flush();
    }

    private static String counts(DocumentResult document, boolean namePack, boolean nl) {
        long applicable = document.requirements().size() - document.count(Outcome.NOT_APPLICABLE);
        String level = (namePack ? document.pack() + ", " : "")
                + (document.level() != null ? document.level().toString() : nl ? "geen TBB-niveau genoemd" : "no TBB level stated");
        return nl
                ? String.format("(%s, %d eisen: %d voldaan, %d niet voldaan, %d handmatig, %d ontheffing)", level,
                        applicable, document.count(Outcome.PASSED), document.count(Outcome.FAILED),
                        document.count(Outcome.MANUAL_REVIEW), document.count(Outcome.WAIVED))
                : String.format("(%s, %d requirements: %d passed, %d failed, %d manual review, %d waived)", level,
                        applicable, document.count(Outcome.PASSED), document.count(Outcome.FAILED),
                        document.count(Outcome.MANUAL_REVIEW), document.count(Outcome.WAIVED));
    }

    private static String outcome(ReportContext context, Outcome outcome, boolean nl) {
        return switch (outcome) {
            case FAILED -> paint(context, RED, nl ? "NIET VOLDAAN" : "FAILED");
            case WAIVED -> paint(context, YELLOW, nl ? "ONTHEFFING" : "WAIVED");
            case PASSED -> paint(context, GREEN, nl ? "VOLDAAN" : "PASSED");
            case MANUAL_REVIEW -> nl ? "HANDMATIG" : "MANUAL REVIEW";
            case NOT_APPLICABLE -> nl ? "N.V.T." : "NOT APPLICABLE";
            case ERROR -> paint(context, RED, nl ? "FOUT" : "ERROR");
        };
    }

    private static String severity(ReportContext context, Severity severity) {
        boolean nl = context.language().code().equals("nl");
        return switch (severity) {
            case ERROR -> paint(context, RED, nl ? "fout        " : "error  ");
            case WARNING -> paint(context, YELLOW, nl ? "waarschuwing" : "warning");
            case INFO -> nl ? "info        " : "info   ";
        };
    }

    private static String paint(ReportContext context, String code, String text) {
        return context.color() ? code + text + RESET : text;
    }


    private static String names(List<RequirementPack> packs) {
        return packs.stream().map(p -> p.coordinates().toString()).collect(Collectors.joining(", "));
    }
}
