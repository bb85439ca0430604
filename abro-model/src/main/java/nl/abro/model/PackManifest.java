package nl.abro.model;

import java.time.LocalDate;
import java.util.Optional;

/** What a pack is: coordinates, validity and origin. */
public record PackManifest(
        PackId coordinates,
        LocalizedText title,
        LocalizedText description,
        LocalDate validFrom,
        LocalDate validTo,
        boolean deprecated,
        PackId replacedBy,
        PackSourceDocument source) {

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
