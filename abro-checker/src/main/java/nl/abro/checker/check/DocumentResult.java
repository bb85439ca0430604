package nl.abro.checker.check;

import java.util.List;
import nl.abro.model.DocumentKind;
import nl.abro.model.LocalizedText;
import nl.abro.model.PackId;
import nl.abro.model.Severity;
import nl.abro.model.TbbLevel;

/**
 * The result for one input file. An unreadable file has {@code error} set and no requirement
 * results; it is never compliant.
 *
 * @param path     the file as the user named it (forward slashes)
 * @param pack     the pack it was checked against (null when it was not read far enough to choose one)
 * @param level    the TBB level it was checked at (null when unreadable, or a tender document that states none)
 * @param findings all findings, in requirement order
 */
public record DocumentResult(String path, String sha256, DocumentKind kind, PackId pack, TbbLevel level, LocalizedText error,
                             List<RequirementResult> requirements, List<Finding> findings) {

    public enum Verdict { COMPLIANT, NON_COMPLIANT, ERROR }

    public DocumentResult {
        requirements = List.copyOf(requirements);
        findings = List.copyOf(findings);
    }

    public static DocumentResult unreadable(String path, String sha256, DocumentKind kind, LocalizedText reason) {
        return new DocumentResult(path, sha256, kind, null, null, reason, List.of(), List.of());
    }

    public boolean readable() {
        return error == null;
    }

    /**
     * Non-compliant when a requirement failed, or when a finding at or above {@code failOn} stands
     * (waived requirements excepted); {@code failOn} null (never) only stops lesser findings from
     * counting: a failed requirement is never reported as compliant.
     */
    public Verdict verdict(Severity failOn) {
        if (!readable()) {
            return Verdict.ERROR;
        }
        if (count(Outcome.FAILED) > 0) {
            return Verdict.NON_COMPLIANT;
        }
        boolean fails = failOn != null && requirements.stream()
                .filter(r -> r.outcome() != Outcome.WAIVED)
                .flatMap(r -> r.findings().stream())
                .anyMatch(f -> f.severity().atLeast(failOn));
        return fails ? Verdict.NON_COMPLIANT : Verdict.COMPLIANT;
    }

    public long count(Outcome outcome) {
        return requirements.stream().filter(r -> r.outcome() == outcome).count();
    }
}
