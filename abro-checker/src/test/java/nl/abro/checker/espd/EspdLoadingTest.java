package nl.abro.checker.espd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmValue;
import nl.abro.checker.check.DocumentLoader;
import nl.abro.checker.check.LoadedDocument;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.checker.xml.Schemas;
import nl.abro.checker.xml.UnreadableDocumentException;
import nl.abro.model.DocumentKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Both ESPD generations load into the same facts vocabulary. */
class EspdLoadingTest {
    static final Path V1 = Path.of("src/test/resources/espd/v1");
    static final Path V4 = Path.of("src/test/resources/espd/v4.1.0");
    private static Processor processor;
    private static DocumentLoader loader;

    @BeforeAll
    static void setUp() {
        processor = HardenedSaxon.newProcessor();
        loader = new DocumentLoader(processor, Schemas.bundled());
    }

    static LoadedDocument load(DocumentLoader loader, Path file) throws UnreadableDocumentException {
        return loader.load(file.toString(), loader.read(file));
    }

    private String eval(LoadedDocument document, String xpath) throws SaxonApiException {
        XPathCompiler compiler = processor.newXPathCompiler();
        compiler.declareNamespace("e", EspdFacts.NS);
        XdmValue value = compiler.evaluate(xpath, document.view());
        return value.size() == 0 ? null : value.itemAt(0).getStringValue();
    }

    @Test
    void v1ResponseBecomesFacts() throws Exception {
        LoadedDocument doc = load(loader, V1.resolve("response_exclusion_participation_criminal_organisation_import.xml"));
        assertThat(doc.kind()).isEqualTo(DocumentKind.ESPD_RESPONSE);
        assertThat(doc.statedLevel()).isNull();
        assertThat(eval(doc, "/e:espd/@version")).isEqualTo("1");
        assertThat(eval(doc, "/e:espd/@kind")).isEqualTo("response");
        assertThat(eval(doc, "/e:espd/e:id")).isEqualTo("efe50cbb-6dc6-4e9a-8676-3e5dcd2adb46");
        assertThat(eval(doc, "/e:espd/e:issueDate")).isEqualTo("2016-01-18");
        assertThat(eval(doc, "/e:espd/e:procedure")).isEqualTo("SMART 2015/0065");
        assertThat(eval(doc, "count(/e:espd/e:criterion)")).isEqualTo("1");
        assertThat(eval(doc, "/e:espd/e:criterion/@uuid")).isEqualTo("005eb9ed-1347-4ca3-bb29-9bc0db64e1ab");
        assertThat(eval(doc, "/e:espd/e:criterion/@code")).isEqualTo("crime-org");
        assertThat(eval(doc, "/e:espd/e:criterion/@category")).isEqualTo("exclusion");
        assertThat(eval(doc, "/e:espd/e:criterion/e:answer")).isEqualTo("true");
        assertThat(eval(doc, "/e:espd/e:criterion/e:selfCleaning")).isEqualTo("true");
        assertThat(eval(doc, "/e:espd/e:criterion/e:value[@type = 'date']")).isEqualTo("2016-01-17");
        assertThat(eval(doc, "/e:espd/e:criterion/e:value[@question = 'Please describe them']")).isEqualTo("Hodor is clean");
        assertThat(eval(doc, "/e:espd/e:criterion/e:evidence/@uri")).isEqualTo("www.hodor.com");
    }

    @Test
    void v1EconomicOperator() throws Exception {
        LoadedDocument doc = load(loader, V1.resolve("response_response_eo_party_only_vat_number_scheme_id.xml"));
        assertThat(eval(doc, "/e:espd/e:economicOperator/e:name")).isEqualTo("Dell");
        assertThat(eval(doc, "/e:espd/e:economicOperator/@country")).isEqualTo("AT");
        assertThat(eval(doc, "/e:espd/e:economicOperator/e:id[@scheme = 'VAT_Number']")).isEqualTo("BE0999999999");
    }

    @Test
    void unansweredV1CriterionHasNoAnswer() throws Exception {
        LoadedDocument doc = load(loader, V1.resolve("response_exclusion_exclusion_criterion_no_answer_import.xml"));
        assertThat(eval(doc, "/e:espd/e:criterion/@code")).isEqualTo("distorsion");
        assertThat(eval(doc, "exists(/e:espd/e:criterion/e:answer)")).isEqualTo("false");
    }

