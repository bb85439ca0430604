package nl.abro.checker.schematron;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltExecutable;
import nl.abro.checker.check.CheckOptions;
import nl.abro.checker.check.Checker;
import nl.abro.checker.check.CompiledPack;
import nl.abro.checker.check.DocumentLoader;
import nl.abro.checker.check.DocumentResult;
import nl.abro.checker.check.Finding;
import nl.abro.checker.check.LoadedDocument;
import nl.abro.checker.corpus.DeclarationGenerator;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.checker.xml.NodeLocation;
import nl.abro.checker.xml.Schemas;
import nl.abro.model.Language;
import nl.abro.model.RequirementPack;
import nl.abro.model.TbbLevel;
import nl.abro.model.io.PackRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exported Schematron, run by SchXslt2 on Saxon-HE, finds exactly what the engine finds: the
 * same requirement, rule, message key, severity, location and message text for every failure, on
 * the 13 examples and on generated declarations at every level.
 */
class SchematronExportTest {
    private static final Path EXAMPLES = Path.of("../examples");
    private static final LocalDate DATE = LocalDate.of(2026, 11, 22);

    private static Processor processor;
    private static RequirementPack pack;
    private static Checker checker;
    private static DocumentLoader loader;
    private static final Map<TbbLevel, XsltExecutable> schemas = new EnumMap<>(TbbLevel.class);

    @BeforeAll
    static void setUp() throws Exception {
        processor = HardenedSaxon.newProcessor();
        pack = new PackRegistry(SchematronExportTest.class.getClassLoader()).resolve("abro-2026");
        loader = new DocumentLoader(processor, Schemas.bundled());
        checker = new Checker(CompiledPack.compile(pack, processor), loader, "test");
        SchXslt schxslt = new SchXslt(processor);
        SchematronExporter exporter = new SchematronExporter(processor);
        for (TbbLevel level : TbbLevel.values()) {
            String schema = exporter.export(pack, new SchematronExporter.Options(level, DATE, Language.EN)).schema();
            schemas.put(level, schxslt.compile(schema));
        }
    }

    static Stream<String> examples() throws Exception {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xml")).sorted().toList().stream();
        }
    }

    @Test
    void thereAreThirteenExamples() throws Exception {
        assertThat(examples()).hasSize(13);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleGivesTheEnginesFindings(String name) throws Exception {
        Path file = EXAMPLES.resolve(name);
        LoadedDocument document = loader.load(name, loader.read(file));
        List<String> engine = compare(document);
        if (!name.contains("compliant")) {
            assertThat(engine).as("a defect example has findings").isNotEmpty();
        }
    }

    @Test
    void generatedDeclarationsGiveTheEnginesFindings() throws Exception {
        DeclarationGenerator generator = DeclarationGenerator.fromDirectory(EXAMPLES, 20261122L);
        int withFindings = 0;
        for (int i = 0; i < 24; i++) {
            byte[] declaration = generator.declaration(i);
            LoadedDocument document = loader.declaration("generated-" + i + ".xml", "-", new java.io.ByteArrayInputStream(declaration));
            if (!compare(document).isEmpty()) {
                withFindings++;
            }
        }
        assertThat(withFindings).as("the generator makes defective declarations too").isGreaterThan(4);
    }

    @Test
    void schemaIsTheSameForTheSameInputs() {
        SchematronExporter exporter = new SchematronExporter(processor);
        var options = new SchematronExporter.Options(TbbLevel.TBB_2, DATE, Language.NL);
        assertThat(exporter.export(pack, options).schema()).isEqualTo(exporter.export(pack, options).schema());
    }

    /** Checks one document both ways and asserts the same findings; returns the engine's. */
    private static List<String> compare(LoadedDocument document) throws Exception {
        DocumentResult result = checker.check(document, CheckOptions.defaults(DATE));
        assertThat(result.error()).as(document.path()).isNull();
        List<String> engine = new ArrayList<>();
        for (Finding finding : result.findings()) {
            engine.add(String.join(" | ", finding.requirement(), finding.rule(), finding.messageKey(), finding.severity().code(),
                    finding.location().xpath(), finding.message().en()));
        }
        XdmNode svrl = SchXslt.validate(schemas.get(result.level()), document.view());
        assertThat(SchXslt.errors(svrl)).as(document.path()).isEmpty();
        List<String> schematron = new ArrayList<>();
        for (SchXslt.Hit hit : SchXslt.hits(svrl)) {
            String rule = hit.patternId().split("\\.", 2)[0];
            String key = hit.id().substring(hit.patternId().length() + 1).split("\\.")[0];
            XdmNode located = (XdmNode) processor.newXPathCompiler().evaluateSingle(hit.location(), document.view());
            for (String requirement : hit.flag().split(" ")) {
                schematron.add(String.join(" | ", requirement, rule, key, hit.role(), NodeLocation.of(located).xpath(), hit.text()));
            }
        }
        assertThat(schematron).as(document.path()).containsExactlyInAnyOrderElementsOf(engine);
        return engine;
    }
}
