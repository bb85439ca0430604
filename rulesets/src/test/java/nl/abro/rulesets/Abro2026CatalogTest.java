package nl.abro.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.abro.model.Automation;
import nl.abro.model.Domain;
import nl.abro.model.Language;
import nl.abro.model.Requirement;
import nl.abro.model.RequirementPack;
import nl.abro.model.TbbLevel;
import nl.abro.model.io.PackRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The facts of ABRO 2026 as published: counts per chapter and level, and individual applicability. */
class Abro2026CatalogTest {
    private static RequirementPack pack;

    @BeforeAll
    static void load() throws Exception {
        pack = new PackRegistry(Abro2026CatalogTest.class.getClassLoader()).resolve("abro-2026");
    }

    @Test
    void has445RequirementsInFiveChapters() {
        assertThat(pack.catalog().size()).isEqualTo(445);
        Map<String, Long> perChapter = pack.catalog().requirements().stream()
                .collect(Collectors.groupingBy(Requirement::chapter, Collectors.counting()));
        assertThat(perChapter).containsExactlyInAnyOrderEntriesOf(Map.of("1", 63L, "2", 28L, "3", 117L, "4", 217L, "5", 20L));
        assertThat(pack.catalog().chapters()).extracting(c -> c.domain())
                .containsExactly(Domain.GOVERNANCE, Domain.PERSONNEL, Domain.PHYSICAL, Domain.CYBER, Domain.CLOUD);
    }

    @Test
    void applicabilityPerLevelMatchesTheOfficialText() {
        assertThat(pack.catalog().applicableAt(TbbLevel.TBB_1)).hasSize(375);
        assertThat(pack.catalog().applicableAt(TbbLevel.TBB_2)).hasSize(373);
        assertThat(pack.catalog().applicableAt(TbbLevel.TBB_3)).hasSize(372);
        assertThat(pack.catalog().applicableAt(TbbLevel.TBB_4)).hasSize(328);
        // Physical security is much lighter at TBB 4; cloud is almost only TBB 4.
        assertThat(pack.catalog().requirements(r -> r.chapter().equals("3") && r.appliesAt(TbbLevel.TBB_4))).hasSize(38);
        assertThat(pack.catalog().requirements(r -> r.chapter().equals("5") && r.appliesAt(TbbLevel.TBB_4))).hasSize(19);
    }

    @Test
    void spotChecksOfIndividualRequirements() {
        assertThat(levels("5.1.1")).containsExactlyInAnyOrder(TbbLevel.TBB_1, TbbLevel.TBB_2, TbbLevel.TBB_3);
        assertThat(levels("5.1.4")).containsExactly(TbbLevel.TBB_4);
        assertThat(levels("4.3.25")).containsExactly(TbbLevel.TBB_4);
        assertThat(levels("4.3.26")).containsExactlyInAnyOrder(TbbLevel.TBB_1, TbbLevel.TBB_2, TbbLevel.TBB_3);
        assertThat(levels("4.3.23")).containsExactly(TbbLevel.TBB_1);
        assertThat(levels("1.7.5")).containsExactlyInAnyOrder(TbbLevel.TBB_1, TbbLevel.TBB_2);
        assertThat(levels("1.1.1")).containsExactlyInAnyOrderElementsOf(TbbLevel.all());
        assertThat(levels("2.1.1")).containsExactly(TbbLevel.TBB_4);
        assertThat(levels("3.1.3")).containsExactly(TbbLevel.TBB_3);
        assertThat(pack.catalog().requirement("4.3.26").orElseThrow().section()).isEqualTo("4.3");
        assertThat(pack.catalog().requirement("6.1.1")).isEmpty();
    }