    @Test
    void v1RequestIsARequest() throws Exception {
        LoadedDocument doc = load(loader, V1.resolve("request_all_exclusion_criteria_selected.xml"));
        assertThat(doc.kind()).isEqualTo(DocumentKind.ESPD_REQUEST);
        assertThat(eval(doc, "/e:espd/@kind")).isEqualTo("request");
        assertThat(eval(doc, "count(/e:espd/e:criterion[@category = 'exclusion'])")).isNotEqualTo("0");
        assertThat(eval(doc, "exists(//e:answer)")).isEqualTo("false");
    }

    @Test
    void v4ResponseBecomesTheSameFacts() throws Exception {
        LoadedDocument doc = load(loader, V4.resolve("ESPD-Response.xml"));
        assertThat(doc.kind()).isEqualTo(DocumentKind.ESPD_RESPONSE);
        assertThat(eval(doc, "/e:espd/@version")).isEqualTo("2");
        assertThat(eval(doc, "/e:espd/@profile")).isEqualTo("ESPD-EDMv4.1.0");
        assertThat(eval(doc, "/e:espd/e:uuid")).isEqualTo("f662457f-3e7a-46d2-a515-33c5a64bb7ba");
        assertThat(eval(doc, "/e:espd/e:procedure")).isEqualTo("PP.20170419.1024-9");
        assertThat(eval(doc, "/e:espd/e:issueDate")).isEqualTo("2025-12-09");
        assertThat(eval(doc, "/e:espd/e:economicOperator/@role")).isEqualTo("group-mem");
        assertThat(eval(doc, "/e:espd/e:economicOperator/@country")).isEqualTo("BEL");
        assertThat(eval(doc, "count(/e:espd/e:criterion)")).isEqualTo("62");
        String crimeOrg = "/e:espd/e:criterion[@uuid = '005eb9ed-1347-4ca3-bb29-9bc0db64e1ab']";
        assertThat(eval(doc, crimeOrg + "/@code")).isEqualTo("crime-org");
        assertThat(eval(doc, crimeOrg + "/e:answer")).isEqualTo("true");
        assertThat(eval(doc, crimeOrg + "/e:selfCleaning")).isEqualTo("true");
        assertThat(eval(doc, crimeOrg + "/e:value[@type = 'date']")).isEqualTo("2000-01-01");
        assertThat(eval(doc, crimeOrg + "/e:value[@type = 'period']/@end")).isEqualTo("2017-12-12");
        assertThat(eval(doc, crimeOrg + "/e:evidence/@uri")).isEqualTo("http:dod.gov.usa/sat/it/soft/prk?id=11121233");
        assertThat(eval(doc, "count(/e:espd/e:criterion[@category = 'exclusion'])")).isEqualTo("24");
    }

    @Test
    void v4RequestIsARequest() throws Exception {
        LoadedDocument doc = load(loader, V4.resolve("ESPD-Request.xml"));
        assertThat(doc.kind()).isEqualTo(DocumentKind.ESPD_REQUEST);
        assertThat(eval(doc, "count(/e:espd/e:criterion)")).isEqualTo("62");
    }

