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
 * ESPD responses arrive with every bid: the ESPD reader (both generations, through their facts
 * stylesheets) and the ADV rules must end in a result or a one-line reason, whatever the bytes.
 * Crashes found become files under src/test/resources/nl/abro/checker/fuzz/EspdFuzzTestInputs/.
 */
class EspdFuzzTest {
    private static final Checker CHECKER;
    private static final DocumentLoader LOADER;

    static {
        try {
            var processor = HardenedSaxon.newProcessor();
            var pack = new PackRegistry(EspdFuzzTest.class.getClassLoader()).resolve("adv");
            LOADER = new DocumentLoader(processor, Schemas.bundled());
            CHECKER = new Checker(CompiledPack.compile(pack, processor), LOADER, "fuzz");
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void espd(byte[] data) {
        LoadedDocument document;
        try {
            document = LOADER.load("fuzz.xml", new DocumentLoader.Read(data, "0".repeat(64)));
        } catch (UnreadableDocumentException expected) {
            return;
        }
        CHECKER.check(document, new CheckOptions(null, null, List.of(), LocalDate.of(2026, 11, 22), 1));
    }
}
