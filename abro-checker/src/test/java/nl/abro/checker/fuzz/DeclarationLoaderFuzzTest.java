package nl.abro.checker.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.List;
import nl.abro.checker.check.CheckOptions;
import nl.abro.checker.check.Checker;
import nl.abro.checker.check.CompiledPack;
import nl.abro.checker.check.DocumentLoader;
import nl.abro.checker.check.LoadedDocument;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.checker.xml.Schemas;
import nl.abro.checker.xml.UnreadableDocumentException;
import nl.abro.model.io.PackRegistry;

/**
 * Anything a supplier can send must end as a result or a one-line reason: the declaration loader
 * and the rules may throw nothing else. Crashes found become files in
 * src/test/resources/nl/abro/checker/fuzz/DeclarationLoaderFuzzTestInputs/ and replay in every build.
 */
class DeclarationLoaderFuzzTest {
    private static final Checker CHECKER;
    private static final DocumentLoader LOADER;

    static {
        try {
            var processor = HardenedSaxon.newProcessor();
            var pack = new PackRegistry(DeclarationLoaderFuzzTest.class.getClassLoader()).resolve("abro-2026");
            LOADER = new DocumentLoader(processor, Schemas.bundled());
            CHECKER = new Checker(CompiledPack.compile(pack, processor), LOADER, "fuzz");
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void declaration(byte[] data) {
        LoadedDocument document;
        try {
            document = LOADER.load("fuzz.xml", new DocumentLoader.Read(data, "0".repeat(64)));
        } catch (UnreadableDocumentException expected) {
            return;
        }
        CHECKER.check(document, new CheckOptions(null, null, List.of(), LocalDate.of(2026, 11, 22), 1));
    }
}