    @Test
    void everyRequirementHasOwnDutchAndEnglishTitleAndSummary() {
        for (Requirement r : pack.catalog().requirements()) {
            for (Language language : Language.values()) {
                assertThat(r.title().in(language)).as("%s title %s", r.number(), language).isNotBlank().hasSizeLessThanOrEqualTo(90);
                assertThat(r.summary().in(language)).as("%s summary %s", r.number(), language).isNotBlank().hasSizeGreaterThan(30);
            }
            assertThat(r.title().nl()).as("%s: Dutch and English titles differ", r.number()).isNotEqualTo(r.title().en());
            assertThat(r.evidence()).as("%s evidence", r.number()).isNotEmpty();
        }
    }

    @Test
    void titlesIdentifyRequirementsUniquely() {
        for (Function<Requirement, String> title : List.<Function<Requirement, String>>of(r -> r.title().nl(), r -> r.title().en())) {
            Set<String> seen = new HashSet<>();
            List<String> repeated = pack.catalog().requirements().stream().map(title).filter(t -> !seen.add(t)).toList();
            assertThat(repeated).isEmpty();
        }
    }

    @Test
    void levelDependentParametersAreDataInThePack() {
        assertThat(value("lockoutThresholdUser", TbbLevel.TBB_3)).isEqualTo("3");
        assertThat(value("lockoutThresholdUser", TbbLevel.TBB_4)).isEqualTo("5");
        assertThat(value("screenLockMinutes", TbbLevel.TBB_2)).isEqualTo("5");
        assertThat(value("screenLockMinutes", TbbLevel.TBB_3)).isEqualTo("10");
        assertThat(value("logRetentionMonths", TbbLevel.TBB_1)).isEqualTo("12");
        assertThat(value("logRetentionMonths", TbbLevel.TBB_4)).isEqualTo("6");
        assertThat(value("accessRecordRetentionMonths", TbbLevel.TBB_2)).isEqualTo("6");
        assertThat(value("accessRecordRetentionMonths", TbbLevel.TBB_3)).isEqualTo("3");
        assertThat(value("cctvRetentionDays", TbbLevel.TBB_1)).isEqualTo("28");
        assertThat(pack.parameter("cctvRetentionDays").orElseThrow().valueAt(TbbLevel.TBB_4)).isEmpty();
        assertThat(value("publicCloudAllowed", TbbLevel.TBB_3)).isEqualTo("false");
        assertThat(value("maxConcurrentSessions", TbbLevel.TBB_4)).isEqualTo("3");
        assertThat(value("userRightsReviewMonths", TbbLevel.TBB_1)).isEqualTo("1");
        assertThat(value("userRightsReviewMonths", TbbLevel.TBB_4)).isEqualTo("6");
        // Each parameter names the requirements it serves, and those apply where the parameter has a value.
        pack.parameters().forEach(p -> p.values().keySet().forEach(level ->
                assertThat(p.requirements().stream().map(n -> pack.catalog().requirement(n).orElseThrow())
                        .anyMatch(r -> r.appliesAt(level)))
                        .as("%s at %s", p.name(), level).isTrue()));
    }

    @Test
    void manifestDescribesThePack() {
        assertThat(pack.coordinates().toString()).isEqualTo("abro-2026:2026.1");
        assertThat(pack.manifest().validFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(pack.manifest().isValidOn(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(pack.manifest().isValidOn(LocalDate.of(2026, 11, 22))).isTrue();
        assertThat(pack.manifest().deprecated()).isFalse();
        assertThat(pack.sha256()).matches("[0-9a-f]{64}");
        assertThat(pack.files()).startsWith("pack.xml").contains("catalog/5-cloud.xml", "rules/0-statements.xml").hasSize(13);
    }

    @Test
    void someButNotAllRequirementsAreDecidedByRules() {
        long rules = pack.catalog().requirements(r -> r.automation() == Automation.RULE).size();
        assertThat(rules).isBetween(80L, 445L - 150L);
    }

    private static Set<TbbLevel> levels(String number) {
        return pack.catalog().requirement(number).orElseThrow().levels();
    }

    private static String value(String parameter, TbbLevel level) {
        return pack.parameter(parameter).orElseThrow().valueAt(level).orElseThrow();
    }
}
