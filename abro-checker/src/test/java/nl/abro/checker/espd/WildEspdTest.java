package nl.abro.checker.espd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;
import nl.abro.checker.check.CheckOptions;
import nl.abro.checker.check.Checker;
import nl.abro.checker.check.CompiledPack;
import nl.abro.checker.check.DocumentLoader;
import nl.abro.checker.check.DocumentResult;
import nl.abro.checker.check.DocumentResult.Verdict;
import nl.abro.checker.check.Input;
import nl.abro.checker.check.Outcome;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.checker.xml.Schemas;
import nl.abro.model.DocumentKind;
import nl.abro.model.Severity;
import nl.abro.model.io.PackRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ESPD files from other public sources than the project's own samples (see
 * {@code src/test/resources/espd/wild/README.md}), checked through the real loader and the ADV
 * pack as a new user would: each is read with the findings noted here, or refused with one clear
 * line; none crashes, and no response that answers "yes" to a mandatory ground without
 * self-cleaning comes out compliant.
 */
class WildEspdTest {
    private static final Path WILD = Path.of("src/test/resources/espd/wild");
    private static final Path OP_TED = WILD.resolve("op-ted-espd-edm");
    private static final Path SERVICE = WILD.resolve("espd-service");
    private static final Path PHP = WILD.resolve("php-espd");
    private static final Path V4 = Path.of("src/test/resources/espd/v4.1.0");
    private static final LocalDate DATE = LocalDate.of(2026, 11, 22);
    /** The six mandatory grounds of ADV 2.76. */
    private static final Set<String> MANDATORY = Set.of("005eb9ed-1347-4ca3-bb29-9bc0db64e1ab", "c27b7c4e-c837-4529-b867-ed55ce639db5",
            "297d2323-3ede-424e-94bc-a91561e6f320", "d486fb70-86b3-4e75-97f2-0d71b5697c7d", "47112079-6fec-47a3-988f-e561668c3aef",
            "d789d01a-fe03-4ccd-9898-73f9cfa080d1");
    private static Processor processor;
    private static DocumentLoader loader;
    private static Checker checker;
    @TempDir
    static Path temp;
    /** The 4.1.0 sample with Corruption answered without self-cleaning (see wild/README.md). */
    private static Path derived;

    @BeforeAll
    static void setUp() throws Exception {
        derived = derive(temp);
        processor = HardenedSaxon.newProcessor();
        loader = new DocumentLoader(processor, Schemas.bundled());
        checker = new Checker(CompiledPack.compile(new PackRegistry(WildEspdTest.class.getClassLoader()).resolve("adv"), processor),
                loader, "test");
    }

    private static DocumentResult check(Path file) {
        return checker.checkFile(new Input(file, file.toString()), CheckOptions.defaults(DATE));
    }

    private static DocumentResult check(Path response, Path request) throws Exception {
        XdmNode view = loader.load(request.toString(), loader.read(request)).view();
        return checker.checkFile(new Input(response, response.toString()), CheckOptions.defaults(DATE).withRequest(view));
    }

    private static List<String> keys(DocumentResult result, String article) {
        return result.findings().stream().filter(f -> f.requirement().equals(article))
                .map(f -> f.messageKey() + ":" + f.severity().name().toLowerCase()).toList();
    }

    private static String message(DocumentResult result, String key) {
        return result.findings().stream().filter(f -> f.messageKey().equals(key)).findFirst().orElseThrow().message().en();
    }

    private static Outcome outcome(DocumentResult result, String article) {
        return result.requirements().stream().filter(r -> r.requirement().equals(article)).findFirst().orElseThrow().outcome();
    }

    private static String eval(XdmNode view, String xpath) throws Exception {
        XPathCompiler compiler = processor.newXPathCompiler();
        compiler.declareNamespace("e", EspdFacts.NS);
        return compiler.evaluate("string-join(" + xpath + ", ' ')", view).itemAt(0).getStringValue();
    }

    private static List<Path> all() throws IOException {
        try (Stream<Path> files = Files.walk(WILD)) {
            return Stream.concat(files.filter(f -> f.toString().endsWith(".xml")).sorted(), Stream.of(derived)).toList();
        }
    }

    /**
     * Derives a response from the ESPD-EDM 4.1.0 sample by changing two values in its answers to
     * Corruption: the conviction date 2000-01-01 becomes 2025-06-01 (inside the look-back period)
     * and the self-cleaning answer true becomes false. Made here rather than kept as a 1 MB copy.
     */
    private static Path derive(Path dir) throws IOException {
        String sample = Files.readString(V4.resolve("ESPD-Response.xml"));
        String date = ">C2_EG_corruption/QG1/QSG1/Q1/R1/R1/RV</cbc:ID>\n      <cbc:ResponseDate>2000-01-01<";
        String cleaning = ">C2_EG_corruption/QG1/QSG1/QSG1/Q1/R1/R1/RV</cbc:ID>\n      <cbc:ResponseIndicator>true<";
        assertThat(sample.split(java.util.regex.Pattern.quote(date), -1)).hasSize(2);
        assertThat(sample.split(java.util.regex.Pattern.quote(cleaning), -1)).hasSize(2);
        String changed = sample.replace(date, date.replace("2000-01-01", "2025-06-01")).replace(cleaning, cleaning.replace("true", "false"));
        Path file = dir.resolve("ESPD-Response-4.1.0-corruption-no-self-cleaning.xml");
        Files.writeString(file, changed);
        return file;
    }

