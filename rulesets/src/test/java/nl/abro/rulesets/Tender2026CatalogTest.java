package nl.abro.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.abro.model.DocumentKind;
import nl.abro.model.Domain;
import nl.abro.model.EvidenceKind;
import nl.abro.model.Language;
import nl.abro.model.Requirement;
import nl.abro.model.RequirementPack;
import nl.abro.model.RuleDefinition;
import nl.abro.model.TbbLevel;
import nl.abro.model.io.PackRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checks on tender documents: numbered by chapter, all at every level, all decided by rules on the document view. */
class Tender2026CatalogTest {
    private static RequirementPack pack;

    @BeforeAll
    static void load() throws Exception {
        pack = new PackRegistry(Tender2026CatalogTest.class.getClassLoader()).resolve("tender-2026");
    }

    @Test
    void holdsTheChecksByChapter() {
        Map<String, List<String>> perChapter = pack.catalog().requirements().stream().collect(
                Collectors.groupingBy(Requirement::chapter, Collectors.mapping(Requirement::number, Collectors.toList())));
        assertThat(perChapter).containsOnlyKeys("1", "2", "3", "4");
        assertThat(perChapter.get("1")).containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "1.6");
        assertThat(perChapter.get("2")).containsExactly("2.1", "2.2", "2.3", "2.4");
        assertThat(perChapter.get("3")).containsExactly("3.1", "3.2");
        assertThat(perChapter.get("4")).containsExactly("4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7");
        assertThat(pack.catalog().chapters()).extracting(c -> c.domain())
                .containsExactly(Domain.INFORMATION, Domain.PROCUREMENT, Domain.PROCUREMENT, Domain.INFORMATION);
    }

    @Test
    void everyCheckAppliesAtEveryLevelAndIsDecidedByARule() {
        assertThat(pack.catalog().requirements()).allSatisfy(r -> {
            assertThat(r.number()).matches("[0-9]+(\\.[0-9]+)*");
            assertThat(r.levels()).containsExactlyInAnyOrderElementsOf(TbbLevel.all());
            assertThat(r.decidedByRule()).as("%s automation", r.number()).isTrue();
            assertThat(r.evidence()).containsExactly(EvidenceKind.DOCUMENT);
            assertThat(pack.rulesFor(r.number())).as("rules for %s", r.number()).isNotEmpty();
            for (Language language : Language.values()) {
                assertThat(r.title().in(language)).as("%s title %s", r.number(), language).isNotBlank().hasSizeLessThanOrEqualTo(90);
                assertThat(r.summary().in(language)).as("%s summary %s", r.number(), language).hasSizeGreaterThan(30);
            }
            assertThat(r.title().nl()).as("%s: Dutch and English titles differ", r.number()).isNotEqualTo(r.title().en());
        });
    }

    @Test
    void markingChecksReferToVirBiAndTheAnnexToAbro() {
        for (String number : List.of("1.1", "1.2", "1.4", "1.5", "1.6")) {
            assertThat(pack.catalog().requirement(number).orElseThrow().references())
                    .as(number).anyMatch(r -> r.source().equals("VIR-BI") && r.ref().contains("J-M"));
        }
        for (String number : List.of("2.1", "2.2", "2.3", "2.4", "3.1", "3.2")) {
            assertThat(pack.catalog().requirement(number).orElseThrow().references()).as(number).isNotEmpty();
        }
    }

    @Test
    void rulesAreForTenderDocumentsAndWarnWhereAsked() {
        assertThat(pack.rules()).allSatisfy(r -> assertThat(r.document()).isEqualTo(DocumentKind.TENDER));
        assertThat(rule("LEAK-PERSONAL-NAME").severity().name()).isEqualTo("WARNING");
        assertThat(rule("LEAK-FORM-FIELD").severity().name()).isEqualTo("WARNING");
        assertThat(rule("LEAK-COMMENT").severity().name()).isEqualTo("ERROR");
        assertThat(rule("TABLE-ABDO-ONLY").severity().name()).isEqualTo("INFO");
    }

    @Test
    void levelDependentValuesAreParameters() {
        assertThat(pack.parameter("marking").orElseThrow().valueAt(TbbLevel.TBB_1)).contains("Stg. ZEER GEHEIM");
        assertThat(pack.parameter("marking").orElseThrow().valueAt(TbbLevel.TBB_4)).contains("Departementaal VERTROUWELIJK");
        assertThat(pack.parameter("copyNumberRequired").orElseThrow().valueAt(TbbLevel.TBB_3)).contains("true");
        assertThat(pack.parameter("copyNumberRequired").orElseThrow().valueAt(TbbLevel.TBB_4)).contains("false");
    }

    @Test
    void manifestUsesTheAbroCatalogAndSaysHowADocumentStatesItsLevel() {
        assertThat(pack.coordinates().toString()).isEqualTo("tender-2026:2026.1");
        assertThat(pack.manifest().isValidOn(LocalDate.of(2026, 11, 22))).isTrue();
        assertThat(pack.manifest().usesCatalogs()).extracting(id -> id.id()).containsExactly("abro-2026");
        var stated = pack.manifest().statedLevels().get(DocumentKind.TENDER);
        assertThat(stated).isNotNull();
        assertThat(stated.namespaces()).containsEntry("d", "urn:nl:abro:document:1");
        assertThat(pack.files()).containsExactly("pack.xml", "catalog/tender.xml", "rules/1-marking.xml", "rules/2-annex.xml", "rules/3-tables.xml", "rules/4-leaks.xml");
    }

    @Test
    void registryListsTheTenderPack() {
        assertThat(new PackRegistry(getClass().getClassLoader()).availableIds()).contains("tender-2026");
    }

    private static RuleDefinition rule(String id) {
        return pack.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
