package nl.abro.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line around the exporter: where the schema goes, what it says, what it refuses. */
class ExportSchematronCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheSchemaToAFileAndSaysWhatItHolds() throws Exception {
        Path file = dir.resolve("out/abro-tbb4.sch");
        CliRun run = CliRun.of("export-schematron", "--pack", "abro-2026", "--tbb", "4", "--date", "2026-11-22", "--lang", "en",
                "-o", file.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.COMPLIANT);
        assertThat(run.err()).contains("written: ").contains("TBB 4").contains("328 applicable requirements");
        String schema = Files.readString(file);
        assertThat(schema).contains("queryBinding=\"xslt3\"")
                .contains("<sch:let name=\"tbb\" value=\"xs:int('4')\"/>")
                .contains("<sch:let name=\"checkDate\" value=\"xs:date('2026-11-22')\"/>")
                .contains("<sch:pattern id=\"CLD-DATA-LOCATION\">")
                .contains("<sch:pattern id=\"STM-STATEMENT.5.1.4\">");
    }

    @Test
    void printsToStandardOutputInDutch() {
        CliRun run = CliRun.of("export-schematron", "--tbb", "1", "--date", "2026-11-22", "--lang", "nl");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.COMPLIANT);
        assertThat(run.out()).startsWith("<?xml").contains("xml:lang=\"nl\"").contains("Er is geen verklaring voor eis");
    }

    @Test
    void needsALevel() {
        CliRun run = CliRun.of("export-schematron", "--pack", "abro-2026");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--tbb");
    }

    @Test
    void aPackWithoutDeclarationRulesIsAUsageError() {
        CliRun run = CliRun.of("export-schematron", "--pack", "adv", "--tbb", "2", "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("has no declaration rules");
    }
}
