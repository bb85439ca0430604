package nl.abro.checker.report;

import java.io.IOException;
import java.io.Writer;

/** Where a report writes its file(s): a directory, the terminal, or memory in tests. */
@FunctionalInterface
public interface ReportSink {
    /** Opens a file of the report, named relative to the output directory (may contain "/"). */
    Writer open(String fileName) throws IOException;
}
