package nl.abro.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowsingCommandsTest {
    @TempDir
    Path dir;

    @Test
    void packsListsBundledPacksWithCounts() {
        CliRun run = CliRun.of("packs", "--lang", "en", "--date", "2026-11-22");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("abro-2026\\s+2026\\.1\\s+from 2026-01-01\\s+current\\s+445\\s+\\d+\\s+\\d+\\s+375/373/372/328");
        assertThat(run.out()).containsPattern("adv\\s+2026\\.1");
    }

    @Test
    void packStatusFollowsTheDate() {
        assertThat(CliRun.of("packs", "--lang", "en", "--date", "2025-06-01").out())
                .containsPattern("abro-2026\\s+2026\\.1\\s+from 2026-01-01\\s+not yet valid");
    }

    @Test
    void requirementsFilteredByLevelAndDomain() {
        CliRun run = CliRun.of("requirements", "--tbb", "4", "--domain", "cloud", "--lang", "en");
        assertThat(run.exitCode()).isZero();
        List<String> numbers = run.out().lines().filter(l -> l.matches("^5\\.\\d+\\.\\d+ .*")).map(l -> l.split(" ")[0]).toList();
        assertThat(numbers).hasSize(19).contains("5.1.4", "5.4.1").doesNotContain("5.1.1");
        assertThat(run.out()).contains("19 requirements:");
    }

    @Test
    void requirementsAtTbb1Count() {
        CliRun run = CliRun.of("requirements", "--tbb", "1", "--lang", "en");
        assertThat(run.out()).contains("375 requirements:");
        assertThat(run.out()).containsPattern("(?m)^5\\.1\\.1\\s+TBB 1 2 3 \\.\\s+rule\\s+");
    }

    @Test
    void requirementsInDutch() {
        CliRun run = CliRun.of("requirements", "--chapter", "4.3", "--lang", "nl");
        assertThat(run.out()).contains("46 eisen:");
        assertThat(run.out()).containsPattern("(?m)^4\\.3\\.26\\s+TBB 1 2 3 \\.\\s+regel\\s+Blokkering");
    }

    @Test
    void explainShowsLevelsParametersAndEvidence() {
        CliRun run = CliRun.of("explain", "4.3.26", "--lang", "en");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("4.3.26  ");
        assertThat(run.out()).contains("Applies at:  TBB 1 (Stg. ZEER GEHEIM), TBB 2 (Stg. GEHEIM), TBB 3 (Stg. CONFIDENTIEEL)");
        assertThat(run.out()).contains("Not at:      TBB 4 (Departementaal VERTROUWELIJK)");
        assertThat(run.out()).contains("lockoutThresholdUser = TBB 1: 3 attempts, TBB 2: 3 attempts, TBB 3: 3 attempts, TBB 4: 5 attempts");
        assertThat(run.out()).contains("Section:     4.3 ");
        assertThat(run.out()).containsPattern("Rules:\\s+CYB-LOCKOUT-USER  ");
    }

    @Test
    void explainAdvArticle() {
        CliRun run = CliRun.of("explain", "2.76", "--pack", "adv", "--lang", "en");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("exclusionLookbackYears");
    }

    @Test
    void explainUnknownNumberSuggestsNeighbours() {
        CliRun run = CliRun.of("explain", "4.3.99", "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("error: unknown requirement 4.3.99 in pack abro-2026:2026.1; did you mean 4.3.46");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void badOptionIsAUsageError() {
        CliRun run = CliRun.of("requirements", "--tbb", "5");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("'5' is not a TBB level; use 1, 2, 3 or 4");
    }

    @Test
    void unknownPack() {
        CliRun run = CliRun.of("requirements", "--pack", "abro-2027");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("error: abro-2027: unknown pack; available: abro-2026, adv, tender-2026" + System.lineSeparator());
    }

    @Test
    void duplicateRequirementNumberInPackDirectory() throws IOException {
        Path pack = copyOfBundledAdvPack();
        edit(pack.resolve("catalog/adv.xml"), "number=\"2\\.3\"", "number=\"2.1\"");
        CliRun run = CliRun.of("packs", pack.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err().lines()).singleElement().asString()
                .matches("error: .*adv\\.xml:\\d+:\\d+: duplicate requirement number 2\\.1");
    }

    @Test
    void unknownTbbLevelInPackDirectory() throws IOException {
        Path pack = copyOfBundledAdvPack();
        edit(pack.resolve("catalog/adv.xml"), "tbb=\"1 2 3 4\"", "tbb=\"1 2 7\"");
        CliRun run = CliRun.of("requirements", "--pack", pack.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err().lines()).singleElement().asString()
                .matches("error: .*adv\\.xml:7:\\d+: unknown TBB level '7' \\(levels are 1, 2, 3 and 4\\)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownElementInPackDirectory() throws IOException {
        Path pack = copyOfBundledAdvPack();
        edit(pack.resolve("catalog/adv.xml"), "<evidence>", "<proof>x</proof><evidence>");
        CliRun run = CliRun.of("packs", pack.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err().lines()).singleElement().asString()
                .matches("error: .*adv\\.xml:\\d+:\\d+: unexpected element 'proof'; expected evidence");
    }

    private static void edit(Path file, String regex, String replacement) throws IOException {
        Files.writeString(file, Files.readString(file).replaceFirst(regex, replacement));
    }

    @Test
    void notWellFormedPackFile() throws IOException {
        Path pack = copyOfBundledAdvPack();
        Files.writeString(pack.resolve("pack.xml"), Files.readString(pack.resolve("pack.xml")).replace("</pack>", ""));
        CliRun run = CliRun.of("requirements", "--pack", pack.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err().lines()).hasSize(1).allSatisfy(l -> assertThat(l).matches("error: .*pack\\.xml:\\d+:\\d+: .*"));
    }

    @Test
    void versionAndHelp() {
        assertThat(CliRun.of("--version").out()).startsWith("abro ");
        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("packs", "requirements", "explain", "Exit codes:");
    }

    private Path copyOfBundledAdvPack() throws IOException {
        Path pack = dir.resolve("adv");
        Files.createDirectories(pack.resolve("catalog"));
        for (String file : List.of("pack.xml", "catalog/adv.xml")) {
            try (var in = getClass().getClassLoader().getResourceAsStream("rulesets/adv/" + file)) {
                Files.copy(in, pack.resolve(file));
            }
        }
        return pack;
    }
}
