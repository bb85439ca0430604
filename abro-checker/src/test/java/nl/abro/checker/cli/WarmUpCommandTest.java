package nl.abro.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The launcher's training run: one document of each kind, all read and checked, nothing left behind. */
class WarmUpCommandTest {
    private static Set<Path> warmUpDirectories() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("abro-warm-up")).collect(Collectors.toSet());
        }
    }

    @Test
    void checksADeclarationAPdfAndADocxAndCleansUp() throws IOException {
        Set<Path> before = warmUpDirectories();

        CliRun run = CliRun.of("warm-up");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("annex.pdf  NON-COMPLIANT  (tender-2026:2026.1, TBB 3,")
                .contains("annex.docx  NON-COMPLIANT  (tender-2026:2026.1, TBB 3,")
                .contains("declaration.xml  NON-COMPLIANT  (abro-2026:2026.1, TBB 4,")
                .contains("3 document(s): 0 compliant, 3 non-compliant, 0 error.");
        assertThat(warmUpDirectories()).isEqualTo(before);
    }

    @Test
    void isNotOfferedToUsers() {
        CliRun help = CliRun.of("--help");
        assertThat(help.out()).contains("check").doesNotContain("warm-up");
    }
}
