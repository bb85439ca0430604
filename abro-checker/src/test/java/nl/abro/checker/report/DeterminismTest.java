package nl.abro.checker.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.abro.checker.check.CheckResult;
import nl.abro.model.Language;
import org.junit.jupiter.api.Test;

/** Same inputs, same bytes: across runs and across --jobs 1 and --jobs 2, for every report format. */
class DeterminismTest {
    @Test
    void everyFormatIsByteIdenticalAcrossRunsAndThreadCounts() throws Exception {
        CheckResult first = ReportFixture.check(1);
        CheckResult second = ReportFixture.check(1);
        CheckResult parallel = ReportFixture.check(2);
        for (Report report : Reports.all(ReportFixture.failOn())) {
            for (Language language : Language.values()) {
                Map<String, String> a = ReportFixture.render(report, first, language);
                assertThat(a).as(report.format()).isNotEmpty();
                assertThat(ReportFixture.render(report, second, language)).as(report.format() + " second run").isEqualTo(a);
                assertThat(ReportFixture.render(report, parallel, language)).as(report.format() + " with 2 jobs").isEqualTo(a);
            }
        }
    }
}
