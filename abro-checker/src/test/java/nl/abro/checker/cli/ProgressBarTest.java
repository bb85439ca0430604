package nl.abro.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void shownOnlyToAPersonAtATerminalForLongBatches() {
        assertThat(ProgressBar.wanted(true, Map.of("TERM", "xterm"), 100)).isTrue();
        assertThat(ProgressBar.wanted(false, Map.of(), 100)).as("output redirected").isFalse();
        assertThat(ProgressBar.wanted(true, Map.of("CI", "true"), 100)).as("CI log").isFalse();
        assertThat(ProgressBar.wanted(true, Map.of("TERM", "dumb"), 100)).isFalse();
        assertThat(ProgressBar.wanted(true, Map.of(), 3)).as("short batch").isFalse();
    }

    @Test
    void drawsAndClearsItsLine() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err), 4);
        bar.accept(4);
        assertThat(err.toString()).startsWith("\r[" + "#".repeat(30) + "] 4/4").endsWith("\r");
        assertThat(ProgressBar.render(1, 4)).isEqualTo("[#######.......................] 1/4");
    }

    @Test
    void checkWithOutputRedirectedPrintsNoBar() {
        CliRun run = CliRun.of("check", "../examples", "--date", "2026-11-22", "--lang", "en", "--jobs", "2");
        assertThat(run.err()).doesNotContain("\r[");
        assertThat(run.exitCode()).isEqualTo(ExitCode.NON_COMPLIANT);
        assertThat(run.out()).contains("18 document(s): 7 compliant, 11 non-compliant, 0 error. Packs abro-2026:2026.1, tender-2026:2026.1");
    }
}
