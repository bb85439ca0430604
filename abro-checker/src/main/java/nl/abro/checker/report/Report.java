package nl.abro.checker.report;

import java.io.IOException;
import nl.abro.checker.check.CheckResult;

/**
 * One report format. A new format is one new class behind this interface, listed in
 * {@link Reports}. Every report is deterministic: the same result gives the same bytes.
 */
public interface Report {
    /** The name used with --format. */
    String format();

    /** Writes the report as one or more files (most formats write one). */
    void write(CheckResult result, ReportContext context, ReportSink sink) throws IOException;
}
