package nl.abro.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.abro.model.InvalidInputException;
import nl.abro.model.RequirementPack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack jar's build verifies its packs and records each file's digest; the loader then reads a
 * file whose bytes match without validating it again, and validates any other.
 */
class PackVerificationTest {
    /** Bindable, but the schema allows no such attribute: only validation notices it. */
    private static final String STRAY_ATTRIBUTE = "stray=\"yes\" ";

    @TempDir
    Path classes;

    private Path pack() throws IOException {
        Path pack = Files.createDirectories(classes.resolve("rulesets/test-pack"));
        Files.writeString(pack.resolve("pack.xml"), PackLoaderTest.MANIFEST, StandardCharsets.UTF_8);
        Files.writeString(pack.resolve("catalog.xml"), PackLoaderTest.catalog(PackLoaderTest.requirement("1.1.1", "1 2 3 4")),
                StandardCharsets.UTF_8);
        return pack;
    }

    private RequirementPack loadFromClasspath() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            return new PackLoader().load(new ClasspathPackSource(loader, "test-pack"));
        }
    }

    private static void addStrayAttribute(Path pack) throws IOException {
        Path catalog = pack.resolve("catalog.xml");
        Files.writeString(catalog, Files.readString(catalog).replace("<requirement ", "<requirement " + STRAY_ATTRIBUTE));
    }

    @Test
    void theBuildStepWritesEachFilesDigestInTheFormOfSha256sum() throws Exception {
        Path pack = pack();
        PackVerification.main(new String[] {classes.resolve("rulesets").toString()});
        assertThat(Files.readAllLines(pack.resolve(PackVerification.FILE))).containsExactly(
                PackVerification.sha256(Files.readAllBytes(pack.resolve("pack.xml"))) + "  pack.xml",
                PackVerification.sha256(Files.readAllBytes(pack.resolve("catalog.xml"))) + "  catalog.xml");
        RequirementPack verified = loadFromClasspath();
        RequirementPack validated = new PackLoader().load(new DirectoryPackSource(pack));
        assertThat(verified.catalog().chapters()).isEqualTo(validated.catalog().chapters());
        assertThat(verified.manifest()).isEqualTo(validated.manifest());
        assertThat(verified.sha256()).isEqualTo(validated.sha256());
    }

    @Test
    void theBuildStepRefusesAPackThatDoesNotLoad() throws Exception {
        addStrayAttribute(pack());
        assertThatThrownBy(() -> PackVerification.main(new String[] {classes.resolve("rulesets").toString()}))
                .hasMessageContaining("catalog.xml").hasMessageContaining("stray");
        assertThat(classes.resolve("rulesets/test-pack/" + PackVerification.FILE)).doesNotExist();
    }

    @Test
    void aFileWhoseBytesMatchIsNotValidatedAgainAndAChangedOneIs() throws Exception {
        Path pack = pack();
        PackVerification.main(new String[] {classes.resolve("rulesets").toString()});
        addStrayAttribute(pack);
        // The catalog changed after the build verified it: validated, and the schema refuses it.
        assertThatThrownBy(this::loadFromClasspath).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("classpath:rulesets/test-pack/catalog.xml");
                    assertThat(p.message()).contains("stray");
                }));
        // Had the build verified these very bytes, the loader would trust them: the schema is not consulted.
        String digests = Files.readString(pack.resolve(PackVerification.FILE)).lines()
                .map(l -> l.endsWith("  catalog.xml") ? sha256(pack.resolve("catalog.xml")) + "  catalog.xml" : l)
                .reduce("", (a, b) -> a + b + "\n");
        Files.writeString(pack.resolve(PackVerification.FILE), digests);
        assertThat(loadFromClasspath().catalog().size()).isEqualTo(1);
        // A pack directory is always validated, whatever file lies beside it.
        assertThatThrownBy(() -> new PackLoader().load(new DirectoryPackSource(pack))).isInstanceOf(InvalidInputException.class);
    }

    private static String sha256(Path file) {
        try {
            return PackVerification.sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
