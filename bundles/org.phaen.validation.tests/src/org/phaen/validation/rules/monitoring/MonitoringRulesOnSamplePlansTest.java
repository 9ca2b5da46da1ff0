package org.phaen.validation.rules.monitoring;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.phaen.model.ScheduledReport;
import org.phaen.validation.Finding;
import org.phaen.validation.Rule;
import org.phaen.validation.SamplePlans;
import org.phaen.validation.Severity;

/**
 * The monitoring rules on the sample plans in models/, loaded together, raise no errors. The only findings are
 * the two true PH-MON-001 warnings: the samples hold no evaluation instruments yet (they are generated later),
 * so the indicators of the two projects still in progress, PLK62-06 and PLK62-11, are not covered.
 */
class MonitoringRulesOnSamplePlansTest {

    @Test
    void theSamplePlansHaveOnlyTheExpectedInstrumentWarnings() throws Exception {
        List<Rule> rules = List.of(new ActiveProjectIndicatorsHaveInstruments(), new ActionPlanHasReportingSchedule(),
                new ScheduledReportHasDueDateAndRecipients(), new ScheduledReportDueAfterPeriodEnds(), new StrategicIssueDriven(),
                new ActionPlanMonitored(), new NumericItemMeasuresIndicator());
        SamplePlans samples = SamplePlans.load();
        assertTrue(samples.all(ScheduledReport.class).size() >= 8, "the samples were read");
        List<Finding> findings = samples.findings(rules);
        assertEquals(List.of("PH-MON-001 WARNING PLK62-06", "PH-MON-001 WARNING PLK62-11"),
                findings.stream().map(f -> f.ruleId() + " " + f.severity() + " " + f.elementLabel().split(" ")[0]).toList());
        assertEquals(0, findings.stream().filter(f -> f.severity() == Severity.ERROR).count());
    }
}
