package nl.abro.checker.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Tender documents come from anyone who can send a file: whatever the bytes, the document loader
 * (PDFBox, the DOCX/ODT package reader, Tika) and the rules must end in a result or a one-line
 * reason. One target per format, so each starts from seeds of its own kind (real documents made by
 * the test generator); the name decides which reader the bytes meet first. Crashes found become
 * files under src/test/resources/nl/abro/checker/fuzz/TenderDocumentFuzzTestInputs/ and replay in every build.
 */
class TenderDocumentFuzzTest {
    private static final FuzzedCheck CHECK = FuzzedCheck.againstDefaultPacks();

    @FuzzTest(maxDuration = "10m")
    void pdf(byte[] data) {
        CHECK.check("fuzz.pdf", data);
    }

    @FuzzTest(maxDuration = "10m")
    void docx(byte[] data) {
        CHECK.check("fuzz.docx", data);
    }

    @FuzzTest(maxDuration = "10m")
    void odt(byte[] data) {
        CHECK.check("fuzz.odt", data);
    }
}
