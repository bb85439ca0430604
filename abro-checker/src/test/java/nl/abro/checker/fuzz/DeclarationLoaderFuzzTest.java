package nl.abro.checker.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Anything a supplier can send must end as a result or a one-line reason: the declaration loader
 * and the rules may throw nothing else. Crashes found become files in
 * src/test/resources/nl/abro/checker/fuzz/DeclarationLoaderFuzzTestInputs/ and replay in every build.
 */
class DeclarationLoaderFuzzTest {
    private static final FuzzedCheck CHECK = FuzzedCheck.against("abro-2026");

    @FuzzTest(maxDuration = "10m")
    void declaration(byte[] data) {
        CHECK.check("fuzz.xml", data);
    }
}
