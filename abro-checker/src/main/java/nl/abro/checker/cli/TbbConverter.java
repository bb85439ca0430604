package nl.abro.checker.cli;

import nl.abro.model.TbbLevel;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Accepts 1-4 (also "TBB 3"). */
final class TbbConverter implements ITypeConverter<TbbLevel> {
    @Override
    public TbbLevel convert(String value) {
        return TbbLevel.parse(value).orElseThrow(() -> new TypeConversionException(
                "'" + value + "' is not a TBB level; use 1, 2, 3 or 4"));
    }
}
