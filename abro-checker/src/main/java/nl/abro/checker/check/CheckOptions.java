package nl.abro.checker.check;

import java.time.LocalDate;
import java.util.List;
import nl.abro.model.TbbLevel;
import nl.abro.model.TenderProfile;
import nl.abro.model.Waiver;

/**
 * How to check: the level to check at (null: the tender profile's, else what each document
 * states), the tender profile (may be null), waivers, the check date and parallelism.
 */
public record CheckOptions(TbbLevel tbb, TenderProfile tender, List<Waiver> waivers, LocalDate checkDate, int jobs) {
    public CheckOptions {
        waivers = List.copyOf(waivers);
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
    }

    public static CheckOptions defaults(LocalDate checkDate) {
        return new CheckOptions(null, null, List.of(), checkDate, 1);
    }
}