    @Test
    void malformedEspdIsAOneLineError() {
        byte[] bytes = "<QualificationApplicationResponse xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:QualificationApplicationResponse-2\"><oops></QualificationApplicationResponse>"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> loader.load("bad.xml", new DocumentLoader.Read(bytes, "")))
                .isInstanceOf(UnreadableDocumentException.class)
                .satisfies(e -> assertThat(((UnreadableDocumentException) e).reason().en()).doesNotContain("\n"));
    }

    @Test
    void unknownRootNamesTheEspdRoots() {
        byte[] bytes = "<ESPDResponse xmlns=\"urn:example\"/>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> loader.load("other.xml", new DocumentLoader.Read(bytes, "")))
                .isInstanceOf(UnreadableDocumentException.class)
                .satisfies(e -> assertThat(((UnreadableDocumentException) e).reason().en())
                        .startsWith("unknown kind of XML document").contains("QualificationApplicationResponse"));
    }

    /** Our own minimal ESPD-EDM 2.1.1-style response: a 2.x type code, bankruptcy answered "yes". */
    private static final String EDM_211_BANKRUPTCY = """
            <QualificationApplicationResponse xmlns="urn:oasis:names:specification:ubl:schema:xsd:QualificationApplicationResponse-2"
                xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
              <cbc:ProfileExecutionID>ESPD-EDMv2.1.1-BASIC</cbc:ProfileExecutionID>
              <cac:TenderingCriterion>
                <cbc:ID>d3732c09-7d62-4edc-a172-241da6636e7c</cbc:ID>
                <cbc:CriterionTypeCode>CRITERION.EXCLUSION.BUSINESS.BANKRUPTCY</cbc:CriterionTypeCode>
                <cbc:Name>Bankruptcy</cbc:Name>
                <cac:TenderingCriterionPropertyGroup>
                  <cac:TenderingCriterionProperty>
                    <cbc:ID>q1</cbc:ID><cbc:Description>Your answer?</cbc:Description>
                    <cbc:TypeCode>QUESTION</cbc:TypeCode><cbc:ValueDataTypeCode>INDICATOR</cbc:ValueDataTypeCode>
                  </cac:TenderingCriterionProperty>
                </cac:TenderingCriterionPropertyGroup>
              </cac:TenderingCriterion>
              <cac:TenderingCriterion>
                <cbc:ID>ee51100f-8e3e-40c9-8f8b-57d5a15be1f2</cbc:ID>
                <cbc:CriterionTypeCode>CRITERION.OTHER.EO_DATA.TOGETHER_WITH_OTHERS</cbc:CriterionTypeCode>
                <cbc:Name>EO together with others</cbc:Name>
              </cac:TenderingCriterion>
              <cac:TenderingCriterionResponse>
                <cbc:ValidatedCriterionPropertyID>q1</cbc:ValidatedCriterionPropertyID>
                <cac:ResponseValue><cbc:ResponseIndicator>true</cbc:ResponseIndicator></cac:ResponseValue>
              </cac:TenderingCriterionResponse>
            </QualificationApplicationResponse>
            """;

    @Test
    void edm2TypeCodesGiveTheEuCodeAndCategory() throws Exception {
        // ESPD-EDM 2.0.x/2.1.x do not carry the EU criterion code: before, bankruptcy came out as
        // code "CRITERION.EXCLUSION.BUSINESS.BANKRUPTCY", category "selection", and a "yes" to it was not reported.
        LoadedDocument doc = loader.load("edm211.xml", new DocumentLoader.Read(EDM_211_BANKRUPTCY.getBytes(StandardCharsets.UTF_8), ""));
        assertThat(eval(doc, "/e:espd/e:criterion[1]/@code")).isEqualTo("bankruptcy");
        assertThat(eval(doc, "/e:espd/e:criterion[1]/@category")).isEqualTo("exclusion");
        assertThat(eval(doc, "/e:espd/e:criterion[1]/@sourceType")).isEqualTo("CRITERION.EXCLUSION.BUSINESS.BANKRUPTCY");
        assertThat(eval(doc, "/e:espd/e:criterion[1]/e:answer")).isEqualTo("true");
        assertThat(eval(doc, "/e:espd/e:criterion[2]/@category")).isEqualTo("other");
        assertThat(eval(doc, "/e:espd/e:criterion[2]/@code")).isEqualTo("");
        // 3.x/4.x codes are kept as given, with no sourceType.
        LoadedDocument v4 = load(loader, V4.resolve("ESPD-Response.xml"));
        assertThat(eval(v4, "count(/e:espd/e:criterion[@sourceType])")).isEqualTo("0");
    }

    @Test
    void bothStylesheetsMapUuidsToTheSameCodes() throws Exception {
        Path dir = Path.of("src/main/resources/nl/abro/checker/espd");
        Pattern table = Pattern.compile("<xsl:variable name=\"codes\" as=\"map\\(xs:string, xs:string\\)\" select=\"map \\{[^}]*}\"/>");
        var v1 = table.matcher(Files.readString(dir.resolve("espd-v1-facts.xsl")));
        var v2 = table.matcher(Files.readString(dir.resolve("espd-v2-facts.xsl")));
        assertThat(v1.find()).isTrue();
        assertThat(v2.find()).isTrue();
        assertThat(v2.group()).isEqualTo(v1.group());
    }

    @Test
    void espdRootInAnotherNamespaceSaysSo() {
        byte[] bytes = "<QualificationApplicationRequest xmlns=\"urn:X-test:UBL:Pre-award:QualificationApplicationRequest\"/>"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> loader.load("draft.xml", new DocumentLoader.Read(bytes, "")))
                .isInstanceOf(UnreadableDocumentException.class)
                .satisfies(e -> assertThat(((UnreadableDocumentException) e).reason().en()).isEqualTo("unknown kind of XML document: root element "
                        + "{urn:X-test:UBL:Pre-award:QualificationApplicationRequest}QualificationApplicationRequest is an ESPD root element in an "
                        + "unknown namespace (expected {urn:oasis:names:specification:ubl:schema:xsd:QualificationApplicationRequest-2}"
                        + "QualificationApplicationRequest; abro reads ESPD v1 and ESPD-EDM 2.x to 4.x: QualificationApplicationResponse/-Request"
                        + " or ESPDResponse/-Request)"));
    }
}