    @Test
    void everyFileIsReadOrRefusedOnOneLine() throws IOException {
        List<Path> files = all();
        assertThat(files).hasSize(10);
        for (Path file : files) {
            DocumentResult result = check(file);
            if (!result.readable()) {
                assertThat(result.error().en()).as(file.toString()).doesNotContain("\n", "Exception", "at nl.", "at net.");
                assertThat(result.error().nl()).as(file.toString()).doesNotContain("\n");
            }
        }
    }

    @Test
    void noResponseWithAMandatoryYesWithoutSelfCleaningIsCompliant() throws Exception {
        int seen = 0;
        for (Path file : all()) {
            DocumentLoader.Read read = loader.read(file);
            DocumentResult result = check(file);
            if (!result.readable() || result.kind() != DocumentKind.ESPD_RESPONSE) {
                continue;
            }
            XdmNode view = loader.load(file.toString(), read).view();
            String convicted = eval(view, "/e:espd/e:criterion[@uuid = ('" + String.join("', '", MANDATORY)
                    + "')][e:answer = 'true'][not(e:selfCleaning = 'true')]/@uuid");
            if (!convicted.isEmpty()) {
                seen++;
                assertThat(result.verdict(Severity.ERROR)).as(file.toString()).isEqualTo(Verdict.NON_COMPLIANT);
                assertThat(outcome(result, "2.76")).as(file.toString()).isEqualTo(Outcome.FAILED);
                assertThat(keys(result, "2.76")).as(file.toString()).contains("conviction:error");
            }
        }
        // The ESPD-Service merge sample (corruption, v1) and the derived 4.1.0 response (corruption).
        assertThat(seen).isEqualTo(2);
    }

    @Test
    void espdEdm200DraftNamespaceIsRefusedNamingTheExpectedRoot() {
        DocumentResult response = check(OP_TED.resolve("ESPDResponse-02.00.00-EG-Conflict_of_interest.xml"));
        assertThat(response.readable()).isFalse();
        assertThat(response.error().en()).startsWith("unknown kind of XML document: root element "
                + "{urn:X-test:UBL:Pre-award:QualificationApplicationResponse}QualificationApplicationResponse is an ESPD root element"
                + " in an unknown namespace (expected {urn:oasis:names:specification:ubl:schema:xsd:QualificationApplicationResponse-2}"
                + "QualificationApplicationResponse;");
        DocumentResult request = check(OP_TED.resolve("ServiceProvider.xml"));
        assertThat(request.readable()).isFalse();
        assertThat(request.error().en()).contains("{urn:X-test:UBL:Pre-award:QualificationApplicationRequest}QualificationApplicationRequest"
                + " is an ESPD root element in an unknown namespace (expected "
                + "{urn:oasis:names:specification:ubl:schema:xsd:QualificationApplicationRequest-2}QualificationApplicationRequest;");
    }

    @Test
    void espdEdm210ReferencesResponseIsRead() throws Exception {
        Path file = OP_TED.resolve("References-SelfContained-Response_V2.1.0.xml");
        DocumentResult result = check(file);
        assertThat(result.readable()).isTrue();
        // It holds selection criteria only ("EXCLUSION GROUNDS CRITERIA WOULD GO HERE"): all six mandatory grounds are missing.
        assertThat(keys(result, "2.76")).containsExactly("missing-ground:error");
        assertThat(message(result, "missing-ground")).startsWith("The ESPD does not answer 6 mandatory exclusion ground(s)");
        assertThat(keys(result, "2.77")).isEmpty();
        XdmNode view = loader.load(file.toString(), loader.read(file)).view();
        assertThat(eval(view, "/e:espd/@profile")).isEqualTo("ESPD-EDMv2.1.0-SELFCONTAINED");
        assertThat(eval(view, "/e:espd/e:economicOperator/@role")).isEqualTo("GM");
        // ESPD-EDM 2.1 type codes: the EU code from the UUID, the category from CRITERION.<category>.
        assertThat(eval(view, "/e:espd/e:criterion/@category")).isEqualTo("other other selection");
        assertThat(eval(view, "/e:espd/e:criterion/@code")).isEqualTo("  work-perform");
        assertThat(eval(view, "/e:espd/e:criterion[3]/@sourceType"))
                .isEqualTo("CRITERION.SELECTION.TECHNICAL_PROFESSIONAL_ABILITY.REFERENCES.WORKS_PERFORMANCE");
        assertThat(eval(view, "/e:espd/e:criterion[2]/e:value[@type = 'id']")).isEqualTo("Lot1 Lot3");
        assertThat(eval(view, "/e:espd/e:criterion[3]/e:value[@type = 'amount'][1]/@currency")).isEqualTo("EUR");
        assertThat(eval(view, "/e:espd/e:criterion[3]/e:value[@type = 'period']/@start")).isEqualTo("2017-02-01");
    }

