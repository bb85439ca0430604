package nl.abro.checker.report;

import java.io.IOException;
import java.io.Writer;
import nl.abro.checker.check.CheckResult;

/** One report format. A new format is one new class behind this interface. */
public interface Report {
    /** The name used with --format. */
    String format();

    /** The file written with --output. */
    String fileName();

    void write(CheckResult result, ReportContext context, Writer out) throws IOException;
}
