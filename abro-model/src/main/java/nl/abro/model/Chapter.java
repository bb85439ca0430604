package nl.abro.model;

import java.util.List;

/** A numbered chapter of a catalog; requirements may sit in sections or directly in the chapter. */
public record Chapter(String number, Domain domain, LocalizedText title, List<Section> sections) {
    public Chapter {
        sections = List.copyOf(sections);
    }

    public List<Requirement> requirements() {
        return sections.stream().flatMap(s -> s.requirements().stream()).toList();
    }
}
