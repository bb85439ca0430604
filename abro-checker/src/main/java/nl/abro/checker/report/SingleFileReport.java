package nl.abro.checker.report;

import java.io.IOException;
import java.io.Writer;
import nl.abro.checker.check.CheckResult;

/** A report that is one file: most formats. */
public interface SingleFileReport extends Report {
    String fileName();

    void write(CheckResult result, ReportContext context, Writer out) throws IOException;

    @Override
    default void write(CheckResult result, ReportContext context, ReportSink sink) throws IOException {
        try (Writer out = sink.open(fileName())) {
            write(result, context, out);
        }
    }
}