    @Test
    void v1MergeSampleAnswersCorruptionYesWithoutSelfCleaning() throws Exception {
        DocumentResult result = check(SERVICE.resolve("response_merging_response_to_merge.xml"));
        assertThat(result.verdict(Severity.ERROR)).isEqualTo(Verdict.NON_COMPLIANT);
        assertThat(keys(result, "2.76")).containsExactlyInAnyOrder("conviction:error", "conviction-self-cleaning:warning", "missing-ground:error");
        assertThat(message(result, "conviction")).isEqualTo("The operator reports a conviction for 'Corruption' (2016-04-26) without "
                + "self-cleaning measures: mandatory exclusion (article 2.76).");
        assertThat(message(result, "conviction-self-cleaning")).contains("'Participation in a criminal organisation'",
                "'Participation in a criminal organisation self cleaning description'");
        assertThat(message(result, "missing-ground")).endsWith(": fraud; terrorist offences; money laundering or terrorist financing; "
                + "child labour and trafficking in human beings.");
    }

    @Test
    void v1MergeRequestIsATenderNotAResponse() throws Exception {
        Path request = SERVICE.resolve("response_merging_request_to_merge.xml");
        DocumentResult alone = check(request);
        assertThat(alone.readable()).isFalse();
        assertThat(alone.error().en()).isEqualTo("wrong kind of document (espd-request): pack adv checks espd-response");
        DocumentResult paired = check(SERVICE.resolve("response_merging_response_to_merge.xml"), request);
        assertThat(keys(paired, "2.75")).containsExactly("missing-criterion:error");
        assertThat(message(paired, "missing-criterion")).isEqualTo("The ESPD lacks 2 criterion/criteria the ESPD request selected "
                + "(article 2.75): Payment of taxes (tax-pay); Enrolment in a relevant professional register (prof-regist).");
    }

    @Test
    void v1ProfessionalMisconductIsLeftToTheAuthority() {
        DocumentResult result = check(SERVICE.resolve("response_exclusion_guilty_of_grave_professional_misconduct_import.xml"));
        assertThat(keys(result, "2.77")).containsExactly("ground-applies:warning");
        assertThat(message(result, "ground-applies")).contains("'Guilty of grave professional misconduct'", "(with self-cleaning)");
        assertThat(keys(result, "2.76")).containsExactly("missing-ground:error");
    }

    @Test
    void phpEspdRequestsAreTendersAndTheirOwnUuidsAreNotTheEuOnes() throws Exception {
        for (String name : List.of("valid-request-minimal.xml", "invalid-request-empty.xml", "invalid-request-missing-criteria.xml")) {
            DocumentResult alone = check(PHP.resolve(name));
            assertThat(alone.error().en()).as(name).isEqualTo("wrong kind of document (espd-request): pack adv checks espd-response");
        }
        // A request without criteria selects nothing, so the request rules have nothing to report.
        DocumentResult empty = check(V4.resolve("ESPD-Response.xml"), PHP.resolve("invalid-request-empty.xml"));
        assertThat(keys(empty, "2.75")).isEmpty();
        assertThat(keys(check(V4.resolve("ESPD-Response.xml"), PHP.resolve("invalid-request-missing-criteria.xml")), "2.75")).isEmpty();
        // The "valid" fixture gives fraud, terrorist offences, social security and the professional register
        // UUIDs that are not those of the EU taxonomy; keyed on UUIDs, the 4.1.0 sample does not answer them.
        DocumentResult minimal = check(V4.resolve("ESPD-Response.xml"), PHP.resolve("valid-request-minimal.xml"));
        assertThat(keys(minimal, "2.75")).containsExactly("missing-criterion:error");
        assertThat(message(minimal, "missing-criterion")).isEqualTo("The ESPD lacks 4 criterion/criteria the ESPD request selected "
                + "(article 2.75): Fraud (fraud); Terrorist offences (terr-offence); Payment of social security contributions (socsec-pay); "
                + "Enrolment in a relevant professional register (prof-regist).");
    }

    @Test
    void derived410ResponseWithoutSelfCleaningFails() {
        DocumentResult result = check(derived);
        assertThat(outcome(result, "2.76")).isEqualTo(Outcome.FAILED);
        assertThat(keys(result, "2.76").stream().filter(k -> k.endsWith(":error")).toList()).containsExactly("conviction:error");
        assertThat(message(result, "conviction")).isEqualTo("The operator reports a conviction for 'Corruption' (2025-06-01) without "
                + "self-cleaning measures: mandatory exclusion (article 2.76).");
        // The other five grounds keep the sample's 2000-01-01 convictions: outside the look-back period, a warning each.
        assertThat(keys(result, "2.76").stream().filter(k -> k.equals("conviction-outside-period:warning"))).hasSize(5);
    }
}
