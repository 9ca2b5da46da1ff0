/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.indicator;

import static org.junit.jupiter.api.Assertions.*;
import static org.phaen.validation.FindingAssertions.*;
import static org.phaen.validation.Fixtures.*;
import static org.phaen.validation.rules.indicator.IndicatorFixtures.*;

import org.junit.jupiter.api.Test;
import org.phaen.model.Goal;
import org.phaen.model.Indicator;
import org.phaen.model.PlanModel;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;
import org.phaen.model.Target;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

class IndicatorHasTargetEveryYearTest {

    private final IndicatorHasTargetEveryYear rule = new IndicatorHasTargetEveryYear();

    @Test
    void missingYearsOfAStrategicPlanAreNamed() {
        Indicator indicator = planIndicator();
        targets(indicator, 2561, "72", "74");
        indicator.getTargets().add(target(2564, "78"));
        assertOnlyFinding(
                run(rule, indicator),
                indicator,
                Severity.ERROR,
                "Indicator " + LABEL + " has no target for fiscal year 2563, 2565 of its plan period 2561 to 2565.",
                "ตัวชี้วัด " + LABEL
                        + " ยังไม่มีค่าเป้าหมายของปีงบประมาณ พ.ศ. 2563, 2565 ซึ่งอยู่ในช่วงแผน พ.ศ. 2561 ถึง 2565");
    }

    @Test
    void aProjectIndicatorNeedsATargetForItsActionPlanYear() {
        Indicator indicator = projectIndicator();
        indicator.getTargets().clear();
        indicator.getTargets().add(target(2563, "90")); // the wrong year does not count
        assertOnlyFinding(
                run(rule, indicator),
                indicator,
                Severity.ERROR,
                "Indicator " + LABEL
                        + " has no target for fiscal year 2562, the fiscal year of its project's action plan.",
                "ตัวชี้วัด " + LABEL
                        + " ยังไม่มีค่าเป้าหมายของปีงบประมาณ พ.ศ. 2562 ซึ่งเป็นปีงบประมาณของแผนปฏิบัติราชการที่โครงการสังกัด");
    }

    @Test
    void anEmptyTargetIsNoTargetButATextOneIs() {
        Indicator indicator = projectIndicator();
        Target target = indicator.getTargets().get(0);
        target.setValue(null);
        assertEquals(1, run(rule, indicator).size());
        target.setText("มีระบบสารสนเทศที่เชื่อมโยงกับภาค");
        assertTrue(run(rule, indicator).isEmpty());
    }

    @Test
    void indicatorsWithEveryTargetPass() {
        assertTrue(run(rule, planIndicator()).isEmpty());
        assertTrue(run(rule, projectIndicator()).isEmpty());
    }

    @Test
    void aStrategyIndicatorBelongsToThePlanToo() {
        Indicator indicator = planIndicator();
        Goal goal = (Goal) indicator.eContainer();
        StrategicPlan plan = (StrategicPlan) goal.eContainer().eContainer();
        Strategy strategy = F.createStrategy();
        strategy.getIndicators().add(indicator);
        plan.getStrategicIssues().get(0).getStrategies().add(strategy);
        assertTrue(goal.getIndicators().isEmpty());
        targets(indicator, 2561, "72");
        assertEquals(1, RuleTester.run(rule, (PlanModel) plan.eContainer()).size());
    }

    @Test
    void aPlanWithoutSaneYearsIsLeftToTheCalendarRules() {
        Indicator indicator = planIndicator();
        StrategicPlan plan = (StrategicPlan) indicator.eContainer().eContainer().eContainer();
        plan.setEndYear(0);
        indicator.getTargets().clear();
        assertTrue(run(rule, indicator).isEmpty());
    }
}
