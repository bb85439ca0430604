package nl.abro.checker.check;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import nl.abro.model.TbbLevel;
import nl.abro.model.TenderProfile;
import nl.abro.model.Waiver;

/**
 * How to check: the level to check at (null: the tender profile's, else what each document
 * states), the tender profile (may be null), waivers, the check date, parallelism, and how long
 * one file may take before it is given up as unreadable. {@code request} is the facts view of an
 * ESPD request given as the tender (may be null), bound to {@code $request} in rules.
 */
public record CheckOptions(TbbLevel tbb, TenderProfile tender, List<Waiver> waivers, LocalDate checkDate, int jobs,
                           Duration timeLimit, XdmNode request) {
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(2);

    public CheckOptions {
        waivers = List.copyOf(waivers);
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("time limit must be positive");
        }
    }

    public CheckOptions(TbbLevel tbb, TenderProfile tender, List<Waiver> waivers, LocalDate checkDate, int jobs,
                        Duration timeLimit) {
        this(tbb, tender, waivers, checkDate, jobs, timeLimit, null);
    }

    public CheckOptions(TbbLevel tbb, TenderProfile tender, List<Waiver> waivers, LocalDate checkDate, int jobs) {
        this(tbb, tender, waivers, checkDate, jobs, DEFAULT_TIME_LIMIT);
    }

    /** These options with an ESPD request's facts view as the tender's request. */
    public CheckOptions withRequest(XdmNode request) {
        return new CheckOptions(tbb, tender, waivers, checkDate, jobs, timeLimit, request);
    }

    public static CheckOptions defaults(LocalDate checkDate) {
        return new CheckOptions(null, null, List.of(), checkDate, 1);
    }
}
