/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.monitoring;

import static org.junit.jupiter.api.Assertions.*;
import static org.phaen.validation.FindingAssertions.*;
import static org.phaen.validation.Fixtures.*;
import static org.phaen.validation.rules.monitoring.MonitoringFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.model.ActionPlan;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PlanModel;
import org.phaen.validation.LiveValidation;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

class ActionPlanMonitoredTest {

    private final PlanModel region = F.createPlanModel();
    private final PlanModel province = F.createPlanModel();
    private final ActionPlan plan = actionPlan(province, 2562);

    @Test
    void anActionPlanNoMonitoringPlanListsIsAWarning() {
        monitoringPlan(region, 2562);
        assertOnlyFinding(
                RuleTester.run(new ActionPlanMonitored(), region, province),
                plan,
                Severity.WARNING,
                "Action plan " + PLAN + " is not covered by a monitoring plan of fiscal year 2562.",
                "แผนปฏิบัติราชการ " + PLAN + " ยังไม่อยู่ในแผนการติดตามและประเมินผล ปีงบประมาณ พ.ศ. 2562");
    }

    @Test
    void aMonitoringPlanOfAnotherYearDoesNotCover() {
        monitoringPlan(region, 2563, plan);
        assertOnlyFinding(
                RuleTester.run(new ActionPlanMonitored(), region, province),
                plan,
                Severity.WARNING,
                "Action plan " + PLAN
                        + " of fiscal year 2562 is covered only by monitoring plans of other years, such as"
                        + " MON2563 \"แผนการติดตามและประเมินผล ปีงบประมาณ พ.ศ. 2563\" of fiscal year 2563.",
                "แผนปฏิบัติราชการ " + PLAN
                        + " ปีงบประมาณ พ.ศ. 2562 อยู่ในแผนการติดตามและประเมินผลของปีอื่นเท่านั้น เช่น"
                        + " MON2563 \"แผนการติดตามและประเมินผล ปีงบประมาณ พ.ศ. 2563\" ปีงบประมาณ พ.ศ. 2563");
    }

    @Test
    void aMonitoringPlanOfTheYearInAnotherFileCovers() {
        monitoringPlan(region, 2563, plan);
        monitoringPlan(region, 2562, plan);
        assertEquals(List.of(), RuleTester.run(new ActionPlanMonitored(), region, province));
    }

    @Test
    void changingTheMonitoringPlansYearRechecksItsActionPlans() {
        MonitoringPlan monitoring = monitoringPlan(region, 2562, plan);
        LiveValidation live = RuleTester.live(new ActionPlanMonitored(), region, province);
        assertEquals(0, live.start().findings().size());

        monitoring.setFiscalYear(2563);
        live.revalidate();
        assertEquals(1, live.findingsOf(plan).size());
        live.dispose();
    }
}
