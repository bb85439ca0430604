package nl.abro.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one tender asks: pack, TBB level, requirements added or removed (with reasons) and values
 * the contracting authority sets itself.
 */
public record TenderProfile(
        String id,
        String title,
        String contractingAuthority,
        String reference,
        PackId pack,
        TbbLevel tbb,
        List<Tailoring> tailoring,
        Map<String, String> settings,
        String source) {

    public enum Change { ADD, REMOVE }

    /** A requirement added to or removed from the level's standard set. */
    public record Tailoring(Change change, String requirement, String reason) {
    }

    public TenderProfile {
        tailoring = List.copyOf(tailoring);
        settings = Map.copyOf(settings);
    }

    public Optional<Tailoring> tailoringOf(String requirement) {
        return tailoring.stream().filter(t -> t.requirement().equals(requirement)).findFirst();
    }

    /** Whether {@code requirement} is asked in this tender: applicable at its level unless removed, or added. */
    public boolean selects(Requirement requirement) {
        return tailoringOf(requirement.number())
                .map(t -> t.change() == Change.ADD)
                .orElse(requirement.appliesAt(tbb));
    }
}
