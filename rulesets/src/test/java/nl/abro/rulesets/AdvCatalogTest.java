package nl.abro.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import nl.abro.model.Domain;
import nl.abro.model.RequirementPack;
import nl.abro.model.TbbLevel;
import nl.abro.model.io.PackRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AdvCatalogTest {
    private static RequirementPack pack;

    @BeforeAll
    static void load() throws Exception {
        pack = new PackRegistry(AdvCatalogTest.class.getClassLoader()).resolve("adv");
    }

    @Test
    void holdsTheArticlesACheckerUses() {
        for (String article : new String[] {"1.7", "2.62", "2.63", "2.64", "2.68", "2.69", "2.74", "2.76", "2.77", "2.79", "2.87", "2.118"}) {
            assertThat(pack.catalog().requirement(article)).as(article).isPresent();
        }
        assertThat(pack.catalog().requirements()).allSatisfy(r -> {
            assertThat(r.domain()).isEqualTo(Domain.PROCUREMENT);
            assertThat(r.levels()).containsExactlyInAnyOrderElementsOf(TbbLevel.all());
        });
    }

    @Test
    void procurementLimitsAreParameters() {
        assertThat(pack.parameter("maxSubcontractingPercent").orElseThrow().valueAt(TbbLevel.TBB_2)).contains("30");
        assertThat(pack.parameter("exclusionLookbackYears").orElseThrow().valueAt(TbbLevel.TBB_1)).contains("4");
        assertThat(pack.parameter("standstillDays").orElseThrow().valueAt(TbbLevel.TBB_4)).contains("15");
    }

    @Test
    void registryListsTheBundledPacks() {
        assertThat(new PackRegistry(getClass().getClassLoader()).availableIds()).containsExactly("abro-2026", "adv", "tender-2026");
    }
}
