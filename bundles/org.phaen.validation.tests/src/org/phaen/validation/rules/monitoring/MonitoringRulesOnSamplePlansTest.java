/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.monitoring;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.model.ScheduledReport;
import org.phaen.validation.Finding;
import org.phaen.validation.Rule;
import org.phaen.validation.SampleFindings;
import org.phaen.validation.Severity;

/**
 * The monitoring rules on the sample plans in models/, loaded together, find nothing: the provincial sample holds
 * its generated FY 2562 instruments, whose items cover the indicators of every active project (without them,
 * PH-MON-001 warned on PLK62-06 and PLK62-11).
 */
class MonitoringRulesOnSamplePlansTest {

    @Test
    void theSamplePlansWithTheirInstrumentsPassEveryMonitoringRule() throws Exception {
        List<Rule> rules = List.of(
                new ActiveProjectIndicatorsHaveInstruments(),
                new ActionPlanHasReportingSchedule(),
                new ScheduledReportHasDueDateAndRecipients(),
                new ScheduledReportDueAfterPeriodEnds(),
                new StrategicIssueDriven(),
                new ActionPlanMonitored(),
                new NumericItemMeasuresIndicator());
        SampleFindings samples = SampleFindings.load();
        assertTrue(samples.all(ScheduledReport.class).size() >= 8, "the samples were read");
        List<Finding> findings = samples.findings(rules);
        assertTrue(samples.all(org.phaen.model.EvaluationInstrument.class).size() >= 6, "the instruments were read");
        assertEquals(
                List.of(),
                findings.stream()
                        .map(f -> f.ruleId() + " " + f.severity() + " "
                                + f.elementLabel().split(" ")[0])
                        .toList());
        assertEquals(
                0, findings.stream().filter(f -> f.severity() == Severity.ERROR).count());
    }
}
