package nl.abro.model;

import java.util.Locale;

/** How much a finding weighs; {@code --fail-on} picks the lowest that fails a check. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a finding of this severity counts when failing on {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}
