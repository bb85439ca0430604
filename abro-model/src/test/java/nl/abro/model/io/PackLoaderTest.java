package nl.abro.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.abro.model.InvalidInputException;
import nl.abro.model.Problem;
import nl.abro.model.RequirementPack;
import nl.abro.model.TbbLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pack author's mistakes come back as file:line:column: message, never as a stack trace. */
class PackLoaderTest {
    static final String MANIFEST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <pack xmlns="urn:nl:abro:pack:1" id="test-pack" version="1.0">
              <title lang="nl">Testpakket</title>
              <title lang="en">Test pack</title>
              <validFrom>2026-01-01</validFrom>
              <source><title>Test</title><publisher>Us</publisher></source>
              <catalog href="catalog.xml"/>
              <parameters>
                <parameter name="lockout" type="integer" requirements="1.1.1">
                  <title lang="nl">Blokkering</title>
                  <title lang="en">Lockout</title>
                  <value tbb="1 2 3">3</value>
                  <value tbb="4">5</value>
                </parameter>
              </parameters>
            </pack>
            """;

    @TempDir
    Path dir;

    private final PackLoader loader = new PackLoader();

    @Test
    void loadsAValidPack() throws Exception {
        write("pack.xml", MANIFEST);
        write("catalog.xml", catalog(requirement("1.1.1", "1 2 3 4") + requirement("1.1.2", "4")));
        RequirementPack pack = loader.load(new DirectoryPackSource(dir));
        assertThat(pack.coordinates().toString()).isEqualTo("test-pack:1.0");
        assertThat(pack.catalog().size()).isEqualTo(2);
        assertThat(pack.catalog().applicableAt(TbbLevel.TBB_3)).extracting(r -> r.number()).containsExactly("1.1.1");
        assertThat(pack.parameter("lockout").orElseThrow().valueAt(TbbLevel.TBB_4)).contains("5");
        assertThat(pack.files()).containsExactly("pack.xml", "catalog.xml");
    }

    @Test
    void digestChangesWithAnyByte() throws Exception {
        write("pack.xml", MANIFEST);
        write("catalog.xml", catalog(requirement("1.1.1", "1 2 3 4")));
        String before = loader.load(new DirectoryPackSource(dir)).sha256();
        assertThat(loader.load(new DirectoryPackSource(dir)).sha256()).isEqualTo(before);
        write("catalog.xml", catalog(requirement("1.1.1", "1 2 3")));
        assertThat(loader.load(new DirectoryPackSource(dir)).sha256()).isNotEqualTo(before);
    }

    @Test
    void malformedXmlNamesFileLineAndColumn() throws Exception {
        write("pack.xml", MANIFEST);
        write("catalog.xml", catalog(requirement("1.1.1", "1 2 3 4")).replace("</section>", "</sectoin>"));
        Problem problem = onlyProblem();
        assertThat(problem.file()).endsWith("catalog.xml");
        assertThat(problem.line()).isEqualTo(16);
        assertThat(problem.message()).contains("\"section\" must be terminated by the matching end-tag");
    }

    @Test
    void unknownElementIsReportedWhereItStands() throws Exception {
        write("pack.xml", MANIFEST);
        write("catalog.xml", catalog(requirement("1.1.1", "1 2 3 4").replace("<evidence>", "<colour>red</colour><evidence>")));
        Problem problem = onlyProblem();
        assertThat(problem.line()).isEqualTo(14);
        assertThat(problem.message()).startsWith("unexpected element 'colour'");
        assertThat(problem.toString()).matches(".*catalog\\.xml:14:\\d+: unexpected element 'colour'.*");
    }

    @Test
    void duplicateRequirementNumberInOneFile() throws Exception {
        write("pack.xml", MANIFEST);
        write("catalog.xml", catalog(requirement("1.1.1", "1 2 3 4") + requirement("1.1.1", "4")));
        Problem problem = onlyProblem();
        assertThat(problem.message()).isEqualTo("duplicate requirement number 1.1.1");
        assertThat(problem.line()).isGreaterThan(0);
    }

    @Test
    void duplicateRequirementNumberAcrossFiles() throws Exception {
        write("pack.xml", MANIFEST.replace("<catalog href=\"catalog.xml\"/>", "<catalog href=\"catalog.xml\"/><catalog href=\"more.xml\"/>"));
        write("catalog.xml", catalog(requirement("1.1.1", "1 2 3 4")));
        write("more.xml", catalog(requirement("1.1.1", "4")).replace("number=\"1\" domain", "number=\"1\" domain"));
        Problem problem = onlyProblem();
        assertThat(problem.file()).endsWith("more.xml");
        assertThat(problem.line()).isEqualTo(9);
        assertThat(problem.message()).startsWith("duplicate requirement number 1.1.1 (also in ");
    }

    @Test
    void unknownTbbLevel() throws Exception {
        write("pack.xml", MANIFEST);
        write("catalog.xml", catalog(requirement("1.1.1", "1 2 5")));
        List<Problem> problems = problems();
        assertThat(problems).extracting(Problem::message).contains("unknown TBB level '5' (levels are 1, 2, 3 and 4)");
        assertThat(problems).allSatisfy(p -> assertThat(p.line()).isEqualTo(9));
    }

    @Test
    void requirementOutsideItsSection() throws Exception {
        write("pack.xml", MANIFEST);
        write("catalog.xml", catalog(requirement("1.1.1", "1 2 3 4") + requirement("2.1.1", "4")));
        assertThat(onlyProblem().message()).isEqualTo("requirement 2.1.1 does not belong under 1.1");
    }

    @Test
    void missingEnglishTitle() throws Exception {
        write("pack.xml", MANIFEST);
        write("catalog.xml", catalog(requirement("1.1.1", "1 2 3 4").replace("<title lang=\"en\">T</title>", "<title lang=\"nl\">T2</title>")));
        assertThat(problems()).extracting(Problem::message)
                .containsExactly("title given twice in language 'nl'", "title missing in language 'en'");
    }

    @Test
    void parameterForUnknownRequirement() throws Exception {
        write("pack.xml", MANIFEST.replace("requirements=\"1.1.1\"", "requirements=\"9.9.9\""));
        write("catalog.xml", catalog(requirement("1.1.1", "1 2 3 4")));
        Problem problem = onlyProblem();
        assertThat(problem.file()).endsWith("pack.xml");
        assertThat(problem.message()).isEqualTo("parameter lockout names unknown requirement 9.9.9");
        assertThat(problem.line()).isEqualTo(9);
    }

    @Test
    void doctypeIsRefusedAndNoEntityIsRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        write("pack.xml", MANIFEST);
        write("catalog.xml", catalog(requirement("1.1.1", "1 2 3 4"))
                .replace("<catalog ", "<!DOCTYPE catalog [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]><catalog ")
                .replace("<summary lang=\"en\">S</summary>", "<summary lang=\"en\">&x;</summary>"));
        Problem problem = onlyProblem();
        assertThat(problem.message()).isEqualTo("DOCTYPE declarations are not allowed (no DTDs or entities are read)");
        assertThat(problem.toString()).doesNotContain("TOP-SECRET-CONTENT");
    }

    @Test
    void missingCatalogFile() throws Exception {
        write("pack.xml", MANIFEST);
        Problem problem = onlyProblem();
        assertThat(problem.toString()).endsWith("catalog.xml: file not found");
    }

    @Test
    void catalogPathCannotLeaveThePack() throws Exception {
        write("pack.xml", MANIFEST.replace("catalog.xml", "../outside.xml"));
        assertThat(onlyProblem().message()).contains("../outside.xml");
    }

    @Test
    void wrongRootElement() throws Exception {
        write("pack.xml", catalog(requirement("1.1.1", "1 2 3 4")));
        assertThat(onlyProblem().message()).startsWith("unexpected root element 'catalog'");
    }

    private Problem onlyProblem() {
        List<Problem> problems = problems();
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    private List<Problem> problems() {
        InvalidInputException e = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(
                () -> loader.load(new DirectoryPackSource(dir)));
        assertThat(e).as("loading should fail").isNotNull();
        assertThat(e.getMessage()).doesNotContain("Exception");
        return e.problems();
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    static String catalog(String requirements) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <catalog xmlns="urn:nl:abro:catalog:1">
                  <chapter number="1" domain="governance">
                    <title lang="nl">Bestuur</title>
                    <title lang="en">Governance</title>
                    <section number="1.1">
                      <title lang="nl">Organisatie</title>
                      <title lang="en">Organisation</title>
                """ + requirements + """
                    </section>
                  </chapter>
                </catalog>
                """;
    }

    static String requirement(String number, String tbb) {
        return """
                      <requirement number="%s" tbb="%s" automation="rule">
                        <title lang="nl">T</title>
                        <title lang="en">T</title>
                        <summary lang="nl">S</summary>
                        <summary lang="en">S</summary>
                        <evidence>statement</evidence>
                      </requirement>
                """.formatted(number, tbb);
    }

}
