package nl.abro.checker.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import nl.abro.checker.api.CheckSession;
import nl.abro.checker.check.CheckOptions;
import nl.abro.checker.check.Checker;
import nl.abro.checker.check.DocumentLoader;
import nl.abro.checker.check.DocumentResult;
import nl.abro.checker.check.Finding;
import nl.abro.checker.check.Input;
import nl.abro.checker.check.Outcome;
import nl.abro.checker.document.TenderDocument.Block;
import nl.abro.checker.document.TenderDocument.Page;
import nl.abro.checker.document.TenderDocument.Paragraph;
import nl.abro.checker.document.TenderDocument.RequirementTable;
import nl.abro.checker.document.TenderDocument.Row;
import nl.abro.checker.document.TenderDocuments.Format;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.checker.xml.Schemas;
import nl.abro.model.Severity;
import nl.abro.model.TbbLevel;
import nl.abro.model.io.PackRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The tender checks end to end on real documents: generated PDF, DOCX and ODT files go through the
 * loader and the tender-2026 pack the way `abro check annex.pdf` takes them (no pack, no level
 * given), and every check fails where, and on the page where, its defect was put.
 */
class TenderChecksTest {
    private static final LocalDate DATE = LocalDate.of(2026, 11, 22);
    private static Checker checker;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        var processor = HardenedSaxon.newProcessor();
        var registry = new PackRegistry(TenderChecksTest.class.getClassLoader());
        checker = new Checker(CheckSession.defaultPacks(registry, processor), new DocumentLoader(processor, Schemas.bundled()), "test");
    }

    /** A clean annex whose properties name an organisation, not a person. */
    private static TenderDocument.Builder clean(int level) {
        return TenderDocument.clean(level).toBuilder().author("Ministerie van Justitie en Veiligheid").lastEditor("Directie Inkoop");
    }

    private DocumentResult check(String name, byte[] bytes, CheckOptions options) throws IOException {
        Path file = Files.write(dir.resolve(name), bytes);
        return checker.checkFile(Input.of(file), options);
    }

    private DocumentResult check(Format format, TenderDocument document) throws IOException {
        return check("annex." + format.name().toLowerCase(java.util.Locale.ROOT), TenderDocuments.write(format, document),
                CheckOptions.defaults(DATE));
    }

    private static List<String> failed(DocumentResult result) {
        return result.requirements().stream().filter(r -> r.outcome() == Outcome.FAILED).map(r -> r.requirement()).toList();
    }

    private static Finding finding(DocumentResult result, String requirement) {
        return result.findings().stream().filter(f -> f.requirement().equals(requirement) && f.severity() == Severity.ERROR)
                .findFirst().orElseThrow(() -> new AssertionError("no error finding for " + requirement + " in " + result.findings()));
    }

    /** The annex without the paragraphs {@code drop} selects. */
    private static TenderDocument without(TenderDocument document, Predicate<String> drop) {
        List<Page> pages = document.pages().stream()
                .map(p -> new Page(p.blocks().stream().filter(b -> !(b instanceof Paragraph paragraph && drop.test(paragraph.text()))).toList()))
                .toList();
        return document.toBuilder().pages(pages).build();
    }

    @Test
    void theCleanAnnexesPassAtTheLevelTheyStateWithoutPackOrLevelGiven() throws IOException {
        for (var clean : List.of(
                new Object[] {Format.PDF, 3}, new Object[] {Format.DOCX, 4}, new Object[] {Format.ODT, 1},
                new Object[] {Format.PDF, 1}, new Object[] {Format.DOCX, 2}, new Object[] {Format.ODT, 3})) {
            Format format = (Format) clean[0];
            int level = (Integer) clean[1];
            DocumentResult result = check(format, clean(level).build());
            assertThat(result.readable()).as("%s TBB %d", format, level).isTrue();
            assertThat(result.pack().id()).isEqualTo("tender-2026");
            assertThat(result.level()).isEqualTo(TbbLevel.of(level).orElseThrow());
            assertThat(result.findings()).as("%s TBB %d", format, level).isEmpty();
            assertThat(result.verdict(Severity.INFO)).isEqualTo(DocumentResult.Verdict.COMPLIANT);
        }
    }

    @Test
    void theLevelIsTheFirstStatementNotARangeBeforeIt() throws IOException {
        for (Format format : List.of(Format.PDF, Format.DOCX)) {
            TenderDocument document = clean(2).build();
            List<Page> pages = new java.util.ArrayList<>(document.pages());
            List<TenderDocument.Block> first = new java.util.ArrayList<>(pages.get(0).blocks());
            first.add(0, new Paragraph("De eisen gelden op TBB 1 tot en met 4; dit stuk noemt ook TBB-niveaus 1-3."));
            pages.set(0, new Page(first));

            DocumentResult result = check(format, document.toBuilder().pages(pages).build());

            assertThat(result.level()).as(format.name()).isEqualTo(TbbLevel.TBB_2);
            assertThat(failed(result)).as(format.name()).isEmpty();
        }
    }

    @Test
    void markingDefectsOnAPdfAreFoundOnTheirPage() throws IOException {
        DocumentResult missing = check(Format.PDF, clean(3).noMarkingOnPage(2).build());
        assertThat(failed(missing)).containsExactly("1.1");
        assertThat(finding(missing, "1.1").location().page()).isEqualTo(2);

        DocumentResult different = check(Format.PDF, clean(3).markingOnPage(3, "Stg. GEHEIM").build());
        assertThat(failed(different)).contains("1.2");
        assertThat(finding(different, "1.2").location().page()).isEqualTo(3);

        DocumentResult tooHigh = check(Format.PDF, clean(4).marking("Stg. CONFIDENTIEEL").copyNumber("Exemplaar 1 van 3").build());
        assertThat(failed(tooHigh)).containsExactly("1.3");

        DocumentResult numbering = check(Format.PDF, clean(3).pageNumberOnPage(2, "Pagina 5 van 9").build());
        assertThat(failed(numbering)).containsExactly("1.4");
        assertThat(finding(numbering, "1.4").location().page()).isEqualTo(2);
        assertThat(finding(numbering, "1.4").message().en()).contains("5 van 9");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void copyNumberAndDurationAreRequired(Format format) throws IOException {
        assertThat(failed(check(format, clean(3).copyNumber(null).build()))).containsExactly("1.5");
        assertThat(failed(check(format, clean(4).copyNumber(null).build()))).isEmpty();
        assertThat(failed(check(format, clean(2).duration(null).build()))).containsExactly("1.6");
    }

    @Test
    void aDocxOrOdtWhoseFirstPageHasNoMarkingFails() throws IOException {
        for (Format format : List.of(Format.DOCX, Format.ODT)) {
            assertThat(failed(check(format, clean(3).firstPageWithoutMarking(true).build()))).as("%s", format).contains("1.1");
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void theSecurityAnnexMustStateWhatMakesItOne(Format format) throws IOException {
        TenderDocument clean = clean(3).build();
        assertThat(failed(check(format, without(clean, t -> t.contains("van toepassing") && t.contains("ABRO 2026")))))
                .as("ABRO 2026 applicable").containsExactly("2.1");
        assertThat(failed(check(format, without(clean, t -> t.contains("Bijzondere Opdracht")))))
                .as("Bijzondere Opdracht").containsExactly("2.2");
        assertThat(failed(check(format, without(clean, t -> t.contains("ABRO-verklaring")))))
                .as("condition precedent").containsExactly("2.4");
        // No level stated: checked anyway, the missing level is the finding, and level-bound checks wait.
        // (Its requirement table goes too: rows such as "1.7.4 ... (TBB 3-4)" speak of levels.)
        TenderDocument unstated = without(clean, t -> t.contains("TBB"));
        unstated = unstated.toBuilder().pages(unstated.pages().stream()
                .map(p -> new Page(p.blocks().stream().filter(b -> !(b instanceof RequirementTable)).toList())).toList()).build();
        DocumentResult noLevel = check(format, unstated);
        assertThat(noLevel.level()).isNull();
        assertThat(failed(noLevel)).contains("2.3");
        // A level given on the command line that differs from the one the document states.
        DocumentResult other = check("annex." + format.name().toLowerCase(java.util.Locale.ROOT), TenderDocuments.write(format, clean),
                new CheckOptions(TbbLevel.TBB_2, null, List.of(), DATE, 1));
        assertThat(failed(other)).contains("2.3");
        assertThat(finding(other, "2.3").message().en()).contains("3").contains("2");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void requirementTablesAreCheckedAgainstTheAbroCatalog(Format format) throws IOException {
        DocumentResult unknown = check(format, clean(3).addToPage(2, new RequirementTable(List.of(
                new Row("4.3.99", "Een eis die niet bestaat", "voldoet")))).build());
        assertThat(failed(unknown)).containsExactly("3.1");
        assertThat(finding(unknown, "3.1").message().en()).contains("4.3.99");
        DocumentResult wrongLevel = check(format, clean(4).addToPage(2, new RequirementTable(List.of(
                new Row("4.3.26", "Blokkade na drie foutieve wachtwoorden", "voldoet")))).build());
        assertThat(failed(wrongLevel)).containsExactly("3.2");
        assertThat(finding(wrongLevel, "3.2").message().en()).contains("4.3.26");
        if (format == Format.PDF) {
            assertThat(finding(unknown, "3.1").location().page()).isEqualTo(2);
            assertThat(finding(wrongLevel, "3.2").location().page()).isEqualTo(2);
        }
    }

    @Test
    void leaksAreFoundWithTheirPagesInAPdf() throws IOException {
        DocumentResult leaky = check(Format.PDF, clean(3)
                .comment("J. de Vries", "Serverruimte B2.14 nog aanpassen", 2)
                .hiddenText("Sleutelkluis in kamer 0.12", 3)
                .attachment("exemplaarregister.xlsx", TenderDocuments.XLSX, TenderDocuments.copyRegister(5))
                .javaScript("app.alert('hallo');")
                .build());
        assertThat(failed(leaky)).containsExactly("4.1", "4.3", "4.4", "4.5");
        assertThat(finding(leaky, "4.1").location().page()).isEqualTo(2);
        assertThat(finding(leaky, "4.1").message().en()).contains("J. de Vries");
        assertThat(finding(leaky, "4.3").location().page()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"DOCX", "ODT"})
    void leaksAreFoundInADocxAndAnOdt(Format format) throws IOException {
        DocumentResult leaky = check(format, clean(2)
                .comment("J. de Vries", "Serverruimte B2.14 nog aanpassen")
                .insertion("P. Bakker", "ingevoegde zin").deletion("P. Bakker", "geschrapte zin")
                .hiddenText("Sleutelkluis in kamer 0.12")
                .attachment("exemplaarregister.xlsx", TenderDocuments.XLSX, TenderDocuments.copyRegister(5))
                .build());
        assertThat(failed(leaky)).containsExactly("4.1", "4.2", "4.3", "4.4");
    }

    @Test
    void aPersonsNameAsAuthorIsAWarningThatFailsOnlyWhenAskedTo() throws IOException {
        DocumentResult named = check(Format.DOCX, clean(4).author("Jan de Vries").lastEditor("P. Bakker").build());
        assertThat(failed(named)).isEmpty();
        assertThat(named.findings()).extracting(Finding::requirement, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("4.6", Severity.WARNING), org.assertj.core.groups.Tuple.tuple("4.6", Severity.WARNING));
        assertThat(named.verdict(Severity.ERROR)).isEqualTo(DocumentResult.Verdict.COMPLIANT);
        assertThat(named.verdict(Severity.WARNING)).isEqualTo(DocumentResult.Verdict.NON_COMPLIANT);
    }
}
