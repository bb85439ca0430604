package nl.abro.model;

import java.util.Locale;

/** How much a finding weighs; {@code --fail-on} picks the lowest that fails a check. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a --fail-on / failOn value: error, warning, info, or never (empty result: nothing fails).
     *
     * @throws IllegalArgumentException with a message for the user
     */
    public static java.util.Optional<Severity> parseFailOn(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (value.equals("never")) {
            return java.util.Optional.empty();
        }
        for (Severity severity : values()) {
            if (severity.code().equals(value)) {
                return java.util.Optional.of(severity);
            }
        }
        throw new IllegalArgumentException("must be error, warning, info or never, not '" + text + "'");
    }

    /** Whether a finding of this severity counts when failing on {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}
