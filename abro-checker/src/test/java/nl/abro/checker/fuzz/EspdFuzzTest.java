package nl.abro.checker.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * ESPD responses arrive with every bid: the ESPD reader (both generations, through their facts
 * stylesheets) and the ADV rules must end in a result or a one-line reason, whatever the bytes.
 * Crashes found become files under src/test/resources/nl/abro/checker/fuzz/EspdFuzzTestInputs/.
 */
class EspdFuzzTest {
    private static final FuzzedCheck CHECK = FuzzedCheck.against("adv");

    @FuzzTest(maxDuration = "10m")
    void espd(byte[] data) {
        CHECK.check("fuzz.xml", data);
    }
}
