package nl.abro.checker.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.abro.model.Severity;

/**
 * The report formats there are. Add a new one here. Reports are made only when asked for: the HTML
 * report compiles its stylesheet when it is created.
 */
public final class Reports {
    private static final Map<String, Function<Severity, Report>> FORMATS = formats();

    private static Map<String, Function<Severity, Report>> formats() {
        Map<String, Function<Severity, Report>> formats = new LinkedHashMap<>();
        formats.put("text", TextReport::new);
        formats.put("json", JsonReport::new);
        formats.put("html", HtmlReport::new);
        formats.put("sarif", SarifReport::new);
        formats.put("junit", JUnitReport::new);
        formats.put("svrl", SvrlReport::new);
        return java.util.Collections.unmodifiableMap(formats);
    }

    private Reports() {
    }

    /** The names used with --format, in a fixed order. */
    public static List<String> names() {
        return List.copyOf(FORMATS.keySet());
    }

    /** The report called {@code name}, if there is one; {@code failOn} null means never. */
    public static Optional<Report> create(String name, Severity failOn) {
        return Optional.ofNullable(FORMATS.get(name)).map(factory -> factory.apply(failOn));
    }

    /** Every report, for tests that hold them all to the same promises. */
    public static List<Report> all(Severity failOn) {
        return names().stream().map(name -> create(name, failOn).orElseThrow()).toList();
    }
}
