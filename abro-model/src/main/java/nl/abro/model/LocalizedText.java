package nl.abro.model;

import java.util.Objects;

/** A text in Dutch and in English. */
public record LocalizedText(String nl, String en) {
    public LocalizedText {
        Objects.requireNonNull(nl, "nl");
        Objects.requireNonNull(en, "en");
    }

    public String in(Language language) {
        return language == Language.NL ? nl : en;
    }
}
