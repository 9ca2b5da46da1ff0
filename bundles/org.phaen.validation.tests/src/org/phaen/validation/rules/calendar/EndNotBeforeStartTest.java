/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.calendar;

import static org.junit.jupiter.api.Assertions.*;
import static org.phaen.validation.FindingAssertions.*;
import static org.phaen.validation.Fixtures.*;
import static org.phaen.validation.rules.calendar.CalendarFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.model.Activity;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.StrategicPlan;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

class EndNotBeforeStartTest {

    private final EndNotBeforeStart rule = new EndNotBeforeStart();

    @Test
    void aProjectEndingBeforeItStartsIsAnError() {
        Project project = project("2019-08-31", "2018-11-01");
        assertOnlyFinding(
                RuleTester.run(rule, modelOf(project)),
                project,
                Severity.ERROR,
                "Project " + PROJECT + " ends on 2018-11-01, before it starts on 2019-08-31.",
                "โครงการ " + PROJECT + " มีวันสิ้นสุด (1 พฤศจิกายน 2561) ก่อนวันเริ่มต้น (31 สิงหาคม 2562)");
    }

    @Test
    void anActivityEndingBeforeItStartsIsAnError() {
        Project project = project("2018-11-01", "2019-08-31");
        Activity activity = activity(project, "2018-11-16", "2018-11-15");
        assertOnlyFinding(
                RuleTester.run(rule, modelOf(project)),
                activity,
                Severity.ERROR,
                "Activity " + ACTIVITY + " ends on 2018-11-15, before it starts on 2018-11-16.",
                "กิจกรรม " + ACTIVITY + " มีวันสิ้นสุด (15 พฤศจิกายน 2561) ก่อนวันเริ่มต้น (16 พฤศจิกายน 2561)");
    }

    @Test
    void aPlanEndingBeforeItStartsIsAnError() {
        PlanModel model = F.createPlanModel();
        StrategicPlan plan = strategicPlan(model, null, "SP", "แผนยุทธศาสตร์");
        plan.setStartYear(2565);
        plan.setEndYear(2561);
        assertOnlyFinding(
                RuleTester.run(rule, model),
                plan,
                Severity.ERROR,
                "Plan SP \"แผนยุทธศาสตร์\" ends in 2561, before it starts in 2565.",
                "แผน SP \"แผนยุทธศาสตร์\" มีปีสิ้นสุด (พ.ศ. 2561) ก่อนปีเริ่มต้น (พ.ศ. 2565)");
    }

    @Test
    void endsOnOrAfterStartsPass() {
        Project project = project("2018-11-01", "2018-11-01"); // a one-day project
        activity(project, "2018-11-01", "2018-11-01");
        activity(project, null, "2018-11-01");
        assertEquals(List.of(), RuleTester.run(rule, modelOf(project)));
        PlanModel model = F.createPlanModel();
        StrategicPlan single = F.createStrategicPlan();
        single.setStartYear(2562);
        single.setEndYear(2562);
        StrategicPlan open = F.createStrategicPlan();
        open.setStartYear(2562); // the missing end year is PH-CAL-003's
        model.getPlans().add(single);
        model.getPlans().add(open);
        assertEquals(List.of(), RuleTester.run(rule, model));
    }
}
