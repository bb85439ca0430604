package nl.abro.model;

import java.util.List;
import java.util.Set;

/**
 * One requirement of a pack, identified by its official number (e.g. ABRO {@code 4.3.26} or ADV
 * article {@code 2.68}). Titles and summaries are the project's own words.
 */
public record Requirement(
        String number,
        String chapter,
        String section,
        Domain domain,
        Set<TbbLevel> levels,
        Automation automation,
        LocalizedText title,
        LocalizedText summary,
        List<EvidenceKind> evidence,
        List<Reference> references) {

    public Requirement {
        levels = Set.copyOf(levels);
        evidence = List.copyOf(evidence);
        references = List.copyOf(references);
    }

    public boolean appliesAt(TbbLevel level) {
        return levels.contains(level);
    }

    public boolean decidedByRule() {
        return automation == Automation.RULE;
    }
}
