package nl.abro.checker.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.abro.checker.check.CheckOptions;
import nl.abro.checker.check.CheckResult;
import nl.abro.checker.check.Checker;
import nl.abro.checker.check.CompiledPack;
import nl.abro.checker.check.DocumentLoader;
import nl.abro.checker.check.DocumentResult;
import nl.abro.checker.check.Input;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.checker.xml.Schemas;
import nl.abro.model.io.PackRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evil corpus for XML inputs, made in the test: each file gets a one-line reason, nothing is
 * read from disk or network, and the good file in the same batch is still checked.
 */
class HostileXmlTest {
    private static final String NS = "urn:nl:abro:declaration:1";
    private static Checker checker;

    @TempDir
    Path dir;

    private ConnectionRecorder server;

    @BeforeAll
    static void setUp() throws Exception {
        var processor = HardenedSaxon.newProcessor();
        var pack = new PackRegistry(HostileXmlTest.class.getClassLoader()).resolve("abro-2026");
        checker = new Checker(CompiledPack.compile(pack, processor), new DocumentLoader(processor, Schemas.bundled()), "test");
    }

    @BeforeEach
    void listen() throws IOException {
        server = new ConnectionRecorder();
    }

    @AfterEach
    void close() throws Exception {
        server.close();
    }

    @Test
    void everyEvilFileIsRefusedWithOneLineAndNothingIsFetched() throws Exception {
        String secret = "SECRET-" + System.nanoTime();
        Path secretFile = Files.writeString(dir.resolve("secret.txt"), secret);
        String url = server.url("/");
        List<Path> files = new ArrayList<>();
        files.add(write("xxe-file.xml", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"" + secretFile.toUri() + "\">]>"
                + "<declaration xmlns=\"" + NS + "\"><tender tbb=\"3\" reference=\"&x;\"/></declaration>"));
        files.add(write("xxe-url.xml", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"" + url + "xxe\">]>"
                + "<declaration xmlns=\"" + NS + "\"><tender tbb=\"3\" reference=\"&x;\"/></declaration>"));
        files.add(write("external-dtd.xml", "<?xml version=\"1.0\"?><!DOCTYPE declaration SYSTEM \"" + url + "evil.dtd\">"
                + "<declaration xmlns=\"" + NS + "\"><tender tbb=\"3\"/></declaration>"));
        files.add(write("billion-laughs.xml", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><declaration xmlns=\"" + NS + "\"><tender tbb=\"3\" reference=\"&d;\"/></declaration>"));
        files.add(write("quadratic-blowup.xml", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"" + "x".repeat(100_000) + "\">]>"
                + "<declaration xmlns=\"" + NS + "\"><tender tbb=\"3\" reference=\"" + "&a;".repeat(10_000) + "\"/></declaration>"));
        files.add(write("xinclude.xml", "<?xml version=\"1.0\"?><declaration xmlns=\"" + NS + "\" xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
                + "<tender tbb=\"3\"/><xi:include href=\"" + secretFile.toUri() + "\" parse=\"text\"/></declaration>"));
        files.add(write("schema-location.xml", "<?xml version=\"1.0\"?><declaration xmlns=\"" + NS + "\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"" + NS + " " + url + "lax.xsd\">"
                + "<tender tbb=\"3\" colour=\"red\"/></declaration>"));
        files.add(write("deep.xml", "<?xml version=\"1.0\"?><declaration xmlns=\"" + NS + "\"><tender tbb=\"3\"/>"
                + "<x>".repeat(100_000) + "</x>".repeat(100_000) + "</declaration>"));
        files.add(Files.write(dir.resolve("invalid-utf8.xml"), concat("<?xml version=\"1.0\" encoding=\"UTF-8\"?><declaration xmlns=\""
                + NS + "\"><tender tbb=\"3\" reference=\"", new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, "\"/></declaration>")));
        files.add(write("empty.xml", ""));
        Path huge = dir.resolve("huge.xml");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024);
        }
        files.add(huge);
        files.add(Path.of("../examples/tbb3-compliant.xml"));

        CheckResult result = checker.check(files.stream().map(Input::of).toList(),
                CheckOptions.defaults(java.time.LocalDate.of(2026, 11, 22)));

        assertThat(result.documents()).hasSize(files.size());
        assertThat(reason(result, "xxe-file.xml")).contains("DOCTYPE declarations are not allowed");
        assertThat(reason(result, "xxe-url.xml")).contains("DOCTYPE declarations are not allowed");
        assertThat(reason(result, "external-dtd.xml")).contains("DOCTYPE declarations are not allowed");
        assertThat(reason(result, "billion-laughs.xml")).contains("DOCTYPE declarations are not allowed");
        assertThat(reason(result, "quadratic-blowup.xml")).contains("DOCTYPE declarations are not allowed");
        assertThat(reason(result, "xinclude.xml")).startsWith("does not match the schema").contains("include");
        assertThat(reason(result, "schema-location.xml")).startsWith("does not match the schema").contains("colour");
        assertThat(reason(result, "deep.xml")).contains("nested deeper than 256 levels");
        assertThat(reason(result, "invalid-utf8.xml")).containsIgnoringCase("UTF-8");
        assertThat(reason(result, "empty.xml")).isEqualTo("empty file");
        assertThat(reason(result, "huge.xml")).isEqualTo("file is larger than 100 MiB");
        DocumentResult good = result.documents().get(files.size() - 1);
        assertThat(good.readable()).isTrue();
        assertThat(good.verdict(nl.abro.model.Severity.ERROR)).isEqualTo(DocumentResult.Verdict.COMPLIANT);
        // One line per file, no secret, no connection.
        for (DocumentResult document : result.documents()) {
            if (!document.readable()) {
                for (String text : List.of(document.error().nl(), document.error().en())) {
                    assertThat(text).doesNotContain("\n").doesNotContain(secret).doesNotContainPattern("[A-Z]\\w+Exception");
                }
            }
        }
        assertThat(server.connections()).as("connections to the local server").isZero();
        assertThat(result.exitCode(nl.abro.model.Severity.ERROR)).isEqualTo(3);
    }

    @Test
    void aFileOverTheTimeLimitIsGivenUpAndTheBatchGoesOn() {
        var options = new CheckOptions(null, null, List.of(), java.time.LocalDate.of(2026, 11, 22), 2, java.time.Duration.ofMillis(1));
        CheckResult result = checker.check(List.of(Input.of(Path.of("../examples/tbb1-compliant.xml")),
                Input.of(Path.of("../examples/tbb4-compliant.xml"))), options);
        assertThat(result.documents()).hasSize(2).allSatisfy(d ->
                assertThat(d.error()).isEqualTo(new nl.abro.model.LocalizedText(
                        "de controle duurde langer dan de tijdslimiet van 1 ms; overgeslagen",
                        "checking took longer than the time limit of 1 ms; skipped")));
        var relaxed = new CheckOptions(null, null, List.of(), java.time.LocalDate.of(2026, 11, 22), 2);
        assertThat(checker.check(List.of(Input.of(Path.of("../examples/tbb1-compliant.xml"))), relaxed).documents().get(0).readable()).isTrue();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        byte[] a = before.getBytes(StandardCharsets.UTF_8);
        byte[] c = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[a.length + middle.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(middle, 0, all, a.length, middle.length);
        System.arraycopy(c, 0, all, a.length + middle.length, c.length);
        return all;
    }

    private static String reason(CheckResult result, String file) {
        DocumentResult document = result.documents().stream().filter(d -> d.path().endsWith("/" + file)).findFirst().orElseThrow();
        assertThat(document.readable()).as(file + " should be refused").isFalse();
        assertThat(document.error().nl()).as("a Dutch reason too").isNotBlank();
        return document.error().en();
    }
}
