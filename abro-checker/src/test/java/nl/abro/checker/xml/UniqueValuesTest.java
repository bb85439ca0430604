package nl.abro.checker.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.namespace.QName;
import net.sf.saxon.s9api.Processor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The declaration schema's xs:unique, checked by the checker itself instead of Xerces. */
class UniqueValuesTest {
    private static final String NS = "urn:nl:abro:declaration:1";
    private static Processor processor;
    private static DocumentSchema declaration;
    private static String compliant;

    @BeforeAll
    static void setUp() throws Exception {
        processor = HardenedSaxon.newProcessor();
        declaration = Schemas.bundled().load(Schemas.DECLARATION);
        compliant = Files.readString(Path.of("../examples/tbb3-compliant.xml"));
    }

    private static String withStatementBefore(String text, String before, String statement) {
        int at = text.indexOf(before);
        assertThat(at).isPositive();
        return text.substring(0, at) + statement + "\n    " + text.substring(at);
    }

    private static String lineOf(String text, String what) {
        return String.valueOf(text.substring(0, text.indexOf(what)).split("\n", -1).length);
    }

    private void parse(String text, DocumentSchema schema) throws UnreadableDocumentException {
        new XmlInput(processor).parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), schema);
    }

    @Test
    void theStatementConstraintIsTakenOutOfTheCompiledSchema() {
        assertThat(declaration.uniqueConstraints()).containsExactly(new UniqueConstraint("uniqueStatement",
                new QName(NS, "declaration"), List.of(new QName(NS, "statements"), new QName(NS, "statement")), "requirement"));
        String duplicate = withStatementBefore(compliant, "<statement requirement=\"1.1.2\"", "<statement requirement=\"1.1.1\" status=\"complies\"/>");
        // Without the constraints beside it, the compiled schema alone lets the duplicate through.
        DocumentSchema schemaAlone = new DocumentSchema(declaration.schema(), List.of());
        assertThatCode(() -> parse(duplicate, schemaAlone)).doesNotThrowAnyException();
    }

    @Test
    void aSecondStatementForARequirementIsReportedWhereItIsWithTheLineOfTheFirst() {
        String duplicate = withStatementBefore(compliant, "<statement requirement=\"1.1.2\"", "<statement requirement=\"1.1.1\" status=\"complies\"/>");
        String first = lineOf(compliant, "<statement requirement=\"1.1.1\"");
        String second = lineOf(duplicate, "<statement requirement=\"1.1.1\" status=\"complies\"/>");
        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> parse(duplicate, declaration))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> assertThat(e.reason().en())
                        .isEqualTo("does not match the schema: line " + second + ", column 55: duplicate <statement> with requirement=\"1.1.1\""
                                + " (the first is on line " + first + ")"));
        assertThatCode(() -> parse(compliant, declaration)).doesNotThrowAnyException();
    }

    @Test
    void valuesAreComparedAsTheTokenTypeDoesAndEveryDuplicateCounts() {
        String twice = withStatementBefore(compliant, "<statement requirement=\"1.1.2\"",
                "<statement requirement=\" 1.1.1 \" status=\"complies\"/><statement requirement=\"1.1.3\" status=\"complies\"/>");
        assertThatThrownBy(() -> parse(twice, declaration))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> assertThat(e.reason().en())
                        .contains("duplicate <statement> with requirement=\"1.1.1\"").endsWith("(and 1 more problem)"));
    }

    @Test
    void onlyElementsAlongTheSelectorPathAreSelected() throws Exception {
        UniqueConstraint constraint = new UniqueConstraint("u", new QName("r"), List.of(new QName("a"), new QName("b")), "k");
        String text = """
                <r>
                  <a><b k="1"/></a>
                  <b k="1"/>
                  <a><c><b k="1"/></c><b/></a>
                  <a><b k="2"/><b k=" 1"/></a>
                  <x><r><a><b k="1"/></a></r></x>
                </r>""";
        List<org.xml.sax.SAXParseException> problems = new java.util.ArrayList<>();
        org.xml.sax.ErrorHandler collect = new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void error(org.xml.sax.SAXParseException e) {
                problems.add(e);
            }
        };
        org.xml.sax.XMLReader reader = nl.abro.model.io.SecureXml.newReader();
        reader.setContentHandler(new UniqueValues(List.of(constraint), collect, new org.xml.sax.helpers.DefaultHandler()));
        reader.parse(new org.xml.sax.InputSource(new java.io.StringReader(text)));
        // Only line 5's second b under an a repeats a value of its own r; the inner r is a scope of its own.
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.getLineNumber()).isEqualTo(5);
            assertThat(p.getMessage()).isEqualTo("duplicate <b> with k=\"1\" (the first is on line 2)");
        });
    }

    @Test
    void aConstraintOfAnotherFormStaysWithTheSchemaCompiler(@TempDir Path dir) throws Exception {
        Path bundled = Path.of("../abro-model/src/main/resources/nl/abro/model/xsd");
        try (var files = Files.list(bundled)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("declaration-1")).toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        Path main = dir.resolve(Schemas.DECLARATION);
        Files.writeString(main, Files.readString(main).replace("<xs:selector xpath=\"d:statements/d:statement\"/>",
                "<xs:selector xpath=\".//d:statement\"/>"));
        DocumentSchema schema = Schemas.from(dir).load(Schemas.DECLARATION);
        assertThat(schema.uniqueConstraints()).isEmpty();
        String duplicate = withStatementBefore(compliant, "<statement requirement=\"1.1.2\"", "<statement requirement=\"1.1.1\" status=\"complies\"/>");
        assertThatThrownBy(() -> parse(duplicate, schema))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> assertThat(e.reason().en()).contains("1.1.1"));
    }
}
