package nl.abro.checker.report;

import java.util.List;
import nl.abro.checker.check.DocumentResult;
import nl.abro.model.Language;
import nl.abro.model.PackId;
import nl.abro.model.RequirementPack;

/**
 * What a report needs besides the result: the packs (for titles and catalogs), the language and
 * whether to use colour.
 *
 * @param packs every pack the run could check against, the first being the one a report names
 *              when a document names none
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

    /** The pack a document was checked against (the first pack for an unreadable one). */
    public RequirementPack pack(DocumentResult document) {
        return pack(document.pack());
    }

    public RequirementPack pack(PackId coordinates) {
        return packs.stream().filter(p -> p.coordinates().equals(coordinates)).findFirst().orElse(packs.get(0));
    }
}
