package nl.abro.checker.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.List;
import nl.abro.checker.api.CheckSession;
import nl.abro.checker.check.CheckOptions;
import nl.abro.checker.check.Checker;
import nl.abro.checker.check.DocumentLoader;
import nl.abro.checker.check.LoadedDocument;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.checker.xml.Schemas;
import nl.abro.checker.xml.UnreadableDocumentException;
import nl.abro.model.io.PackRegistry;

/**
 * Tender documents come from anyone who can send a file: whatever the bytes, the document loader
 * (PDFBox, the DOCX/ODT package reader, Tika) and the rules must end in a result or a one-line
 * reason. One target per format, so each starts from seeds of its own kind (real documents made by
 * the test generator); the name decides which reader the bytes meet first. Crashes found become
 * files under src/test/resources/nl/abro/checker/fuzz/TenderDocumentFuzzTestInputs/ and replay in every build.
 */
class TenderDocumentFuzzTest {
    private static final Checker CHECKER;
    private static final DocumentLoader LOADER;

    static {
        try {
            var processor = HardenedSaxon.newProcessor();
            var registry = new PackRegistry(TenderDocumentFuzzTest.class.getClassLoader());
            LOADER = new DocumentLoader(processor, Schemas.bundled());
            CHECKER = new Checker(CheckSession.defaultPacks(registry, processor), LOADER, "fuzz");
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void pdf(byte[] data) {
        check("fuzz.pdf", data);
    }

    @FuzzTest(maxDuration = "10m")
    void docx(byte[] data) {
        check("fuzz.docx", data);
    }

    @FuzzTest(maxDuration = "10m")
    void odt(byte[] data) {
        check("fuzz.odt", data);
    }

    private static void check(String name, byte[] data) {
        LoadedDocument document;
        try {
            document = LOADER.load(name, new DocumentLoader.Read(data, "0".repeat(64)));
        } catch (UnreadableDocumentException expected) {
            return;
        }
        CHECKER.check(document, new CheckOptions(null, null, List.of(), LocalDate.of(2026, 11, 22), 1));
    }
}
