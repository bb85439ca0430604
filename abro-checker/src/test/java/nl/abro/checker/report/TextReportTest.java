package nl.abro.checker.report;

import static org.assertj.core.api.Assertions.assertThat;

import nl.abro.checker.check.CheckResult;
import nl.abro.model.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The text report of a single-pack run: as before several packs were possible. */
class TextReportTest {
    private static CheckResult result;
    private static String en;

    @BeforeAll
    static void check() throws Exception {
        result = ReportFixture.check(1);
        en = ReportFixture.render(new TextReport(ReportFixture.failOn()), result, Language.EN).get(TextReport.FILE);
    }

    @Test
    void documentLinesNameTheLevelButNotTheOnePack() {
        assertThat(en).contains("../examples/tbb4-cloud-data-outside-nl.xml  NON-COMPLIANT  (TBB 4, 328 requirements: ")
                .contains("error    CLD-DATA-LOCATION  177:")
                .doesNotContain("(abro-2026:2026.1, ");
    }

    @Test
    void footerNamesThePackOnOneLine() throws Exception {
        assertThat(en).contains("Checked by abro test-1.0 against abro-2026:2026.1 (SHA-256 " + ReportFixture.pack().sha256() + ")\n")
                .contains("4 document(s): 2 compliant, 1 non-compliant, 1 error. Pack abro-2026:2026.1, check date 2026-11-22.");
        String nl = ReportFixture.render(new TextReport(ReportFixture.failOn()), result, Language.NL).get(TextReport.FILE);
        assertThat(nl).contains("Gecontroleerd door abro test-1.0 tegen abro-2026:2026.1 (SHA-256 ")
                .contains("Pakket abro-2026:2026.1, controledatum 2026-11-22.");
    }
}
