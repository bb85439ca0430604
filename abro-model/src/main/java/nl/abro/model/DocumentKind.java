package nl.abro.model;

import java.util.Locale;

/** The kinds of document rules are written for. */
public enum DocumentKind {
    DECLARATION, TENDER, ESPD_RESPONSE, ESPD_REQUEST;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static DocumentKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
