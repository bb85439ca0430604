package nl.abro.model;

import java.util.Locale;
import java.util.Optional;

/** The two languages every text of a pack is written in. */
public enum Language {
    NL, EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Language> parse(String code) {
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code == null ? "" : code.trim())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
