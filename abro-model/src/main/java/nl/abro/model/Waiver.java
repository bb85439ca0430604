package nl.abro.model;

import java.time.LocalDate;

/**
 * Acceptance of a failed requirement by the contracting authority until {@code expires} (inclusive).
 *
 * @param documents glob on the document's file name, or null for every document
 */
public record Waiver(String requirement, String justification, String approver, LocalDate expires, String documents,
                     String source) {
    public boolean isValidOn(LocalDate date) {
        return !date.isAfter(expires);
    }
}
