/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.indicator;

import static org.junit.jupiter.api.Assertions.*;
import static org.phaen.validation.FindingAssertions.*;
import static org.phaen.validation.rules.indicator.IndicatorFixtures.*;

import org.junit.jupiter.api.Test;
import org.phaen.model.Indicator;
import org.phaen.validation.Severity;

class TargetsWithinPlanPeriodTest {

    private final TargetsWithinPlanPeriod rule = new TargetsWithinPlanPeriod();

    @Test
    void targetsOutsideAStrategicPlanPeriodAreAWarning() {
        Indicator indicator = planIndicator();
        indicator.getTargets().add(target(2566, "82"));
        indicator.getTargets().add(target(2560, "70"));
        assertOnlyFinding(
                run(rule, indicator),
                indicator,
                Severity.WARNING,
                "Indicator " + LABEL
                        + " has a target for fiscal year 2560, 2566, outside its plan period 2561 to 2565.",
                "ตัวชี้วัด " + LABEL
                        + " มีค่าเป้าหมายของปีงบประมาณ พ.ศ. 2560, 2566 ซึ่งอยู่นอกช่วงแผน พ.ศ. 2561 ถึง 2565");
    }

    @Test
    void aProjectIndicatorsTargetsBelongToItsActionPlanYear() {
        Indicator indicator = projectIndicator();
        indicator.getTargets().add(target(2563, "95"));
        assertOnlyFinding(
                run(rule, indicator),
                indicator,
                Severity.WARNING,
                "Indicator " + LABEL
                        + " has a target for fiscal year 2563, but its project's action plan is for fiscal year 2562.",
                "ตัวชี้วัด " + LABEL
                        + " มีค่าเป้าหมายของปีงบประมาณ พ.ศ. 2563 แต่แผนปฏิบัติราชการที่โครงการสังกัดเป็นของปีงบประมาณ พ.ศ. 2562");
    }

    @Test
    void targetsInsideThePeriodPass() {
        assertTrue(run(rule, planIndicator()).isEmpty());
        assertTrue(run(rule, projectIndicator()).isEmpty());
    }

    @Test
    void yearsThatAreNoBuddhistEraYearsAreLeftToPhCal003() {
        Indicator indicator = planIndicator();
        indicator.getTargets().add(target(2019, "75"));
        indicator.getTargets().add(target(0, "75"));
        assertTrue(run(rule, indicator).isEmpty());
    }
}
