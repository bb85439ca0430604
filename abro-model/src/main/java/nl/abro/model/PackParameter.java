package nl.abro.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A value that ABRO sets per TBB level (lockout threshold, log retention, ...). Rules read these
 * instead of hard-coding numbers. A level without a value: the parameter does not apply there.
 */
public record PackParameter(
        String name,
        Type type,
        String unit,
        List<String> requirements,
        LocalizedText title,
        Map<TbbLevel, String> values) {

    public enum Type { INTEGER, BOOLEAN, STRING }

    public PackParameter {
        requirements = List.copyOf(requirements);
        values = Collections.unmodifiableMap(new EnumMap<>(values));
    }

    public Optional<String> valueAt(TbbLevel level) {
        return Optional.ofNullable(values.get(level));
    }
}
