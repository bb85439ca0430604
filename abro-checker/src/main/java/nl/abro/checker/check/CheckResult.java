package nl.abro.checker.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.abro.model.PackId;
import nl.abro.model.Severity;

/**
 * Everything one run of the checker found, in input order: what reports are made from.
 *
 * @param packs the packs documents were checked against, in the order first used; each document
 *              names its own ({@link DocumentResult#pack()})
 */
public record CheckResult(String toolVersion, List<PackUse> packs, LocalDate checkDate, String tenderProfile,
                          List<DocumentResult> documents) {
    /** A pack used in a run, with the SHA-256 that pins it for the audit trail. */
    public record PackUse(PackId coordinates, String sha256) {
    }

    public CheckResult {
        packs = List.copyOf(packs);
        documents = List.copyOf(documents);
    }

    /** The pack a document was checked against, or empty when it was not read far enough to choose one. */
    public Optional<PackUse> packOf(DocumentResult document) {
        return packs.stream().filter(p -> p.coordinates().equals(document.pack())).findFirst();
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
