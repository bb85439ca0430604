package nl.abro.checker.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.abro.checker.cli.CliRunAccess;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.checker.xml.Schemas;
import nl.abro.model.TbbLevel;
import nl.abro.model.TenderProfile;
import nl.abro.model.io.PackRegistry;
import nl.abro.model.io.TenderProfileReader;
import org.junit.jupiter.api.Test;

/** A tender profile sets the level, tailors the requirements and overrides the pack's values. */
class TenderProfileTest {
    private static final Path PROFILES = Path.of("src/test/resources/profiles");

    @Test
    void profileTailorsRequirementsAndOverridesParameters() throws Exception {
        TenderProfile profile = new TenderProfileReader().read(PROFILES.resolve("tbb3-no-tempest.xml"));
        assertThat(profile.tbb()).isEqualTo(TbbLevel.TBB_3);
        assertThat(profile.tailoring()).extracting(TenderProfile.Tailoring::requirement).containsExactly("3.3.32", "4.5.28");
        assertThat(profile.tailoring().get(0).reason()).startsWith("No compartment");

        var processor = HardenedSaxon.newProcessor();
        var pack = new PackRegistry(getClass().getClassLoader()).resolve("abro-2026");
        Checker checker = new Checker(CompiledPack.compile(pack, processor), new DocumentLoader(processor, Schemas.bundled()), "test");
        DocumentResult result = checker.checkFile(Input.of(Path.of("../examples/tbb3-compliant.xml")),
                new CheckOptions(null, profile, List.of(), LocalDate.of(2026, 11, 22), 1));
        assertThat(outcome(result, "3.3.32")).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(outcome(result, "4.5.28")).isNotEqualTo(Outcome.NOT_APPLICABLE);
        // The authority's own lockout limit (2) is stricter than the pack's (3): the example's 3 now fails.
        assertThat(outcome(result, "4.3.26")).isEqualTo(Outcome.FAILED);
        assertThat(result.findings()).anyMatch(f -> f.requirement().equals("4.3.26") && f.message().en().contains("2"));
    }

    @Test
    void profileNamingUnknownRequirementIsAConfigurationError() {
        var run = CliRunAccess.run("check", "../examples/tbb3-compliant.xml", "--tender", PROFILES.resolve("wrong-pack.xml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("wrong-pack.xml: tailoring names unknown requirement 9.9.9");
    }

    @Test
    void cliStillReadsATenderProfileAsTheTender() {
        // --tender also takes an ESPD request; a profile is still read as one (pack, level, tailoring, values).
        var run = CliRunAccess.run("check", "../examples/tbb3-compliant.xml", "--date", "2026-11-22", "--lang", "en",
                "--tender", PROFILES.resolve("tbb3-no-tempest.xml").toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out()).contains("4.3.26");
    }

    private static Outcome outcome(DocumentResult result, String number) {
        return result.requirements().stream().filter(r -> r.requirement().equals(number)).findFirst().orElseThrow().outcome();
    }
}
