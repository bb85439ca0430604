package nl.abro.checker.report;

import java.util.List;
import nl.abro.model.Severity;

/** The report formats there are. Add a new one here. */
public final class Reports {
    private Reports() {
    }

    public static List<Report> all(Severity failOn) {
        return List.of(new TextReport(failOn), new JsonReport(failOn), new SarifReport(failOn), new JUnitReport(failOn),
                new SvrlReport(failOn));
    }
}
