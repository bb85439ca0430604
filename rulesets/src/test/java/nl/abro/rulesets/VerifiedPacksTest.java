package nl.abro.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.abro.model.RequirementPack;
import nl.abro.model.RuleDefinition;
import nl.abro.model.io.ClasspathPackSource;
import nl.abro.model.io.DirectoryPackSource;
import nl.abro.model.io.PackLoader;
import nl.abro.model.io.PackRegistry;
import org.junit.jupiter.api.Test;

/**
 * The build verified every bundled pack (PackVerification), so a check reads its files without
 * validating them again: read that way, each pack is the same as its source directory validated.
 */
class VerifiedPacksTest {
    private static final ClassLoader CLASSES = VerifiedPacksTest.class.getClassLoader();

    @Test
    void everyBundledPackIsVerifiedAndReadsAsItsValidatedSource() throws Exception {
        PackRegistry registry = new PackRegistry(CLASSES);
        assertThat(registry.availableIds()).containsExactly("abro-2026", "adv", "tender-2026");
        for (String id : registry.availableIds()) {
            RequirementPack bundled = registry.resolve(id);
            assertThat(new ClasspathPackSource(CLASSES, id).verifiedDigests().keySet()).as(id)
                    .containsExactlyElementsOf(bundled.files());
            RequirementPack source = new PackLoader().load(new DirectoryPackSource(Path.of(id)));
            assertThat(bundled.sha256()).as(id).isEqualTo(source.sha256());
            assertThat(bundled.manifest()).as(id).isEqualTo(source.manifest());
            assertThat(bundled.catalog().chapters()).as(id).isEqualTo(source.catalog().chapters());
            assertThat(bundled.parameters()).as(id).isEqualTo(source.parameters());
            assertThat(withinPack(bundled.rules(), id)).as(id).isEqualTo(withinPack(source.rules(), id));
        }
    }

    /** The rules as text, with the file names of their origins cut to the path inside the pack. */
    private static List<String> withinPack(List<RuleDefinition> rules, String id) {
        return rules.stream().map(r -> {
            String file = r.origin().file();
            return r.toString().replace(file, file.substring(file.lastIndexOf(id + "/") + id.length() + 1));
        }).toList();
    }
}
