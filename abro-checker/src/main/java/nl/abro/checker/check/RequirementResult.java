package nl.abro.checker.check;

import java.util.List;
import nl.abro.model.Waiver;

/**
 * The outcome for one requirement of one document, with the findings behind it and the waiver
 * that turned a failure into {@link Outcome#WAIVED} (or null).
 */
public record RequirementResult(String requirement, Outcome outcome, List<Finding> findings, Waiver waiver) {
    public RequirementResult {
        findings = List.copyOf(findings);
    }
}
