package nl.abro.model;

import java.util.Locale;

/** What a supplier shows to demonstrate a requirement is met. */
public enum EvidenceKind {
    STATEMENT, DOCUMENT, REGISTER, RECORD, FORM, APPROVAL, CERTIFICATE, REPORT, CONFIGURATION;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static EvidenceKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
