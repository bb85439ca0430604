package nl.abro.checker.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.abro.checker.check.CheckResult;
import nl.abro.checker.check.DocumentResult;
import nl.abro.model.Language;
import nl.abro.model.PackId;
import nl.abro.model.RequirementPack;

/**
 * What a report needs besides the result: the packs (for titles and catalogs), the language and
 * whether to use colour.
 *
 * <p>A run may use several packs (each kind of document chooses its own), so a report never takes
 * "the" pack: it lists {@link #packsOf(CheckResult) the packs of the run} and looks up each
 * document's own with {@link #pack(DocumentResult)}.
 *
 * @param packs every pack the run could check against; must hold every pack the result names
 */
public record ReportContext(List<RequirementPack> packs, Language language, boolean color) {
    public ReportContext {
        packs = List.copyOf(packs);
        if (packs.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one pack");
        }
    }

    public ReportContext(RequirementPack pack, Language language, boolean color) {
        this(List.of(pack), language, color);
    }

    /** The pack with these coordinates, if the context has it. */
    public Optional<RequirementPack> find(PackId coordinates) {
        return coordinates == null ? Optional.empty()
                : packs.stream().filter(p -> p.coordinates().equals(coordinates)).findFirst();
    }

    /**
     * The pack a readable document was checked against. Only readable documents have one; asking
     * for another, or for a pack the context was not given, is a programming error.
     */
    public RequirementPack pack(DocumentResult document) {
        if (document.pack() == null) {
            throw new IllegalArgumentException(document.path() + " was checked against no pack");
        }
        return pack(document.pack());
    }

    public RequirementPack pack(PackId coordinates) {
        return find(coordinates).orElseThrow(() -> new IllegalArgumentException(
                "the report was given no pack " + coordinates + " (it has " + packs.stream()
                        .map(p -> p.coordinates().toString()).toList() + ")"));
    }

    /**
     * The packs a report names for a run, in the result's order (the order of first use in input
     * order, so the same for any number of threads): the packs the documents were checked against,
     * or, when no document got that far, the packs of the context.
     */
    public List<RequirementPack> packsOf(CheckResult result) {
        if (result.packs().isEmpty()) {
            return packs;
        }
        List<RequirementPack> used = new ArrayList<>();
        for (CheckResult.PackUse use : result.packs()) {
            used.add(pack(use.coordinates()));
        }
        return List.copyOf(used);
    }
}
