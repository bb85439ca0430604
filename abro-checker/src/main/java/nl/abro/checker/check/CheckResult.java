package nl.abro.checker.check;

import java.time.LocalDate;
import java.util.List;
import nl.abro.model.PackId;
import nl.abro.model.Severity;

/** Everything one run of the checker found, in input order: what reports are made from. */
public record CheckResult(String toolVersion, PackId pack, String packSha256, LocalDate checkDate, String tenderProfile,
                          List<DocumentResult> documents) {
    public CheckResult {
        documents = List.copyOf(documents);
    }

    /**
     * Exit code per the README: 3 if any file was unreadable, else 1 if any is non-compliant, else 0.
     * With {@code failOn} null (never) findings do not fail the run.
     */
    public int exitCode(Severity failOn) {
        if (documents.stream().anyMatch(d -> !d.readable())) {
            return 3;
        }
        if (failOn == null) {
            return 0;
        }
        return documents.stream().anyMatch(d -> d.verdict(failOn) == DocumentResult.Verdict.NON_COMPLIANT) ? 1 : 0;
    }
}
