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

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.phaen.model.Direction;
import org.phaen.model.Indicator;
import org.phaen.validation.Language;
import org.phaen.validation.Severity;

class TargetsFollowDirectionTest {

    private final TargetsFollowDirection rule = new TargetsFollowDirection();

    @Test
    void anIncreasingIndicatorWhoseTargetsFallNamesTheYears() {
        Indicator indicator = planIndicator(); // baseline 70
        targets(indicator, 2561, "69", "75", "74", "74", "80");
        assertOnlyFinding(
                run(rule, indicator),
                indicator,
                Severity.WARNING,
                "The targets of indicator " + LABEL
                        + " should never fall (direction: increase), but in fiscal year 2561, 2563"
                        + " the target is lower than the year before (the first target is compared with the baseline).",
                "ค่าเป้าหมายของตัวชี้วัด " + LABEL
                        + " ไม่ควรลดลง (ทิศทาง: เพิ่มขึ้น) แต่ค่าเป้าหมายปีงบประมาณ พ.ศ. 2561, 2563"
                        + " ต่ำกว่าปีก่อนหน้า (ค่าเป้าหมายปีแรกเทียบกับค่าฐาน)");
    }

    @Test
    void targetsAreComparedInYearOrderNotInFileOrder() {
        Indicator indicator = planIndicator();
        indicator.getTargets().clear();
        indicator.getTargets().add(target(2563, "76"));
        indicator.getTargets().add(target(2561, "72"));
        indicator.getTargets().add(target(2562, "74"));
        assertTrue(run(rule, indicator).isEmpty());
    }

    @Test
    void aDecreasingIndicatorWhoseTargetsRiseNamesTheYears() {
        Indicator indicator = planIndicator();
        indicator.setDirection(Direction.DECREASE);
        indicator.setBaselineValue(new BigDecimal("10"));
        targets(indicator, 2561, "9", "11", "8", "8", "7");
        assertOnlyFinding(
                run(rule, indicator),
                indicator,
                Severity.WARNING,
                "The targets of indicator " + LABEL
                        + " should never rise (direction: decrease), but in fiscal year 2562"
                        + " the target is higher than the year before (the first target is compared with the baseline).",
                "ค่าเป้าหมายของตัวชี้วัด " + LABEL
                        + " ไม่ควรเพิ่มขึ้น (ทิศทาง: ลดลง) แต่ค่าเป้าหมายปีงบประมาณ พ.ศ. 2562"
                        + " สูงกว่าปีก่อนหน้า (ค่าเป้าหมายปีแรกเทียบกับค่าฐาน)");
    }

    @Test
    void aFirstTargetAboveTheBaselineBreaksADecrease() {
        Indicator indicator = planIndicator(); // baseline 70
        indicator.setDirection(Direction.DECREASE);
        targets(indicator, 2561, "71", "70", "69", "68", "67");
        assertTrue(run(rule, indicator).get(0).message(Language.EN).contains("fiscal year 2561 the target"));
    }

    @Test
    void aMaintainedIndicatorKeepsItsBaseline() {
        Indicator indicator = planIndicator();
        indicator.setDirection(Direction.MAINTAIN);
        indicator.setBaselineValue(new BigDecimal("85"));
        targets(indicator, 2561, "85", "85.00", "80", "85", "90");
        assertOnlyFinding(
                run(rule, indicator),
                indicator,
                Severity.WARNING,
                "The targets of indicator " + LABEL
                        + " should all stay at 85 (direction: maintain), but differ in fiscal year 2563, 2565.",
                "ค่าเป้าหมายของตัวชี้วัด " + LABEL
                        + " ควรคงที่ที่ 85 ทุกปี (ทิศทาง: คงที่) แต่ค่าเป้าหมายปีงบประมาณ พ.ศ. 2563, 2565 แตกต่างออกไป");
    }

    @Test
    void withoutABaselineAMaintainedIndicatorKeepsItsFirstTarget() {
        Indicator indicator = projectIndicator();
        indicator.setDirection(Direction.MAINTAIN);
        indicator.setBaselineValue(null);
        assertTrue(run(rule, indicator).isEmpty());
        Indicator plan = planIndicator();
        plan.setDirection(Direction.MAINTAIN);
        plan.setBaselineValue(null);
        targets(plan, 2561, "80", "80", "81", "80", "80");
        assertTrue(run(rule, plan)
                .get(0)
                .message(Language.EN)
                .contains("stay at 80 (direction: maintain), but differ in fiscal year 2563."));
    }

    @Test
    void targetsThatFollowTheirDirectionPass() {
        assertTrue(run(rule, planIndicator()).isEmpty());
        Indicator level = planIndicator();
        targets(level, 2561, "70", "70", "75", "75", "75"); // staying level is no fall
        assertTrue(run(rule, level).isEmpty());
    }

    @Test
    void achieveAndUnsetDirectionsAndDuplicateYearsAreNotJudged() {
        Indicator achieve = planIndicator();
        achieve.setDirection(Direction.ACHIEVE);
        targets(achieve, 2561, "90", "10");
        assertTrue(run(rule, achieve).isEmpty());
        Indicator unset = planIndicator();
        unset.unsetDirection();
        targets(unset, 2561, "90", "10");
        assertTrue(run(rule, unset).isEmpty());
        Indicator twice = planIndicator();
        twice.getTargets().add(target(2565, "10")); // PH-IND-007's finding; which of the two counts is unknown
        assertTrue(run(rule, twice).isEmpty());
    }
}
