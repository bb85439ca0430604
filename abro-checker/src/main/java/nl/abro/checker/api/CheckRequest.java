package nl.abro.checker.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.abro.model.Language;
import nl.abro.model.Severity;
import nl.abro.model.TbbLevel;

/**
 * Everything a front end passes to a check. Null means "not given": the pack defaults to the
 * tender profile's (else abro-2026), the level to the profile's (else what each document states).
 *
 * @param failOn null means never
 */
public record CheckRequest(List<Path> inputs, String pack, TbbLevel tbb, Path tenderProfile, Path waivers,
                           LocalDate checkDate, Language language, Severity failOn, List<String> formats,
                           Path outputDirectory, int jobs, Path schemaDirectory) {
    public CheckRequest {
        inputs = List.copyOf(inputs);
        formats = List.copyOf(formats);
    }
}
