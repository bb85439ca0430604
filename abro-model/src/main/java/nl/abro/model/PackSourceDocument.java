package nl.abro.model;

import java.time.LocalDate;
import java.util.List;

/** The official publication a pack's requirements are taken from. */
public record PackSourceDocument(String title, String publisher, LocalDate date, String citation, List<String> uris) {
    public PackSourceDocument {
        uris = List.copyOf(uris);
    }
}
