package nl.abro.model;

import java.util.List;

/** A numbered section of a chapter. Packs without sections use one unnamed section per chapter. */
public record Section(String number, LocalizedText title, List<Requirement> requirements) {
    public Section {
        requirements = List.copyOf(requirements);
    }
}
