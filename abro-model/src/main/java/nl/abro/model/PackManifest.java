package nl.abro.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a pack is: coordinates, validity and origin, the other packs whose catalogs its rules read,
 * and how each kind of document states its own TBB level.
 *
 * @param usesCatalogs ids of packs whose catalogs the rules see as {@code $catalogs}
 * @param statedLevels per kind of document, an XPath expression giving the level the document states
 */
public record PackManifest(
        PackId coordinates,
        LocalizedText title,
        LocalizedText description,
        LocalDate validFrom,
        LocalDate validTo,
        boolean deprecated,
        PackId replacedBy,
        PackSourceDocument source,
        List<PackId> usesCatalogs,
        Map<DocumentKind, StatedLevel> statedLevels) {

    /** An XPath expression on a document's view, with the namespaces it uses. */
    public record StatedLevel(String xpath, Map<String, String> namespaces) {
        public StatedLevel {
            namespaces = Map.copyOf(namespaces);
        }
    }

    public PackManifest {
        usesCatalogs = List.copyOf(usesCatalogs);
        statedLevels = Map.copyOf(statedLevels);
    }

    public String id() {
        return coordinates.id();
    }

    public String version() {
        return coordinates.version();
    }

    public Optional<LocalDate> validUntil() {
        return Optional.ofNullable(validTo);
    }

    public Optional<PackId> replacement() {
        return Optional.ofNullable(replacedBy);
    }

    /** Whether the pack may be used for a check on {@code date}. */
    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
